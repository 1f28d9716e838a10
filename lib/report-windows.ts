// The reporting windows the report pages offer (pure: used by server pages and tested alone).
import { makePeriod, periodContaining, periodsBackFrom, type Period } from "@/lib/domain/periods";

/**
 * The reporting windows the report pages offer, latest end first (a quarter before the longer
 * window ending the same day): the running quarter and the four before it, and the 6-month,
 * 9-month and year windows of this year and last year that end by the running quarter's end
 * (TT 01/2020 asks for quarterly, 6-month, 9-month and yearly reports; a longer window is not
 * offered months before it ends).
 */
export function offeredWindows(today: string): Period[] {
  const running = periodContaining("reporting", "quarter", today);
  const quarters = periodsBackFrom(running, 5);
  const longer = [running.year, running.year - 1].flatMap((year) => [makePeriod("reporting", "half", year), makePeriod("reporting", "nine-months", year), makePeriod("reporting", "year", year)]);
  return [...quarters, ...longer.filter((p) => p.end <= running.end)].sort((a, b) => b.end.localeCompare(a.end) || b.start.localeCompare(a.start));
}

