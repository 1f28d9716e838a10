// Early warning (issue 6): the dossiers of an agency about to become overdue — still being
// processed, not yet past their due date, due within N working days from today — so an office
// can act before the due date passes.
//
// Readings, each pinned by a unit test:
// - The due date is the one the statistics hold a dossier to (lib/domain/classification.ts):
//   NgayHenTra, else the legal due date. A dossier with neither is never past due, so never warned.
// - Only dossiers being processed are warned: statuses 2 (received) and 4 (processing). Those
//   waiting for the applicant (5: supplement, 6: financial obligation) are not: the clock is
//   paused while the applicant holds the dossier, the due date moves when they answer, and
//   Biểu 06 counts them within the due date whatever it says. Statuses 1 and 3 were never
//   received; 7–10 are finished.
// - Past due is by calendar date, as in Biểu 06: a dossier due today is not yet past due (0
//   working days left); one due yesterday is past due and is no longer a warning (it is c13).
// - Working days left = working days after today up to and including the due date, on the
//   province's calendar (weekends off, public holidays off, make-up working Saturdays on). Due
//   tomorrow = 1; due on a Monday seen on Friday = 1; due on a Saturday off seen on Friday = 0.
import { STATUS } from "./classification";
import { dayFromIso } from "./local-time";

/** What the warning needs of the working-day calendar (lib/domain/working-days.ts WorkingCalendar). */
export interface WorkingDays {
  isWorkingDay(day: number): boolean;
  workingDaysBetween(fromDay: number, toDay: number): number;
}

/** The statuses of dossiers being processed, the only ones warned. */
export const WARNED_STATUSES: readonly number[] = [STATUS.RECEIVED, STATUS.PROCESSING];

/** The largest N offered: beyond a month of working days a warning is no longer early. */
export const MAX_WARNING_DAYS = 20;

/** Working days left from `today` until `dueDay` (local day numbers); null when already past due. */
export function workingDaysLeft(calendar: WorkingDays, today: number, dueDay: number): number | null {
  if (dueDay < today) return null;
  return calendar.workingDaysBetween(today, dueDay);
}

/**
 * The last local day a dossier may be due on to be within `days` working days of `today`: the
 * day before the (days + 1)-th working day after today. Dossiers due from today to this day are
 * the warned ones (SQL selects them by this range).
 */
export function warningHorizon(calendar: WorkingDays, today: number, days: number): number {
  if (!Number.isInteger(days) || days < 0) throw new Error(`Invalid number of working days: ${days}`);
  let seen = 0;
  for (let day = today + 1; ; day++) {
    if (calendar.isWorkingDay(day) && ++seen === days + 1) return day - 1;
  }
}

export interface WarningCandidate {
  status: number;
  /** the due date held to (NgayHenTra, else the legal due date), yyyy-MM-dd */
  due: string | null;
}

/** The working days left of a dossier warned within `days` working days of `today`, or null when it is not warned. */
export function earlyWarning(calendar: WorkingDays, dossier: WarningCandidate, today: number, days: number): number | null {
  if (!WARNED_STATUSES.includes(dossier.status) || dossier.due === null) return null;
  const left = workingDaysLeft(calendar, today, dayFromIso(dossier.due));
  return left !== null && left <= days ? left : null;
}
