// Submission deadlines of Biểu 06 and the timeliness of each agency's submission.
//
// Default deadline (reading, to be confirmed against the text; an office sets its own per window
// in ReportDeadline): TT 01/2020/TT-VPCP has the province's departments and districts send their
// periodic TTHC report to the provincial People's Committee by the 18th of the period's last
// month, i.e. four days after the data window closes on the 14th (NĐ 09/2019: the province
// itself sends to the Government by the 20th). So: window end + 4 calendar days.
//
// Timeliness compares the local (Asia/Ho_Chi_Minh) date of the agency's FIRST submission with the
// deadline: a report submitted on time and later returned for corrections was still on time.
import type { DateWindow } from "./periods";

export const DEFAULT_DEADLINE_DAYS_AFTER_WINDOW = 4;

/** yyyy-MM-dd plus `days` calendar days. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The deadline of a window when the province configured none. */
export function defaultDeadline(window: DateWindow): string {
  return addDays(window.end, DEFAULT_DEADLINE_DAYS_AFTER_WINDOW);
}

export type Timeliness = "on_time" | "late" | "missing" | "pending";

export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  on_time: "Đúng hạn",
  late: "Trễ hạn",
  missing: "Chưa gửi (đã quá hạn)",
  pending: "Chưa gửi (còn hạn)",
};

/**
 * - on_time: first submitted on or before the deadline;
 * - late: first submitted after it;
 * - missing: never submitted, and the deadline has passed (`today` is after it);
 * - pending: never submitted, the deadline not yet passed.
 * Dates are local yyyy-MM-dd.
 */
export function timeliness(firstSubmittedOn: string | null, deadline: string, today: string): Timeliness {
  if (firstSubmittedOn !== null) return firstSubmittedOn <= deadline ? "on_time" : "late";
  return today > deadline ? "missing" : "pending";
}

export interface ReportingRate {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** submitted ÷ expected (null when no agency is expected) */
  submittedShare: number | null;
  /** on time ÷ expected */
  onTimeShare: number | null;
}

export function reportingRate(statuses: readonly Timeliness[]): ReportingRate {
  const count = (t: Timeliness) => statuses.filter((s) => s === t).length;
  const onTime = count("on_time");
  const late = count("late");
  const expected = statuses.length;
  return {
    expected, submitted: onTime + late, onTime, late, missing: count("missing"), pending: count("pending"),
    submittedShare: expected ? (onTime + late) / expected : null,
    onTimeShare: expected ? onTime / expected : null,
  };
}
