// Periods (DOMAIN.md §4). Two families, always labelled with their kind and exact dates:
//
// - reporting windows for the Government reporting system (NĐ 09/2019, TT 01/2020/TT-VPCP):
//   from the 15th of the month before the period to the 14th of its last month. Month "2024-03"
//   = 15/02/2024 → 14/03/2024; "2024-Q1" = 15/12/2023 → 14/03/2024; "2024-H1" (6 months) =
//   15/12/2023 → 14/06/2024; "2024-9M" = 15/12/2023 → 14/09/2024; "2024" = 15/12/2023 → 14/12/2024.
// - calendar periods used by Bộ chỉ số 766: month "2024-03", quarter "2024-Q1", year "2024".
//
// The same text means different dates in the two families, so a caller always says which family
// it parses. Dates are local calendar dates of Vietnam (yyyy-MM-dd strings), never instants.
// Reading: the reporting system knows only the first 6 months ("6 tháng đầu năm"), so "H2" is
// refused rather than guessed; calendar periods have no H1 / 9M forms on the national portal.

export type PeriodFamily = "reporting" | "calendar";
export type PeriodKind = "month" | "quarter" | "half" | "nine-months" | "year";

export interface Period {
  /** canonical text: "2024-Q1", "2024-H1", "2024-9M", "2024", "2024-03" */
  code: string;
  family: PeriodFamily;
  kind: PeriodKind;
  year: number;
  /** month 1–12, quarter 1–4; 1 for half, nine-months and year */
  index: number;
  /** first and last local date, inclusive (yyyy-MM-dd) */
  start: string;
  end: string;
}

/** Local dates of a window, inclusive (yyyy-MM-dd). */
export interface DateWindow {
  start: string;
  end: string;
}

export class PeriodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PeriodError";
  }
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (year: number, month: number, day: number) => {
  // month may be 0 (December of the previous year)
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** Last month of a period (1–12). */
function lastMonth(kind: PeriodKind, index: number): number {
  switch (kind) {
    case "month": return index;
    case "quarter": return index * 3;
    case "half": return 6;
    case "nine-months": return 9;
    case "year": return 12;
  }
}

/** First month of a period (1–12). */
function firstMonth(kind: PeriodKind, index: number): number {
  switch (kind) {
    case "month": return index;
    case "quarter": return index * 3 - 2;
    default: return 1;
  }
}

function codeOf(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case "month": return `${year}-${pad(index)}`;
    case "quarter": return `${year}-Q${index}`;
    case "half": return `${year}-H1`;
    case "nine-months": return `${year}-9M`;
    case "year": return `${year}`;
  }
}

export function makePeriod(family: PeriodFamily, kind: PeriodKind, year: number, index = 1): Period {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new PeriodError(`Năm ${year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}.`);
  if (family === "calendar" && (kind === "half" || kind === "nine-months")) throw new PeriodError("Kỳ theo lịch chỉ gồm tháng, quý, năm.");
  const maxIndex = kind === "month" ? 12 : kind === "quarter" ? 4 : 1;
  if (!Number.isInteger(index) || index < 1 || index > maxIndex) throw new PeriodError(`Kỳ không hợp lệ: ${kind} ${index}.`);
  const first = firstMonth(kind, index);
  const last = lastMonth(kind, index);
  const start = family === "reporting" ? iso(year, first - 1, 15) : iso(year, first, 1);
  const end = family === "reporting" ? iso(year, last, 14) : iso(year, last, lastDayOfMonth(year, last));
  return { code: codeOf(kind, year, index), family, kind, year, index, start, end };
}

/**
 * Parses "2024-Q1", "2024-H1", "2024-9M", "2024" or "2024-03" (case-insensitive, surrounding
 * spaces ignored) in the given family. Throws PeriodError with a Vietnamese message otherwise.
 */
export function parsePeriod(text: string, family: PeriodFamily): Period {
  const value = text.trim().toUpperCase();
  const calendarOnly = () => new PeriodError(`"${text}": kỳ theo lịch (Bộ chỉ số 766) chỉ gồm tháng (2024-03), quý (2024-Q1) hoặc năm (2024).`);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(value))) return makePeriod(family, "year", Number(m[1]));
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return makePeriod(family, "quarter", Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value))) return makePeriod(family, "month", Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-H1$/.exec(value))) {
    if (family === "calendar") throw calendarOnly();
    return makePeriod(family, "half", Number(m[1]));
  }
  if ((m = /^(\d{4})-9M$/.exec(value))) {
    if (family === "calendar") throw calendarOnly();
    return makePeriod(family, "nine-months", Number(m[1]));
  }
  if (/^\d{4}-H2$/.test(value)) {
    if (family === "calendar") throw calendarOnly();
    throw new PeriodError(`"${text}": kỳ báo cáo 6 tháng là 6 tháng đầu năm (H1); 6 tháng cuối năm nằm trong kỳ báo cáo năm.`);
  }
  const forms = family === "reporting" ? "2024-Q1 (quý), 2024-H1 (6 tháng), 2024-9M (9 tháng), 2024 (năm) hoặc 2024-03 (tháng)" : "2024-Q1 (quý), 2024 (năm) hoặc 2024-03 (tháng)";
  throw new PeriodError(`"${text}" không phải là kỳ hợp lệ. Dùng ${forms}.`);
}

/** The period of the same family and kind just before (the previous month / quarter / year). */
export function previousPeriod(period: Period): Period {
  const { family, kind, year, index } = period;
  if (kind === "month") return index === 1 ? makePeriod(family, kind, year - 1, 12) : makePeriod(family, kind, year, index - 1);
  if (kind === "quarter") return index === 1 ? makePeriod(family, kind, year - 1, 4) : makePeriod(family, kind, year, index - 1);
  return makePeriod(family, kind, year - 1, index);
}

/**
 * The month, quarter or year of `family` that contains the local date `date` (yyyy-MM-dd).
 * Reporting windows start on the 15th, so 15/12/2025 already belongs to 2026-Q1 and 2026.
 */
export function periodContaining(family: PeriodFamily, kind: "month" | "quarter" | "year", date: string): Period {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  if (family === "reporting" && Number(date.slice(8, 10)) >= 15) {
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  const index = kind === "month" ? month : kind === "quarter" ? Math.ceil(month / 3) : 1;
  return makePeriod(family, kind, year, index);
}

/** The latest month, quarter or year of `family` that has ended before the local date `today`. */
export function lastEndedPeriod(family: PeriodFamily, kind: "month" | "quarter" | "year", today: string): Period {
  return previousPeriod(periodContaining(family, kind, today));
}

/** `count` consecutive periods ending with `last`, the most recent first. */
export function periodsBackFrom(last: Period, count: number): Period[] {
  const periods = [last];
  while (periods.length < count) periods.push(previousPeriod(periods[periods.length - 1]!));
  return periods;
}

const KIND_LABELS: Record<PeriodKind, string> = {
  month: "tháng",
  quarter: "quý",
  half: "6 tháng",
  "nine-months": "9 tháng",
  year: "năm",
};

const ROMAN = ["I", "II", "III", "IV"];

/** "14/03/2024" */
export function formatIsoDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}

/** Vietnamese name of the period, without dates: "Quý I/2024", "Tháng 03/2024", "6 tháng đầu năm 2024". */
export function periodName(period: Period): string {
  switch (period.kind) {
    case "month": return `Tháng ${pad(period.index)}/${period.year}`;
    case "quarter": return `Quý ${ROMAN[period.index - 1]}/${period.year}`;
    case "half": return `6 tháng đầu năm ${period.year}`;
    case "nine-months": return `9 tháng năm ${period.year}`;
    case "year": return `Năm ${period.year}`;
  }
}

/**
 * Full label with kind and exact dates, e.g.
 * "Quý I/2024 — kỳ báo cáo (15/12/2023 – 14/03/2024)" or "Quý I/2024 — theo lịch (01/01/2024 – 31/03/2024)".
 */
export function periodLabel(period: Period): string {
  const family = period.family === "reporting" ? "kỳ báo cáo" : "theo lịch";
  return `${periodName(period)} — ${family} (${formatIsoDate(period.start)} – ${formatIsoDate(period.end)})`;
}

export function periodKindLabel(kind: PeriodKind): string {
  return KIND_LABELS[kind];
}

// ── Half-months ──────────────────────────────────────────────────────────────────────────────
// Every period of both families starts on a 1st or a 15th and ends on the day before one, so it
// is a whole number of half-months [1st–14th] and [15th–end of month]. The statistics summary
// (lib/stats/summary.ts) is keyed by half-month index; these functions and its SQL must agree.

/** Half-month index of a yyyy-MM-dd date: (year × 12 + month − 1) × 2 + (day ≥ 15 ? 1 : 0). */
export function halfMonthOf(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return (year * 12 + month - 1) * 2 + (day >= 15 ? 1 : 0);
}

/** Last date of a half-month. */
export function lastDayOfHalfMonth(index: number): string {
  const monthIndex = Math.floor(index / 2);
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return index % 2 === 0 ? iso(year, month, 14) : iso(year, month, lastDayOfMonth(year, month));
}

/** The first and last half-month a period covers. */
export function periodHalfMonths(period: DateWindow): { first: number; last: number } {
  return { first: halfMonthOf(period.start), last: halfMonthOf(period.end) };
}
