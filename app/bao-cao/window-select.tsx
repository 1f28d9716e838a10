import { FILTER_INPUT } from "@/components/filter-fields";
import { vietnamToday } from "@/components/period-fields";
import { formatIsoDate, lastEndedPeriod, parsePeriod, PeriodError, periodName, type Period } from "@/lib/domain/periods";
import { offeredWindows } from "@/lib/report-windows";

/** The window a report page shows: ?ky= when it is a report window (quarter, 6 or 9 months, year), else the latest ended quarter. */
export function reportWindow(text: string | undefined): Period {
  if (text) {
    try {
      const period = parsePeriod(text, "reporting");
      if (period.kind !== "month") return period;
    } catch (error) {
      if (!(error instanceof PeriodError)) throw error;
    }
  }
  return lastEndedPeriod("reporting", "quarter", vietnamToday());
}

/** The select of report windows in a GET filter form (?ky=). */
export function WindowSelect({ period }: { period: Period }) {
  const windows = offeredWindows(vietnamToday());
  return (
    <div>
      <label htmlFor="ky" className="block text-sm text-slate-700">Kỳ báo cáo</label>
      <select id="ky" name="ky" defaultValue={period.code} className={FILTER_INPUT}>
        {windows.some((w) => w.code === period.code) ? null : <option value={period.code}>{periodName(period)} ({formatIsoDate(period.start)} – {formatIsoDate(period.end)})</option>}
        {windows.map((w) => <option key={w.code} value={w.code}>{periodName(w)} ({formatIsoDate(w.start)} – {formatIsoDate(w.end)})</option>)}
      </select>
    </div>
  );
}
