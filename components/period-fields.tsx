import { FILTER_INPUT } from "@/components/filter-fields";
import { isoDate, localDayOf } from "@/lib/domain/local-time";
import { formatIsoDate, lastEndedPeriod, parsePeriod, periodContaining, periodLabel, periodName, periodsBackFrom, PeriodError, type Period, type PeriodFamily } from "@/lib/domain/periods";

// The period of a dashboard page, chosen in its GET filter form (?ky=2026-Q1, ?kieu=lich for a
// calendar period) and always shown with its kind and exact dates. The default is the latest
// ended quarter: a window still running has no final figures (figures are as of its end).

export type PeriodKindChoice = "month" | "quarter" | "year";

/** Today's local date in Vietnam (yyyy-MM-dd). */
export function vietnamToday(now: Date = new Date()): string {
  return isoDate(localDayOf(now));
}

/** The period a page shows: the one in the URL when valid, else the latest ended quarter of `family`. */
export function pagePeriod(text: string | undefined, family: PeriodFamily, now: Date = new Date()): Period {
  if (text) {
    try {
      return parsePeriod(text, family);
    } catch (error) {
      if (!(error instanceof PeriodError)) throw error;
    }
  }
  return lastEndedPeriod(family, "quarter", vietnamToday(now));
}

/** The periods offered: the running one (marked), then the `count` before it, for each kind. */
export function periodChoices(family: PeriodFamily, now: Date = new Date(), count = 8): { kind: PeriodKindChoice; periods: { period: Period; running: boolean }[] }[] {
  const today = vietnamToday(now);
  return (["quarter", "month", "year"] as const).map((kind) => {
    const running = periodContaining(family, kind, today);
    return { kind, periods: periodsBackFrom(running, kind === "year" ? 3 : count + 1).map((period, i) => ({ period, running: i === 0 })) };
  });
}

const KIND_GROUP_LABELS: Record<PeriodKindChoice, string> = { quarter: "Quý", month: "Tháng", year: "Năm" };

/** The options of a period select of `family`: the selected period (even one not offered) stays selectable. */
export function PeriodOptions({ family, selected, now }: { family: PeriodFamily; selected: Period | null; now?: Date }) {
  const groups = periodChoices(family, now);
  const offered = selected === null || groups.some((g) => g.periods.some((p) => p.period.code === selected.code));
  return (
    <>
      {offered ? null : <option value={selected.code}>{periodName(selected)}</option>}
      {groups.map((g) => (
        <optgroup key={g.kind} label={KIND_GROUP_LABELS[g.kind]}>
          {g.periods.map(({ period: p, running }) => (
            <option key={p.code} value={p.code}>
              {periodName(p)} ({formatIsoDate(p.start)} – {formatIsoDate(p.end)}){running ? " — đang diễn ra" : ""}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/** The period select of a filter form. */
export function PeriodSelect({ period, label = "Kỳ", now }: { period: Period; label?: string; now?: Date }) {
  return (
    <div>
      <label htmlFor="ky" className="block text-sm text-slate-700">{label}</label>
      <select id="ky" name="ky" defaultValue={period.code} className={FILTER_INPUT}>
        <PeriodOptions family={period.family} selected={period} now={now} />
      </select>
      {period.family === "calendar" ? <input type="hidden" name="kieu" value="lich" /> : null}
    </div>
  );
}

/** The line under a page title naming the period with its kind and dates. */
export function PeriodCaption({ period }: { period: Period }) {
  return <p className="text-slate-600" data-testid="period-label">{periodLabel(period)}</p>;
}
