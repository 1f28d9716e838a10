// Checks shown for one dossier and sorted on in the dossier explorer: how many days it is late,
// and whether the one-stop system's due date goes beyond the one the law allows.
//
// Readings:
// - Days overdue are calendar days (DOMAIN.md §3 compares by calendar date), as of a reference
//   date (the window's last day, or today without a window): a dossier finished by then is late
//   by end − due (resolved late, Biểu 06 col 10); one still in progress then is past due by
//   reference − due (col 13), unless it waits for the applicant (5, 6: the clock is paused).
//   Withdrawn (7), on time, within, and dossiers without a due date have none (null), so a
//   positive value is exactly "late or past due" as lib/domain/classification.ts classifies it.
// - The due date is beyond the legal one when its local date is later; the excess is counted in
//   working days of the calendar. A supplement request (SoLanBoSung > 0) extends the due date
//   lawfully (DOMAIN.md §3), so it is then reported as explained, not as a defect.
import { effectiveDueOf, endDateOf, isWaitingForApplicant, STATUS, type DossierDates } from "./classification";
import { dayFromIso, localDayOf } from "./local-time";
import type { WorkingCalendar } from "./working-days";

/** Calendar days late (resolved late) or past due (in progress) as of `asOf` (yyyy-MM-dd); null when neither. */
export function daysOverdue(d: DossierDates, asOf: string): number | null {
  const due = effectiveDueOf(d);
  if (due === null) return null;
  const ended = endDateOf(d);
  const days = ended !== null && ended <= asOf
    ? (d.status === STATUS.WITHDRAWN ? 0 : dayFromIso(ended) - dayFromIso(due))
    : (isWaitingForApplicant(d) ? 0 : dayFromIso(asOf) - dayFromIso(due));
  return days > 0 ? days : null;
}

export type DueCheck =
  | { kind: "no-due" }
  | { kind: "no-legal" }
  | { kind: "within-legal" }
  | { kind: "beyond-legal"; workingDays: number; explainedBySupplement: boolean };

/** The one-stop system's due instant against the legal one, by local date. */
export function checkDueAgainstLegal(calendar: WorkingCalendar, dueAt: Date | null, legalDueAt: Date | null, supplementCount: number | null): DueCheck {
  if (dueAt === null) return { kind: "no-due" };
  if (legalDueAt === null) return { kind: "no-legal" };
  const dueDay = localDayOf(dueAt);
  const legalDay = localDayOf(legalDueAt);
  if (dueDay <= legalDay) return { kind: "within-legal" };
  return { kind: "beyond-legal", workingDays: calendar.workingDaysBetween(legalDay, dueDay), explainedBySupplement: (supplementCount ?? 0) > 0 };
}
