// vi-VN formats used everywhere figures are shown: 48.076 · 81,86 · 14/03/2024.
const integer = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const decimal2 = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimal1 = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("vi-VN", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 2 });

export const formatInteger = (n: number | bigint) => integer.format(n);
export const formatDecimal = (n: number) => decimal2.format(n);
export const formatPercent = (fraction: number) => percent.format(fraction);
export const formatSeconds = (seconds: number) => `${decimal1.format(seconds)} giây`;

/** dd/MM/yyyy of a `@db.Date` value (UTC midnight holds the calendar date). */
export function formatDate(date: Date | null | undefined): string {
  if (!date) return "";
  const iso = date.toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const dateTime = new Intl.DateTimeFormat("vi-VN", {
  timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

/** "dd/MM/yyyy HH:mm" of an instant, in Vietnam time whatever the server's time zone. */
export function formatDateTime(instant: Date): string {
  const parts = Object.fromEntries(dateTime.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

export const AGENCY_LEVEL_LABELS = {
  TINH: "Cấp tỉnh (UBND tỉnh)",
  SO: "Sở, ban, ngành",
  CHINHANH: "Chi nhánh",
  NGANHDOC: "Cơ quan ngành dọc",
  HUYEN: "Cấp huyện (trước 7/2025)",
  XA: "Cấp xã",
} as const;
