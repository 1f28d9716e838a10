// Pure parsers of the exchange formats' values (DATA_FORMATS "General rules"), each giving the
// value or a Vietnamese reason. Framework-free so that they are unit-tested exhaustively and
// cost little per record.
//
// Readings where the formats are silent:
// - Date-times: `yyyyMMddHHmmss` (national) or ISO 8601 (`T` or a space between date and time,
//   optional seconds and milliseconds, optional `Z` / `±HH:mm` / `±HHmm` offset). Without an
//   offset the value is local time Asia/Ho_Chi_Minh (UTC+7, no daylight saving since 1975).
//   A date alone (any of the date forms below) in a date-time field means 00:00 local time, and
//   `dd/MM/yyyy HH:mm[:ss]` (what Excel shows in a Vietnamese locale) is accepted too.
// - Dates: `yyyyMMdd`, `yyyy-MM-dd`, `dd/MM/yyyy` (day and month may have one digit).
// - Years 1900–2199 only: anything else is a typing or conversion error (Excel's day 0, a
//   two-digit year…).
// - Flags: 0/1, true/false (any case); JSON booleans and the numbers 0/1.
// - Decimals: a dot or a comma as decimal separator ("0,5" is what a Vietnamese Excel writes).
import { MS_PER_DAY, VN_OFFSET_MINUTES, isoDate } from "@/lib/domain/local-time";

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** How a value is quoted in a message: short, and never a multi-kilobyte cell. */
export function quote(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const isoOf = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;

const DATE_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_VN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** The calendar date of a date text, as "yyyy-MM-dd"; null when it is not one of the date forms. */
function dateParts(text: string): [number, number, number] | null | "invalid" {
  let m = DATE_COMPACT.exec(text) ?? DATE_ISO.exec(text);
  let parts: [number, number, number] | null = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  if (!parts && (m = DATE_VN.exec(text))) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  if (!parts) return null;
  return validDate(...parts) ? parts : "invalid";
}

const DATE_FORMS = "yyyyMMdd, yyyy-MM-dd hoặc dd/MM/yyyy";
const DATE_TIME_FORMS = "yyyyMMddHHmmss hoặc ISO 8601, ví dụ 20240105083000 hoặc 2024-01-05T08:30:00";

/** A date: "yyyy-MM-dd". */
export function parseDate(text: string): Parsed<string> {
  const parts = dateParts(text);
  if (parts === "invalid") return fail(`Ngày không tồn tại: ${quote(text)}.`);
  if (!parts) return fail(`Ngày không hợp lệ: ${quote(text)} (dùng ${DATE_FORMS}).`);
  return ok(isoOf(...parts));
}

const DATE_TIME_COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const DATE_TIME_ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const DATE_TIME_VN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function instant(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offsetMinutes: number): number | null {
  if (!validDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMinutes * 60_000;
}

function offsetOf(zone: string | undefined): number | null {
  if (!zone) return VN_OFFSET_MINUTES;
  if (zone === "Z" || zone === "z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

/** An instant (epoch milliseconds). */
export function parseDateTime(text: string): Parsed<number> {
  let m = DATE_TIME_COMPACT.exec(text);
  let value: number | null | undefined;
  if (m) {
    value = instant(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), 0, VN_OFFSET_MINUTES);
  } else if ((m = DATE_TIME_ISO.exec(text))) {
    const offset = offsetOf(m[8]);
    const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
    value = offset === null ? null : instant(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), ms, offset);
  } else if ((m = DATE_TIME_VN.exec(text))) {
    value = instant(Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), 0, VN_OFFSET_MINUTES);
  } else {
    const parts = dateParts(text);
    if (parts === "invalid") value = null;
    else if (parts) value = instant(...parts, 0, 0, 0, 0, VN_OFFSET_MINUTES);
  }
  if (value === null) return fail(`Ngày giờ không tồn tại: ${quote(text)}.`);
  if (value === undefined) return fail(`Ngày giờ không hợp lệ: ${quote(text)} (dùng ${DATE_TIME_FORMS}).`);
  return ok(value);
}

/** 0/1, true/false. */
export function parseFlag(text: string): Parsed<boolean> {
  switch (text.toLowerCase()) {
    case "1":
    case "true":
      return ok(true);
    case "0":
    case "false":
      return ok(false);
    default:
      return fail(`Giá trị ${quote(text)} không hợp lệ: dùng 0 hoặc 1 (hoặc true/false).`);
  }
}

const INTEGER = /^[+-]?\d{1,15}$/;

/** A whole number within [min, max]. */
export function parseInteger(text: string, min: number, max: number): Parsed<number> {
  if (!INTEGER.test(text)) return fail(`Giá trị ${quote(text)} không phải số nguyên.`);
  const value = Number(text);
  if (value < min || value > max) return fail(`Giá trị ${value} nằm ngoài khoảng cho phép (${min}–${max}).`);
  return ok(value);
}

/** One of the codes of a national code list, e.g. TrangThaiHoSo 1–10. */
export function parseCode(text: string, codes: readonly number[]): Parsed<number> {
  const value = INTEGER.test(text) ? Number(text) : NaN;
  if (!codes.includes(value)) return fail(`Giá trị ${quote(text)} không hợp lệ; chỉ nhận: ${codes.join(", ")}.`);
  return ok(value);
}

const DECIMAL = /^[+-]?(\d{1,12})(?:[.,](\d{1,6}))?$/;

/** A decimal number with at most `scale` decimals, within [min, max]; a comma is a decimal separator. */
export function parseDecimal(text: string, min: number, max: number, scale = 2): Parsed<number> {
  const m = DECIMAL.exec(text);
  if (!m) return fail(`Giá trị ${quote(text)} không phải số.`);
  if ((m[2]?.length ?? 0) > scale) return fail(`Giá trị ${quote(text)} có quá ${scale} chữ số thập phân.`);
  const value = Number(text.replace(",", "."));
  if (value < min || value > max) return fail(`Giá trị ${quote(text)} nằm ngoài khoảng cho phép (${min}–${max}).`);
  return ok(value);
}

/** One of the given words (case-insensitive), returned as written in the list. */
export function parseEnum<T extends string>(text: string, values: readonly T[]): Parsed<T> {
  const upper = text.toUpperCase();
  const found = values.find((v) => v === upper);
  return found ? ok(found) : fail(`Giá trị ${quote(text)} không hợp lệ; chỉ nhận: ${values.join(", ")}.`);
}

/** `;`-separated values (empty parts ignored), e.g. CapThucHien, CoQuanThucHien, ThanhPhan_MaBam. */
export function splitList(text: string): string[] {
  return text.split(";").map((s) => s.trim()).filter((s) => s.length > 0);
}

const SHA256 = /^[0-9a-fA-F]{64}$/;

/** A SHA-256 digest in hex, lower-cased. */
export function parseSha256(text: string): Parsed<string> {
  return SHA256.test(text) ? ok(text.toLowerCase()) : fail(`Mã băm ${quote(text)} không hợp lệ: SHA-256 gồm 64 ký tự 0–9, a–f.`);
}

/** Text as stored: any characters (a leading "=" stays plain text, never a formula), at most `max` long. */
export function parseText(text: string, max: number): Parsed<string> {
  return text.length > max ? fail(`Quá dài: ${text.length} ký tự, tối đa ${max}.`) : ok(text);
}

const localDates = new Map<number, string>();

/** "yyyy-MM-dd" of an instant in local time (Asia/Ho_Chi_Minh); cached per day (imports meet the same days over and over). */
export function localDateOf(epochMs: number): string {
  const day = Math.floor((epochMs + VN_OFFSET_MINUTES * 60_000) / MS_PER_DAY);
  let text = localDates.get(day);
  if (text === undefined) {
    text = isoDate(day);
    if (localDates.size < 200_000) localDates.set(day, text);
  }
  return text;
}

/**
 * A spreadsheet cell or JSON value as the text the parsers read: trimmed; null when empty.
 * Numbers print as JavaScript does (a code typed as a number in Excel has lost its leading zeros
 * before it reaches us). Objects and arrays are not single values.
 */
export function cellText(value: unknown): string | null | { invalid: string } {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    const text = value.trim();
    return text.length === 0 ? null : text;
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : { invalid: String(value) };
  if (typeof value === "boolean") return value ? "true" : "false";
  return { invalid: Array.isArray(value) ? "một danh sách" : "một đối tượng" };
}
