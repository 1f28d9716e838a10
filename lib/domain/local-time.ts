// Local calendar time of Vietnam (Asia/Ho_Chi_Minh).
//
// Vietnam has kept UTC+07:00 without daylight saving since 1975, so a fixed offset is exact for
// every date this product handles and independent of the server's time zone. Dates are handled
// as "day numbers" (days since 1970-01-01 in local time) to make calendar arithmetic cheap and
// unambiguous; tests check the arithmetic against Intl's Asia/Ho_Chi_Minh rules.

export const VN_OFFSET_MINUTES = 7 * 60;
const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
const OFFSET_MS = VN_OFFSET_MINUTES * MS_PER_MINUTE;

/** Local day number (days since 1970-01-01, Vietnam time) of an instant. */
export function localDayOf(instant: Date): number {
  return Math.floor((instant.getTime() + OFFSET_MS) / MS_PER_DAY);
}

/** Minutes since local midnight of an instant. */
export function localMinuteOfDay(instant: Date): number {
  const ms = (instant.getTime() + OFFSET_MS) % MS_PER_DAY;
  return Math.floor((ms < 0 ? ms + MS_PER_DAY : ms) / MS_PER_MINUTE);
}

/** The instant at `minuteOfDay` local time on local day `day`. */
export function instantAt(day: number, minuteOfDay: number): Date {
  return new Date(day * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE - OFFSET_MS);
}

/** "yyyy-MM-dd" of a local day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Local day number of "yyyy-MM-dd" (throws on anything else). */
export function dayFromIso(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Not a yyyy-MM-dd date: ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new Error(`No such date: ${date}`);
  return ms / MS_PER_DAY;
}

/** ISO weekday of a local day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4)
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** "HH:mm" → minutes since midnight. */
export function parseClock(clock: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  if (!m) throw new Error(`Not a HH:mm time: ${clock}`);
  return Number(m[1]) * 60 + Number(m[2]);
}
