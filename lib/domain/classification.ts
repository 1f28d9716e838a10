// As-of classification of a dossier for a window, and the per-dossier flags every scorecard and
// indicator counts (DOMAIN.md §2, §3, §5). Pure functions over local calendar dates
// (yyyy-MM-dd strings compare in date order).
//
// Readings of the rules, each pinned by a unit test:
// - Statuses 1 (filed online, not received) and 3 (refused at reception) are never counted.
// - A dossier is finished when its status is 7–10 and it has an end-of-processing date
//   (NgayKetThucXuLy; imports fall back to NgayTra). Its end date decides the window it was
//   resolved in; if that is after the window's last day it was still in progress in the window.
// - The due date is the one-stop system's NgayHenTra; a dossier without one is held to the legal
//   due date computed from the working-day calendar (DOMAIN.md §3: "compare elapsed working days
//   with the procedure's legal time" — the same thing, by calendar date). A dossier with neither
//   is never counted late or past due.
// - Resolved: before (end < due), on (end = due), late (end > due), by calendar date; withdrawn
//   (7) counts on time whatever the dates.
// - In progress at the window's end: within when the due date ≥ the window's last day, or when
//   the dossier is waiting for the applicant (status 5 or 6); past due otherwise. Only the current
//   status is known, so "waiting" applies to dossiers that are still open, not to dossiers that
//   finished after the window (whose status then is unknown): those go by their due date.
// - Received before the window's first day and still open on it: carried over (col 6); it is
//   then classified in cols 8–13 like any other dossier.
import type { DateWindow } from "./periods";

export const STATUS = {
  FILED_ONLINE: 1,
  RECEIVED: 2,
  REFUSED: 3,
  PROCESSING: 4,
  WAITING_SUPPLEMENT: 5,
  WAITING_PAYMENT: 6,
  WITHDRAWN: 7,
  STOPPED: 8,
  RESOLVED: 9,
  RETURNED: 10,
} as const;

export const CHANNEL = { IN_PERSON: 1, ONLINE: 2, POST: 3 } as const;


/** What classification reads of a dossier. */
export interface DossierDates {
  status: number;
  channel: number;
  receivedOn: string;
  /** NgayHenTra, local date */
  dueOn: string | null;
  /** computed legal due date, local date */
  legalDueOn: string | null;
  /** NgayKetThucXuLy (or NgayTra), local date */
  finishedOn: string | null;
}

export type Reception = "online" | "direct" | "carried";
export type Outcome = "before" | "on" | "late" | "within" | "overdue";
export type ExclusionReason = "not-received" | "received-after-window" | "finished-before-window";

export type Classification =
  | { counted: false; reason: ExclusionReason }
  | { counted: true; reception: Reception; outcome: Outcome };

export function isNotReceived(status: number): boolean {
  return status === STATUS.FILED_ONLINE || status === STATUS.REFUSED;
}

/** The end date that makes a dossier finished, or null while it is open. */
export function endDateOf(d: Pick<DossierDates, "status" | "finishedOn">): string | null {
  return d.status >= STATUS.WITHDRAWN && d.finishedOn ? d.finishedOn : null;
}

/** The due date the dossier is held to: the system's, else the legal one. */
export function effectiveDueOf(d: Pick<DossierDates, "dueOn" | "legalDueOn">): string | null {
  return d.dueOn ?? d.legalDueOn;
}

/** Timing of a finished dossier against its due date. */
export function finishedTiming(d: DossierDates, endedOn: string): "before" | "on" | "late" {
  if (d.status === STATUS.WITHDRAWN) return "on";
  const due = effectiveDueOf(d);
  if (due === null || endedOn === due) return "on";
  return endedOn < due ? "before" : "late";
}

export function isWaitingForApplicant(d: Pick<DossierDates, "status" | "finishedOn">): boolean {
  return endDateOf(d) === null && (d.status === STATUS.WAITING_SUPPLEMENT || d.status === STATUS.WAITING_PAYMENT);
}

export function classify(d: DossierDates, window: DateWindow): Classification {
  if (isNotReceived(d.status)) return { counted: false, reason: "not-received" };
  if (d.receivedOn > window.end) return { counted: false, reason: "received-after-window" };
  const endedOn = endDateOf(d);
  if (endedOn !== null && endedOn < window.start) return { counted: false, reason: "finished-before-window" };
  const reception: Reception = d.receivedOn < window.start ? "carried" : d.channel === CHANNEL.ONLINE ? "online" : "direct";
  if (endedOn !== null && endedOn <= window.end) return { counted: true, reception, outcome: finishedTiming(d, endedOn) };
  if (isWaitingForApplicant(d)) return { counted: true, reception, outcome: "within" };
  const due = effectiveDueOf(d);
  return { counted: true, reception, outcome: due === null || due >= window.end ? "within" : "overdue" };
}

// ── Per-dossier flags (data quality, indicators) ─────────────────────────────────────────────

/** What the flags read of a dossier and its procedure. */
export interface DossierRecord extends DossierDates {
  agencyId: number;
  fieldId: number;
  synced: boolean;
  apologyLetter: boolean;
  processingSteps: number | null;
  supplementCount: number | null;
  onlinePayment: number | null;
  componentsDigitised: boolean | null;
  vneidVerified: boolean | null;
  resultFileName: string | null;
  resultFileType: string | null;
  resultFileSize: number | null;
  resultFileBlank: boolean | null;
  resultFileSha256: string | null;
  componentSha256: readonly string[];
  procedureReturnsResult: boolean;
  procedureHasFees: boolean;
}

export const ARCHIVE_MEDIA_TYPES = [
  "application/zip",
  "application/x-zip-compressed",
  "application/vnd.rar",
  "application/x-rar-compressed",
  "application/x-7z-compressed",
  "application/gzip",
  "application/x-gzip",
  "application/x-tar",
] as const;
export const ARCHIVE_EXTENSIONS = ["zip", "rar", "7z", "tar", "gz", "tgz"] as const;

export interface DossierFlags {
  online: boolean;
  synced: boolean;
  apologyLetter: boolean;
  /** no processing step recorded (SoBuocXuLy = 0); unknown (absent) is not a gap */
  historyGap: boolean;
  /** the system's due date is later than the law allows, with no supplement request to explain it */
  dueBeyondLegal: boolean;
  /** resolved (9, 10) under a procedure that returns a result document */
  resultExpected: boolean;
  resultPresent: boolean;
  resultMissing: boolean;
  /** every page blank (the one-stop system's check) or an empty file */
  resultBlank: boolean;
  /** a compressed archive instead of a document */
  resultArchive: boolean;
  /** the same file as one of the dossier's input components */
  resultIdentical: boolean;
  resultDefective: boolean;
  feeBearing: boolean;
  paidOnline: boolean;
  digitised: boolean;
  digitisedWithResult: boolean;
  vneidVerified: boolean;
}

export function isArchive(name: string | null, type: string | null): boolean {
  if (type && (ARCHIVE_MEDIA_TYPES as readonly string[]).includes(type.trim().toLowerCase())) return true;
  const extension = name?.trim().toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return extension !== undefined && (ARCHIVE_EXTENSIONS as readonly string[]).includes(extension);
}

export function dossierFlags(d: DossierRecord): DossierFlags {
  const resultExpected = d.procedureReturnsResult && (d.status === STATUS.RESOLVED || d.status === STATUS.RETURNED);
  const hasFile = d.resultFileName !== null || d.resultFileSha256 !== null || d.resultFileSize !== null;
  const resultPresent = resultExpected && hasFile;
  const resultMissing = resultExpected && !hasFile;
  const resultBlank = resultPresent && (d.resultFileBlank === true || d.resultFileSize === 0);
  const resultArchive = resultPresent && isArchive(d.resultFileName, d.resultFileType);
  const sha = d.resultFileSha256?.toLowerCase() ?? null;
  const resultIdentical = resultPresent && sha !== null && d.componentSha256.some((c) => c.toLowerCase() === sha);
  const feeBearing = d.procedureHasFees;
  const digitised = d.componentsDigitised === true;
  return {
    online: d.channel === CHANNEL.ONLINE,
    synced: d.synced,
    apologyLetter: d.apologyLetter,
    historyGap: d.processingSteps === 0,
    dueBeyondLegal: d.dueOn !== null && d.legalDueOn !== null && d.dueOn > d.legalDueOn && !((d.supplementCount ?? 0) > 0),
    resultExpected,
    resultPresent,
    resultMissing,
    resultBlank,
    resultArchive,
    resultIdentical,
    resultDefective: resultMissing || resultBlank || resultArchive || resultIdentical,
    feeBearing,
    paidOnline: feeBearing && (d.onlinePayment === 1 || d.onlinePayment === 2),
    digitised,
    digitisedWithResult: digitised && resultPresent,
    vneidVerified: d.vneidVerified === true,
  };
}
