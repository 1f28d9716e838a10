import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ARCHIVE_EXTENSIONS,
  ARCHIVE_MEDIA_TYPES,
  classify,
  dossierFlags,
  effectiveDueOf,
  endDateOf,
  finishedTiming,
  isArchive,
  isNotReceived,
  isWaitingForApplicant,
  type DossierDates,
  type DossierRecord,
} from "@/lib/domain/classification";
import { dayFromIso, isoDate, localDayOf } from "@/lib/domain/local-time";
import { parsePeriod } from "@/lib/domain/periods";

// Q1 2024, reporting window: 15/12/2023 → 14/03/2024
const Q1 = parsePeriod("2024-Q1", "reporting");
const window = { start: Q1.start, end: Q1.end };

/** An open dossier received in person inside Q1, due well inside it. */
const dossier = (over: Partial<DossierDates> = {}): DossierDates => ({
  status: 4,
  channel: 1,
  receivedOn: "2024-01-10",
  dueOn: "2024-01-20",
  legalDueOn: null,
  finishedOn: null,
  ...over,
});
const resolved = (finishedOn: string, over: Partial<DossierDates> = {}) => dossier({ status: 10, finishedOn, ...over });
const outcome = (d: DossierDates, w = window) => {
  const c = classify(d, w);
  return c.counted ? `${c.reception}/${c.outcome}` : `excluded: ${c.reason}`;
};
/** Local (Vietnam) calendar date of an instant. */
const localDate = (instant: string) => isoDate(localDayOf(new Date(instant)));

describe("statuses 1 and 3 are never counted", () => {
  it.each([1, 3])("status %i is excluded as not received, whatever its dates", (status) => {
    expect(isNotReceived(status)).toBe(true);
    expect(classify(dossier({ status }), window)).toEqual({ counted: false, reason: "not-received" });
    expect(outcome(dossier({ status, finishedOn: "2024-02-01" }))).toBe("excluded: not-received");
    expect(outcome(dossier({ status, receivedOn: "2023-11-01", dueOn: "2023-11-05" }))).toBe("excluded: not-received");
  });

  it("every other status 2, 4–10 counts as received", () => {
    expect([2, 4, 5, 6, 7, 8, 9, 10].map(isNotReceived)).toEqual(Array(8).fill(false));
  });

  it("statuses 1 and 3 are excluded for any dates and any window (property)", () => {
    const day = fc.integer({ min: dayFromIso("2023-01-01"), max: dayFromIso("2025-01-01") }).map(isoDate);
    fc.assert(
      fc.property(fc.constantFrom(1, 3), day, fc.option(day, { nil: null }), fc.option(day, { nil: null }), day, day, (status, receivedOn, dueOn, finishedOn, a, b) => {
        const w = a <= b ? { start: a, end: b } : { start: b, end: a };
        const c = classify({ status, channel: 2, receivedOn, dueOn, legalDueOn: dueOn, finishedOn }, w);
        return !c.counted && c.reason === "not-received";
      }),
    );
  });
});

describe("which window a dossier belongs to", () => {
  it("excludes a dossier received after the window's last day, and counts one received on it", () => {
    expect(outcome(dossier({ receivedOn: "2024-03-15", dueOn: "2024-03-20" }))).toBe("excluded: received-after-window");
    expect(outcome(dossier({ receivedOn: "2024-03-14", dueOn: "2024-03-20" }))).toBe("direct/within");
  });

  it("excludes a dossier finished before the window's first day, and counts one finished on it", () => {
    expect(outcome(resolved("2023-12-14", { receivedOn: "2023-12-01", dueOn: "2023-12-20" }))).toBe("excluded: finished-before-window");
    expect(outcome(resolved("2023-12-15", { receivedOn: "2023-12-01", dueOn: "2023-12-20" }))).toBe("carried/before");
  });

  it("counts a dossier received on the window's first day as newly received, not carried over", () => {
    expect(outcome(dossier({ receivedOn: "2023-12-15", channel: 2 }))).toBe("online/overdue");
    expect(outcome(dossier({ receivedOn: "2023-12-14", channel: 2 }))).toBe("carried/overdue");
  });

  it("reads channel 2 as online and channels 1 (in person) and 3 (post) as direct", () => {
    expect(classify(dossier({ channel: 2 }), window)).toEqual({ counted: true, reception: "online", outcome: "overdue" });
    expect(classify(dossier({ channel: 1 }), window)).toEqual({ counted: true, reception: "direct", outcome: "overdue" });
    expect(classify(dossier({ channel: 3 }), window)).toEqual({ counted: true, reception: "direct", outcome: "overdue" });
  });
});

describe("carried over (col 6), then classified in cols 8–13 like any other dossier", () => {
  const carried = (over: Partial<DossierDates>) => dossier({ receivedOn: "2023-12-01", channel: 2, ...over });

  it("an open dossier received before the window is carried over, whatever its channel", () => {
    expect(outcome(carried({ dueOn: "2024-04-01" }))).toBe("carried/within");
    expect(outcome(carried({ channel: 1, dueOn: "2023-12-10" }))).toBe("carried/overdue");
  });

  it("a carried-over dossier resolved in the window is before, on time or late by its due date", () => {
    expect(outcome(carried({ status: 9, dueOn: "2024-01-10", finishedOn: "2024-01-05" }))).toBe("carried/before");
    expect(outcome(carried({ status: 9, dueOn: "2024-01-10", finishedOn: "2024-01-10" }))).toBe("carried/on");
    expect(outcome(carried({ status: 9, dueOn: "2024-01-10", finishedOn: "2024-01-11" }))).toBe("carried/late");
  });

  it("a carried-over dossier finished after the window was still in progress in it", () => {
    expect(outcome(carried({ status: 10, dueOn: "2023-12-10", finishedOn: "2024-05-01" }))).toBe("carried/overdue");
    expect(outcome(carried({ status: 10, dueOn: "2024-03-14", finishedOn: "2024-05-01" }))).toBe("carried/within");
  });
});

describe("resolved in the window: before, on or late by calendar date", () => {
  it.each([8, 9, 10])("status %i finished the day before / on / the day after its due date is before / on / late", (status) => {
    expect(outcome(resolved("2024-02-09", { status, dueOn: "2024-02-10" }))).toBe("direct/before");
    expect(outcome(resolved("2024-02-10", { status, dueOn: "2024-02-10" }))).toBe("direct/on");
    expect(outcome(resolved("2024-02-11", { status, dueOn: "2024-02-10" }))).toBe("direct/late");
  });

  it("counts a dossier resolved on the window's last day as resolved in it", () => {
    expect(outcome(resolved("2024-03-14", { dueOn: "2024-03-01" }))).toBe("direct/late");
  });

  it("counts withdrawn (7) on time even when it ended after, or before, its due date", () => {
    expect(outcome(resolved("2024-03-01", { status: 7, dueOn: "2024-01-20" }))).toBe("direct/on");
    expect(outcome(resolved("2024-01-11", { status: 7, dueOn: "2024-01-20" }))).toBe("direct/on");
    expect(outcome(resolved("2024-03-01", { status: 7, dueOn: null, legalDueOn: "2024-01-20" }))).toBe("direct/on");
  });

  it("holds a dossier without the system's due date to its legal due date", () => {
    expect(outcome(resolved("2024-01-25", { dueOn: null, legalDueOn: "2024-01-24" }))).toBe("direct/late");
    expect(outcome(resolved("2024-01-24", { dueOn: null, legalDueOn: "2024-01-24" }))).toBe("direct/on");
    expect(outcome(resolved("2024-01-23", { dueOn: null, legalDueOn: "2024-01-24" }))).toBe("direct/before");
  });

  it("prefers the system's due date to the legal one when both exist", () => {
    expect(outcome(resolved("2024-01-25", { dueOn: "2024-01-30", legalDueOn: "2024-01-20" }))).toBe("direct/before");
    expect(outcome(resolved("2024-01-25", { dueOn: "2024-01-20", legalDueOn: "2024-01-30" }))).toBe("direct/late");
  });

  it("never counts late a dossier with neither due date: it is on time", () => {
    expect(outcome(resolved("2024-03-14", { dueOn: null, legalDueOn: null }))).toBe("direct/on");
  });
});

describe("in progress at the window's end: within or past due", () => {
  it("is within when the due date is after the window's last day or exactly on it, past due the day before", () => {
    expect(outcome(dossier({ dueOn: "2024-03-15" }))).toBe("direct/within");
    expect(outcome(dossier({ dueOn: "2024-03-14" }))).toBe("direct/within");
    expect(outcome(dossier({ dueOn: "2024-03-13" }))).toBe("direct/overdue");
  });

  it.each([5, 6])("status %i (waiting for the applicant) is within even long past its due date", (status) => {
    expect(outcome(dossier({ status, dueOn: "2024-01-11" }))).toBe("direct/within");
    expect(outcome(dossier({ status, receivedOn: "2023-06-01", dueOn: "2023-06-10" }))).toBe("carried/within");
  });

  it.each([2, 4])("status %i (received, processing) past its due date is overdue", (status) => {
    expect(outcome(dossier({ status, dueOn: "2024-01-11" }))).toBe("direct/overdue");
  });

  it("uses the legal due date when the system's is missing, and is never past due with neither", () => {
    expect(outcome(dossier({ dueOn: null, legalDueOn: "2024-03-13" }))).toBe("direct/overdue");
    expect(outcome(dossier({ dueOn: null, legalDueOn: "2024-03-14" }))).toBe("direct/within");
    expect(outcome(dossier({ dueOn: null, legalDueOn: null, receivedOn: "2020-01-01" }))).toBe("carried/within");
  });

  it("treats a dossier finished after the window's last day as in progress in it, by its due date against the window's end", () => {
    expect(outcome(resolved("2024-03-15", { dueOn: "2024-03-13" }))).toBe("direct/overdue");
    expect(outcome(resolved("2024-03-15", { dueOn: "2024-03-14" }))).toBe("direct/within");
    expect(outcome(resolved("2024-06-01", { dueOn: "2024-05-01" }))).toBe("direct/within");
    expect(outcome(resolved("2024-06-01", { dueOn: null, legalDueOn: null }))).toBe("direct/within");
    expect(outcome(resolved("2024-06-01", { dueOn: null, legalDueOn: "2024-02-01" }))).toBe("direct/overdue");
  });

  it("judges a withdrawal after the window by its due date too: on time applies only when it ends inside the window", () => {
    expect(outcome(resolved("2024-04-01", { status: 7, dueOn: "2024-02-01" }))).toBe("direct/overdue");
  });

  it.each([7, 8, 9, 10])("status %i without an end date is still open: in progress by its due date", (status) => {
    expect(outcome(dossier({ status, finishedOn: null, dueOn: "2024-02-01" }))).toBe("direct/overdue");
    expect(outcome(dossier({ status, finishedOn: null, dueOn: "2024-04-01" }))).toBe("direct/within");
    expect(outcome(dossier({ status, finishedOn: null, receivedOn: "2023-01-01", dueOn: "2023-02-01" }))).toBe("carried/overdue");
  });

  it("ignores an end date on a dossier whose status is still open (2, 4, 5, 6)", () => {
    expect(outcome(dossier({ status: 4, finishedOn: "2024-01-15", dueOn: "2024-02-01" }))).toBe("direct/overdue");
    expect(outcome(dossier({ status: 2, finishedOn: "2023-12-01", receivedOn: "2023-11-01", dueOn: "2023-11-20" }))).toBe("carried/overdue");
    expect(outcome(dossier({ status: 5, finishedOn: "2024-01-15", dueOn: "2024-01-12" }))).toBe("direct/within");
  });
});

describe("time-zone boundaries: the window holds local (UTC+7) dates, whatever the server's zone", () => {
  it("reads instants around midnight in Vietnam as their local date, unlike UTC or New York", () => {
    const lateEvening = new Date("2024-03-14T23:30:00+07:00");
    expect(localDate("2024-03-14T23:30:00+07:00")).toBe("2024-03-14");
    expect(lateEvening.getDate()).toBe(14); // New York 12:30
    const justAfterMidnight = new Date("2024-03-15T00:10:00+07:00");
    expect(localDate("2024-03-15T00:10:00+07:00")).toBe("2024-03-15");
    expect(justAfterMidnight.toISOString().slice(0, 10)).toBe("2024-03-14");
    expect(justAfterMidnight.getDate()).toBe(14); // New York 13:10 the day before
  });

  it("counts a dossier received at 23:30 on 14/03/2024 in Q1 2024, and not one received at 00:10 on 15/03", () => {
    expect(outcome(dossier({ receivedOn: localDate("2024-03-14T23:30:00+07:00"), dueOn: "2024-03-20" }))).toBe("direct/within");
    expect(outcome(dossier({ receivedOn: localDate("2024-03-15T00:10:00+07:00"), dueOn: "2024-03-20" }))).toBe("excluded: received-after-window");
  });

  it("carries over a dossier received at 23:59 on 14/12/2023 but not one received at 00:30 on 15/12 (17:30 UTC on the 14th)", () => {
    expect(outcome(dossier({ receivedOn: localDate("2023-12-14T23:59:00+07:00"), dueOn: "2024-04-01" }))).toBe("carried/within");
    expect(new Date("2023-12-15T00:30:00+07:00").toISOString()).toBe("2023-12-14T17:30:00.000Z");
    expect(outcome(dossier({ receivedOn: localDate("2023-12-15T00:30:00+07:00"), dueOn: "2024-04-01" }))).toBe("direct/within");
  });

  it("counts a dossier finished at 06:00 on 15/12/2023 (23:00 UTC on the 14th) as resolved in Q1, not before it", () => {
    const d = resolved(localDate("2023-12-15T06:00:00+07:00"), { receivedOn: "2023-12-01", dueOn: "2023-12-20" });
    expect(outcome(d)).toBe("carried/before");
    expect(outcome(resolved(localDate("2023-12-14T23:59:00+07:00"), { receivedOn: "2023-12-01", dueOn: "2023-12-20" }))).toBe("excluded: finished-before-window");
  });

  it("keeps a dossier finished at 01:00 on 15/03/2024 (18:00 UTC on the 14th) in progress at the end of Q1", () => {
    const d = resolved(localDate("2024-03-15T01:00:00+07:00"), { dueOn: localDate("2024-03-13T10:00:00+07:00") });
    expect(outcome(d)).toBe("direct/overdue");
  });

  it("compares end and due by local date: 23:50 on 31/01 is before a due date of 00:30 on 01/02, though both fall on 31/01 in UTC", () => {
    const d = resolved(localDate("2024-01-31T23:50:00+07:00"), { dueOn: localDate("2024-02-01T00:30:00+07:00") });
    expect(outcome(d)).toBe("direct/before");
  });

  it("is on time when finished the same local day, hours after the due time", () => {
    const d = resolved(localDate("2024-02-10T16:00:00+07:00"), { dueOn: localDate("2024-02-10T09:00:00+07:00") });
    expect(outcome(d)).toBe("direct/on");
  });

  it("is within when due at 17:00 local on the window's last day", () => {
    expect(outcome(dossier({ dueOn: localDate("2024-03-14T17:00:00+07:00") }))).toBe("direct/within");
    expect(outcome(dossier({ dueOn: localDate("2024-03-13T23:59:00+07:00") }))).toBe("direct/overdue");
  });
});

describe("the helpers classification is made of", () => {
  it("endDateOf: statuses 7–10 with an end date are finished; anything else is open", () => {
    expect([7, 8, 9, 10].map((status) => endDateOf({ status, finishedOn: "2024-01-01" }))).toEqual(Array(4).fill("2024-01-01"));
    expect([1, 2, 3, 4, 5, 6].map((status) => endDateOf({ status, finishedOn: "2024-01-01" }))).toEqual(Array(6).fill(null));
    expect(endDateOf({ status: 9, finishedOn: null })).toBeNull();
  });

  it("effectiveDueOf: the system's due date, else the legal one, else none", () => {
    expect(effectiveDueOf({ dueOn: "2024-01-02", legalDueOn: "2024-01-01" })).toBe("2024-01-02");
    expect(effectiveDueOf({ dueOn: null, legalDueOn: "2024-01-01" })).toBe("2024-01-01");
    expect(effectiveDueOf({ dueOn: null, legalDueOn: null })).toBeNull();
  });

  it("finishedTiming: compares the given end date with the due date; withdrawn and undated are on time", () => {
    expect(finishedTiming(dossier({ status: 9 }), "2024-01-19")).toBe("before");
    expect(finishedTiming(dossier({ status: 9 }), "2024-01-20")).toBe("on");
    expect(finishedTiming(dossier({ status: 9 }), "2024-01-21")).toBe("late");
    expect(finishedTiming(dossier({ status: 7 }), "2024-01-21")).toBe("on");
    expect(finishedTiming(dossier({ status: 9, dueOn: null }), "2024-12-31")).toBe("on");
  });

  it("isWaitingForApplicant: only open dossiers in status 5 or 6", () => {
    expect([2, 4, 5, 6, 7, 8, 9, 10].map((status) => isWaitingForApplicant({ status, finishedOn: null }))).toEqual([false, false, true, true, false, false, false, false]);
  });
});

// ── Per-dossier flags ───────────────────────────────────────────────────────────────────────

const SHA_RESULT = "a".repeat(64);
const SHA_INPUT = "b".repeat(64);

/** A returned dossier (status 10) with a sound PDF result. */
const record = (over: Partial<DossierRecord> = {}): DossierRecord => ({
  ...resolved("2024-01-15"),
  agencyId: 1,
  fieldId: 1,
  synced: true,
  apologyLetter: false,
  processingSteps: 4,
  supplementCount: null,
  onlinePayment: null,
  componentsDigitised: null,
  vneidVerified: null,
  resultFileName: "ket-qua.pdf",
  resultFileType: "application/pdf",
  resultFileSize: 120_000,
  resultFileBlank: false,
  resultFileSha256: SHA_RESULT,
  componentSha256: [SHA_INPUT],
  procedureReturnsResult: true,
  procedureHasFees: false,
  ...over,
});
const noFile = { resultFileName: null, resultFileType: null, resultFileSize: null, resultFileBlank: null, resultFileSha256: null };
const resultFlags = (over: Partial<DossierRecord>) => {
  const f = dossierFlags(record(over));
  return { expected: f.resultExpected, present: f.resultPresent, missing: f.resultMissing, blank: f.resultBlank, archive: f.resultArchive, identical: f.resultIdentical, defective: f.resultDefective };
};
const sound = { expected: true, present: true, missing: false, blank: false, archive: false, identical: false, defective: false };
const notExpected = { expected: false, present: false, missing: false, blank: false, archive: false, identical: false, defective: false };

describe("result-file flags", () => {
  it("a sound PDF result of a returned dossier is present and not defective", () => {
    expect(resultFlags({})).toEqual(sound);
    expect(resultFlags({ status: 9 })).toEqual(sound);
  });

  it("no file name, hash or size: the result is missing, hence defective", () => {
    expect(resultFlags(noFile)).toEqual({ ...sound, present: false, missing: true, defective: true });
  });

  it("a media type alone is not a file: still missing", () => {
    expect(resultFlags({ ...noFile, resultFileType: "application/pdf" })).toMatchObject({ present: false, missing: true });
  });

  it("any of name, hash or size makes the file present", () => {
    expect(resultFlags({ ...noFile, resultFileName: "kq.pdf" })).toMatchObject({ present: true, missing: false });
    expect(resultFlags({ ...noFile, resultFileSha256: SHA_RESULT })).toMatchObject({ present: true, missing: false });
    expect(resultFlags({ ...noFile, resultFileSize: 10 })).toMatchObject({ present: true, missing: false });
  });

  it("blank when the system flags every page blank, or when the file is empty (size 0)", () => {
    expect(resultFlags({ resultFileBlank: true })).toEqual({ ...sound, blank: true, defective: true });
    expect(resultFlags({ resultFileSize: 0 })).toEqual({ ...sound, blank: true, defective: true });
    expect(resultFlags({ resultFileBlank: null, resultFileSize: null })).toEqual(sound);
    expect(resultFlags({ resultFileBlank: false, resultFileSize: 1 })).toEqual(sound);
  });

  it.each(ARCHIVE_MEDIA_TYPES)("an archive by its media type %s", (type) => {
    expect(resultFlags({ resultFileType: type, resultFileName: "ket-qua" })).toEqual({ ...sound, archive: true, defective: true });
  });

  it.each(ARCHIVE_EXTENSIONS)("an archive by its extension .%s", (extension) => {
    expect(resultFlags({ resultFileType: null, resultFileName: `ket-qua.${extension}` })).toEqual({ ...sound, archive: true, defective: true });
  });

  it("recognises archives case-insensitively and ignoring surrounding spaces", () => {
    expect(isArchive(null, " Application/ZIP ")).toBe(true);
    expect(isArchive("KET-QUA.ZIP", null)).toBe(true);
    expect(isArchive("  ket qua.Rar \t", "application/octet-stream")).toBe(true);
    expect(isArchive("ho-so.tar.gz", null)).toBe(true);
  });

  it("is not fooled by archive names that are not extensions", () => {
    expect(isArchive(null, null)).toBe(false);
    expect(isArchive("ket-qua.pdf", "application/pdf")).toBe(false);
    expect(isArchive("zip", null)).toBe(false);
    expect(isArchive("ket-qua-zip.pdf", null)).toBe(false);
    expect(isArchive("ket-qua.zip.pdf", null)).toBe(false);
    expect(isArchive("ket-qua.zipx", null)).toBe(false);
    expect(isArchive("ket-qua.pdf", "application/zip-document")).toBe(false);
  });

  it("identical when the result's hash equals one of the input components', whatever the case", () => {
    expect(resultFlags({ componentSha256: [SHA_INPUT, SHA_RESULT.toUpperCase()] })).toEqual({ ...sound, identical: true, defective: true });
    expect(resultFlags({ resultFileSha256: SHA_INPUT.toUpperCase() })).toEqual({ ...sound, identical: true, defective: true });
    expect(resultFlags({ componentSha256: [] })).toEqual(sound);
    expect(resultFlags({ resultFileSha256: null, componentSha256: [SHA_INPUT] })).toEqual(sound);
  });

  it("a file can have several defects at once; defective means any of them", () => {
    expect(resultFlags({ resultFileName: "kq.zip", resultFileSize: 0, componentSha256: [SHA_RESULT] })).toEqual({
      expected: true, present: true, missing: false, blank: true, archive: true, identical: true, defective: true,
    });
  });

  it.each([2, 4, 5, 6, 7, 8])("is not expected (so never missing or defective) in status %i", (status) => {
    expect(resultFlags({ status, ...noFile })).toEqual(notExpected);
    expect(resultFlags({ status, resultFileName: "kq.zip", resultFileSize: 0 })).toEqual(notExpected);
  });

  it("is not expected when the procedure returns no result document", () => {
    expect(resultFlags({ procedureReturnsResult: false, ...noFile })).toEqual(notExpected);
    expect(resultFlags({ procedureReturnsResult: false, resultFileName: "kq.zip" })).toEqual(notExpected);
  });
});

describe("other per-dossier flags", () => {
  it("online = channel 2", () => {
    expect([1, 2, 3].map((channel) => dossierFlags(record({ channel })).online)).toEqual([false, true, false]);
  });

  it("history gap only when zero processing steps are recorded (unknown is not a gap)", () => {
    expect([0, null, 1, 7].map((processingSteps) => dossierFlags(record({ processingSteps })).historyGap)).toEqual([true, false, false, false]);
  });

  it("due beyond legal when the system's due date is later than the legal one and no supplement was requested", () => {
    const beyond = (over: Partial<DossierRecord>) => dossierFlags(record({ dueOn: "2024-01-25", legalDueOn: "2024-01-20", ...over })).dueBeyondLegal;
    expect(beyond({})).toBe(true);
    expect(beyond({ supplementCount: 0 })).toBe(true);
    expect(beyond({ supplementCount: 1 })).toBe(false);
    expect(beyond({ supplementCount: 3 })).toBe(false);
    expect(beyond({ dueOn: "2024-01-20" })).toBe(false);
    expect(beyond({ dueOn: "2024-01-19" })).toBe(false);
    expect(beyond({ dueOn: null })).toBe(false);
    expect(beyond({ legalDueOn: null })).toBe(false);
  });

  it("fee-bearing follows the procedure; paid online needs fees and payment via the national portal (1) or another gateway (2)", () => {
    const pay = (procedureHasFees: boolean, onlinePayment: number | null) => {
      const f = dossierFlags(record({ procedureHasFees, onlinePayment }));
      return [f.feeBearing, f.paidOnline];
    };
    expect(pay(true, 1)).toEqual([true, true]);
    expect(pay(true, 2)).toEqual([true, true]);
    expect(pay(true, 0)).toEqual([true, false]);
    expect(pay(true, null)).toEqual([true, false]);
    expect(pay(false, 1)).toEqual([false, false]);
  });

  it("digitised with result needs digitised components and a present result file (a defective one still counts)", () => {
    const digitised = (over: Partial<DossierRecord>) => {
      const f = dossierFlags(record(over));
      return [f.digitised, f.digitisedWithResult];
    };
    expect(digitised({ componentsDigitised: true })).toEqual([true, true]);
    expect(digitised({ componentsDigitised: true, resultFileSize: 0 })).toEqual([true, true]);
    expect(digitised({ componentsDigitised: true, ...noFile })).toEqual([true, false]);
    expect(digitised({ componentsDigitised: true, status: 8 })).toEqual([true, false]);
    expect(digitised({ componentsDigitised: false })).toEqual([false, false]);
    expect(digitised({ componentsDigitised: null })).toEqual([false, false]);
  });

  it("synced, apology letter and VNeID are read as given (unknown VNeID = not verified)", () => {
    const f = dossierFlags(record({ synced: false, apologyLetter: true, vneidVerified: true }));
    expect([f.synced, f.apologyLetter, f.vneidVerified]).toEqual([false, true, true]);
    expect(dossierFlags(record({ vneidVerified: null })).vneidVerified).toBe(false);
  });
});
