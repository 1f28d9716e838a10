// Working-day calendar and legal due dates (DOMAIN.md §3).
//
// Working days are Monday–Friday, minus days off (NGHI) of the yearly holiday table, plus
// make-up working days (LAMBU) on weekends. Working hours are two sessions (07:00–11:30 and
// 13:30–17:00 by default, configurable per province).
//
// Reading of the rule used for the legal due date: the legal time is counted in working time
// from the moment of reception — one working day is the length of one day's sessions — so half
// a day (0.5) is half of that. A dossier received outside the sessions counts from the start of
// the next session; one received after the afternoon cut-off counts from the next working day.
// The due date is the instant at which the legal working time has elapsed.
import { instantAt, localDayOf, localMinuteOfDay, parseClock, weekdayOf, dayFromIso } from "./local-time";

export interface WorkingHours {
  morningStart: string;
  morningEnd: string;
  afternoonStart: string;
  afternoonEnd: string;
  /** dossiers received after this local time count from the next working day */
  cutoff: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = {
  morningStart: "07:00",
  morningEnd: "11:30",
  afternoonStart: "13:30",
  afternoonEnd: "17:00",
  cutoff: "17:00",
};

export interface HolidayDay {
  /** yyyy-MM-dd */
  date: string;
  kind: "NGHI" | "LAMBU";
}

export class WorkingCalendar {
  private readonly daysOff: Set<number>;
  private readonly makeUpDays: Set<number>;
  private readonly sessions: [number, number][];
  private readonly cutoff: number;
  /** working minutes in one working day */
  readonly minutesPerDay: number;

  constructor(holidays: readonly HolidayDay[], hours: WorkingHours = DEFAULT_WORKING_HOURS) {
    this.daysOff = new Set(holidays.filter((h) => h.kind === "NGHI").map((h) => dayFromIso(h.date)));
    this.makeUpDays = new Set(holidays.filter((h) => h.kind === "LAMBU").map((h) => dayFromIso(h.date)));
    this.sessions = [
      [parseClock(hours.morningStart), parseClock(hours.morningEnd)],
      [parseClock(hours.afternoonStart), parseClock(hours.afternoonEnd)],
    ];
    this.cutoff = parseClock(hours.cutoff);
    this.minutesPerDay = this.sessions.reduce((sum, [start, end]) => sum + (end - start), 0);
  }

  isWorkingDay(day: number): boolean {
    if (this.makeUpDays.has(day)) return true;
    const weekday = weekdayOf(day);
    return weekday <= 5 && !this.daysOff.has(day);
  }

  /** The first working day on or after `day`. */
  nextWorkingDay(day: number): number {
    let d = day;
    while (!this.isWorkingDay(d)) d++;
    return d;
  }

  /** Working days strictly after `fromDay` up to and including `toDay` (0 when toDay ≤ fromDay). */
  workingDaysBetween(fromDay: number, toDay: number): number {
    let count = 0;
    for (let d = fromDay + 1; d <= toDay; d++) if (this.isWorkingDay(d)) count++;
    return count;
  }

  /** The legal due instant of a dossier received at `receivedAt` with `legalDays` working days. */
  dueDate(receivedAt: Date, legalDays: number): Date {
    if (!(legalDays >= 0)) throw new Error(`Invalid legal time: ${legalDays}`);
    let day = localDayOf(receivedAt);
    let minute = localMinuteOfDay(receivedAt);
    if (!this.isWorkingDay(day) || minute >= this.cutoff) {
      day = this.nextWorkingDay(day + (this.isWorkingDay(day) ? 1 : 0));
      minute = 0;
    }
    let remaining = Math.round(legalDays * this.minutesPerDay);
    for (;;) {
      for (const [start, end] of this.sessions) {
        const from = Math.max(minute, start);
        if (from >= end) continue;
        if (remaining <= end - from) return instantAt(day, from + remaining);
        remaining -= end - from;
      }
      day = this.nextWorkingDay(day + 1);
      minute = 0;
    }
  }
}

/** A procedure's legal processing time (ThoiHanGiaiQuyet), in working days. */
export interface LegalTime {
  legalDays: number;
  /** a separate time for dossiers filed online, where the law sets one */
  legalDaysOnline: number | null;
}

/** The due instant the law allows a dossier received at `receivedAt` through `channel`. */
export function legalDueAt(calendar: WorkingCalendar, legal: LegalTime, receivedAt: Date, channel: number): Date {
  const days = channel === 2 && legal.legalDaysOnline !== null ? legal.legalDaysOnline : legal.legalDays;
  return calendar.dueDate(receivedAt, days);
}
