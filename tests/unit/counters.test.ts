import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DossierRecord } from "@/lib/domain/classification";
import {
  addCounters,
  aggregateCounters,
  COUNTER_NAMES,
  countDossier,
  emptyCounters,
  form06Columns,
  identityViolations,
  sumColumns,
  type Counters,
  type Form06Columns,
} from "@/lib/domain/counters";
import { dayFromIso, isoDate } from "@/lib/domain/local-time";
import { makePeriod, parsePeriod, type DateWindow, type PeriodFamily } from "@/lib/domain/periods";

const Q1 = parsePeriod("2024-Q1", "reporting"); // 15/12/2023 → 14/03/2024

/** An open dossier received in person inside Q1 2024, with no flags set. */
const record = (over: Partial<DossierRecord> = {}): DossierRecord => ({
  status: 4,
  channel: 1,
  receivedOn: "2024-01-10",
  dueOn: "2024-01-20",
  legalDueOn: null,
  finishedOn: null,
  agencyId: 1,
  fieldId: 1,
  synced: false,
  apologyLetter: false,
  processingSteps: null,
  supplementCount: null,
  onlinePayment: null,
  componentsDigitised: null,
  vneidVerified: null,
  resultFileName: null,
  resultFileType: null,
  resultFileSize: null,
  resultFileBlank: null,
  resultFileSha256: null,
  componentSha256: [],
  procedureReturnsResult: true,
  procedureHasFees: false,
  ...over,
});

const countOne = (d: DossierRecord, window: DateWindow = Q1) => {
  const counters = emptyCounters();
  const counted = countDossier(counters, d, window);
  return { counted, counters };
};
/** Only the non-zero counters, to state expectations compactly. */
const nonZero = (c: Counters) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== 0));

describe("counting one dossier", () => {
  it("starts from zero in every counter", () => {
    expect(Object.keys(emptyCounters())).toEqual([...COUNTER_NAMES]);
    expect(Object.values(emptyCounters()).every((v) => v === 0)).toBe(true);
  });

  it("leaves the counters untouched and answers false for an excluded dossier", () => {
    const flagged = { synced: true, processingSteps: 0, apologyLetter: true, procedureHasFees: true, onlinePayment: 1 };
    for (const d of [
      record({ status: 1, ...flagged }),
      record({ status: 3, ...flagged }),
      record({ receivedOn: "2024-03-15", ...flagged }),
      record({ status: 10, receivedOn: "2023-12-01", finishedOn: "2023-12-14", ...flagged }),
    ]) {
      expect(countOne(d)).toEqual({ counted: false, counters: emptyCounters() });
    }
  });

  it("puts a dossier in exactly one reception column and one outcome column", () => {
    expect(nonZero(countOne(record({ channel: 2, status: 10, finishedOn: "2024-01-15", procedureReturnsResult: false })).counters)).toEqual({ c4: 1, c8: 1 });
    expect(nonZero(countOne(record({ channel: 3, status: 8, finishedOn: "2024-01-20" })).counters)).toEqual({ c5: 1, c9: 1 });
    expect(nonZero(countOne(record({ receivedOn: "2023-12-01", status: 8, finishedOn: "2024-01-21" })).counters)).toEqual({ c6: 1, c10: 1 });
    expect(nonZero(countOne(record({ dueOn: "2024-03-14" })).counters)).toEqual({ c5: 1, c12: 1 });
    expect(nonZero(countOne(record({ dueOn: "2024-03-13" })).counters)).toEqual({ c5: 1, c13: 1 });
  });

  it("counts synced, due-beyond-legal, fees, online payment and VNeID among newly received dossiers only", () => {
    const flagged = { synced: true, dueOn: "2024-03-20", legalDueOn: "2024-03-10", procedureHasFees: true, onlinePayment: 2, vneidVerified: true };
    const expected = { synced: 1, dueBeyondLegal: 1, feeBearing: 1, paidOnline: 1, vneidVerified: 1, c12: 1 };
    expect(nonZero(countOne(record({ ...flagged, channel: 2 })).counters)).toEqual({ ...expected, c4: 1 });
    expect(nonZero(countOne(record({ ...flagged, channel: 1 })).counters)).toEqual({ ...expected, c5: 1 });
    expect(nonZero(countOne(record({ ...flagged, receivedOn: "2023-12-14" })).counters)).toEqual({ c6: 1, c12: 1 });
  });

  it("counts a history gap among all counted dossiers, carried over ones included", () => {
    expect(countOne(record({ processingSteps: 0 })).counters.historyGap).toBe(1);
    expect(countOne(record({ processingSteps: 0, receivedOn: "2023-11-01" })).counters.historyGap).toBe(1);
    expect(countOne(record({ processingSteps: null })).counters.historyGap).toBe(0);
  });

  it("counts an apology letter only for late dossiers: resolved late (c10) or in progress past due (c13)", () => {
    const letter = (over: Partial<DossierRecord>) => countOne(record({ apologyLetter: true, ...over })).counters.lateWithApology;
    expect(letter({ status: 9, finishedOn: "2024-01-21" })).toBe(1); // late
    expect(letter({ dueOn: "2024-01-21" })).toBe(1); // past due at the window's end
    expect(letter({ status: 9, finishedOn: "2024-01-20" })).toBe(0); // on time
    expect(letter({ status: 9, finishedOn: "2024-01-19" })).toBe(0); // before
    expect(letter({ dueOn: "2024-04-01" })).toBe(0); // within
    expect(letter({ status: 5 })).toBe(0); // waiting for the applicant
    expect(countOne(record({ apologyLetter: false, dueOn: "2024-01-21" })).counters.lateWithApology).toBe(0);
  });

  it("counts result-file facts among dossiers resolved in the window only", () => {
    const blankArchive = { status: 10, resultFileName: "kq.zip", resultFileSize: 0, resultFileSha256: "ab", componentSha256: ["AB"], componentsDigitised: true };
    expect(nonZero(countOne(record({ ...blankArchive, finishedOn: "2024-03-14" })).counters)).toEqual({
      c5: 1, c10: 1, resultExpected: 1, resultPresent: 1, resultBlank: 1, resultArchive: 1, resultIdentical: 1, resultDefective: 1, digitisedWithResult: 1,
    });
    // finished after the window: still in progress in it, no result yet
    expect(nonZero(countOne(record({ ...blankArchive, finishedOn: "2024-03-15" })).counters)).toEqual({ c5: 1, c13: 1 });
    expect(nonZero(countOne(record({ status: 9, finishedOn: "2024-01-12" })).counters)).toEqual({ c5: 1, c8: 1, resultExpected: 1, resultMissing: 1, resultDefective: 1 });
  });
});

describe("a worked example over Q1 2024 (reporting window)", () => {
  const dossiers = [
    record({ channel: 2, status: 10, receivedOn: "2024-01-05", dueOn: "2024-01-12", finishedOn: "2024-01-10", synced: true, resultFileName: "kq.pdf" }), // c4 c8
    record({ channel: 1, status: 10, receivedOn: "2024-02-01", dueOn: "2024-02-10", finishedOn: "2024-02-10" }), // c5 c9, result missing
    record({ channel: 3, status: 10, receivedOn: "2024-02-01", dueOn: "2024-02-15", finishedOn: "2024-02-20", apologyLetter: true }), // c5 c10, missing
    record({ channel: 2, status: 4, receivedOn: "2023-12-01", dueOn: "2023-12-10", synced: true, processingSteps: 0 }), // c6 c13
    record({ channel: 2, status: 5, receivedOn: "2024-01-15", dueOn: "2024-01-20" }), // c4 c12
    record({ channel: 1, status: 2, receivedOn: "2024-03-01", dueOn: "2024-03-14" }), // c5 c12
    record({ channel: 2, status: 7, receivedOn: "2024-01-20", dueOn: "2024-02-01", finishedOn: "2024-03-01" }), // c4 c9
    record({ status: 1, receivedOn: "2024-01-20" }), // not received
    record({ status: 3, receivedOn: "2024-01-20" }), // refused
    record({ receivedOn: "2024-03-15" }), // after the window
    record({ status: 9, receivedOn: "2023-12-01", finishedOn: "2023-12-10" }), // finished before it
  ];

  it("gives the exact counters", () => {
    const counters = emptyCounters();
    expect(dossiers.map((d) => countDossier(counters, d, Q1))).toEqual([true, true, true, true, true, true, true, false, false, false, false]);
    expect(counters).toEqual({
      ...emptyCounters(),
      c4: 3, c5: 3, c6: 1, c8: 1, c9: 2, c10: 1, c12: 2, c13: 1,
      synced: 1, historyGap: 1, lateWithApology: 1,
      resultExpected: 3, resultPresent: 1, resultMissing: 2, resultDefective: 2,
    });
  });

  it("gives the exact Biểu 06 columns, which satisfy every identity", () => {
    const counters = aggregateCounters(dossiers, Q1, () => "all").get("all")!;
    const row = form06Columns(counters);
    expect(row).toEqual({ c3: 7, c4: 3, c5: 3, c6: 1, c7: 4, c8: 1, c9: 2, c10: 1, c11: 3, c12: 2, c13: 1 });
    expect(identityViolations(row)).toEqual([]);
  });
});

describe("aggregating per key", () => {
  it("keys by resolving agency: a merged (abolished) agency's dossiers count under it, never under its successor, never twice", () => {
    // 2025: agency 17 (abolished 1/3/2025) merged into agency 30; dossiers keep their resolving agency id
    const window = makePeriod("reporting", "quarter", 2025, 1); // 15/12/2024 → 14/03/2025
    const dossiers = [
      record({ agencyId: 17, receivedOn: "2025-01-10", dueOn: "2025-01-20", status: 10, finishedOn: "2025-01-15" }),
      record({ agencyId: 17, receivedOn: "2025-02-20", dueOn: "2025-03-20" }),
      record({ agencyId: 30, receivedOn: "2025-03-05", dueOn: "2025-03-10" }),
    ];
    const byAgency = aggregateCounters(dossiers, window, (d) => d.agencyId);
    expect([...byAgency.keys()].sort()).toEqual([17, 30]);
    expect(form06Columns(byAgency.get(17)!)).toEqual({ c3: 2, c4: 0, c5: 2, c6: 0, c7: 1, c8: 1, c9: 0, c10: 0, c11: 1, c12: 1, c13: 0 });
    expect(form06Columns(byAgency.get(30)!)).toEqual({ c3: 1, c4: 0, c5: 1, c6: 0, c7: 0, c8: 0, c9: 0, c10: 0, c11: 1, c12: 0, c13: 1 });
    expect(sumColumns([...byAgency.values()].map(form06Columns)).c3).toBe(dossiers.length);
  });

  it("leaves out keys with no counted dossier, but keeps a key whose first dossier was excluded", () => {
    const dossiers = [
      record({ agencyId: 1, status: 1 }),
      record({ agencyId: 2, status: 3 }),
      record({ agencyId: 2, dueOn: "2024-04-01" }),
      record({ agencyId: 3, dueOn: "2024-04-01" }),
      record({ agencyId: 3, receivedOn: "2024-04-01" }),
    ];
    const byAgency = aggregateCounters(dossiers, Q1, (d) => d.agencyId);
    expect([...byAgency.keys()].sort()).toEqual([2, 3]);
    expect(nonZero(byAgency.get(2)!)).toEqual({ c5: 1, c12: 1 });
    expect(nonZero(byAgency.get(3)!)).toEqual({ c5: 1, c12: 1 });
  });

  it("keys by any composite, e.g. agency and field", () => {
    const dossiers = [record({ fieldId: 5 }), record({ fieldId: 5, channel: 2 }), record({ fieldId: 6 }), record({ agencyId: 2, fieldId: 5 })];
    const byCell = aggregateCounters(dossiers, Q1, (d) => `${d.agencyId}/${d.fieldId}`);
    expect(Object.fromEntries([...byCell].map(([k, c]) => [k, form06Columns(c).c3]))).toEqual({ "1/5": 2, "1/6": 1, "2/5": 1 });
    expect(byCell.get("1/5")!.c4).toBe(1);
  });

  it("returns an empty map for no dossiers", () => {
    expect(aggregateCounters([], Q1, (d) => d.agencyId).size).toBe(0);
  });
});

describe("Biểu 06 columns and identities", () => {
  const row = (over: Partial<Form06Columns>): Form06Columns => ({ c3: 10, c4: 4, c5: 3, c6: 3, c7: 6, c8: 2, c9: 3, c10: 1, c11: 4, c12: 3, c13: 1, ...over });

  it("derives 3 = 4+5+6, 7 = 8+9+10, 11 = 12+13 from the base columns", () => {
    expect(form06Columns({ c4: 1, c5: 2, c6: 4, c8: 8, c9: 16, c10: 32, c12: 64, c13: 128 })).toEqual({
      c3: 7, c4: 1, c5: 2, c6: 4, c7: 56, c8: 8, c9: 16, c10: 32, c11: 192, c12: 64, c13: 128,
    });
  });

  it("finds no violation in a consistent row", () => {
    expect(identityViolations(row({}))).toEqual([]);
  });

  it("names each broken identity with both sides", () => {
    expect(identityViolations(row({ c4: 5 }))).toEqual([{ identity: "3=4+5+6", left: 10, right: 11 }]);
    expect(identityViolations(row({ c3: 11 }))).toEqual([
      { identity: "3=4+5+6", left: 11, right: 10 },
      { identity: "3=7+11", left: 11, right: 10 },
    ]);
    expect(identityViolations(row({ c8: 3 }))).toEqual([{ identity: "7=8+9+10", left: 6, right: 7 }]);
    expect(identityViolations(row({ c13: 0 }))).toEqual([{ identity: "11=12+13", left: 4, right: 3 }]);
    expect(identityViolations(row({ c7: 7, c11: 3 }))).toEqual([
      { identity: "7=8+9+10", left: 7, right: 6 },
      { identity: "11=12+13", left: 3, right: 4 },
    ]);
  });

  it("sums rows column by column; no rows sum to zeros", () => {
    expect(sumColumns([row({}), row({ c3: 1, c13: 5 })])).toEqual({ c3: 11, c4: 8, c5: 6, c6: 6, c7: 12, c8: 4, c9: 6, c10: 2, c11: 8, c12: 6, c13: 6 });
    expect(sumColumns([])).toEqual({ c3: 0, c4: 0, c5: 0, c6: 0, c7: 0, c8: 0, c9: 0, c10: 0, c11: 0, c12: 0, c13: 0 });
  });

  it("adds counters name by name into the first argument", () => {
    const into = { ...emptyCounters(), c4: 1, synced: 2 };
    const result = addCounters(into, { ...emptyCounters(), c4: 3, resultBlank: 1 });
    expect(result).toBe(into);
    expect(nonZero(into)).toEqual({ c4: 4, synced: 2, resultBlank: 1 });
  });
});

// ── Properties over generated dossiers ─────────────────────────────────────────────────────

const day = (from: string, to: string) => fc.integer({ min: dayFromIso(from), max: dayFromIso(to) });
const dossierArb: fc.Arbitrary<DossierRecord> = fc
  .record({
    status: fc.integer({ min: 1, max: 10 }),
    channel: fc.integer({ min: 1, max: 3 }),
    received: day("2023-09-01", "2024-10-31"),
    dueAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    legalAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    finishedAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
    agencyId: fc.integer({ min: 1, max: 4 }),
    synced: fc.boolean(),
    apologyLetter: fc.boolean(),
    processingSteps: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    supplementCount: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    onlinePayment: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    componentsDigitised: fc.option(fc.boolean(), { nil: null }),
    vneidVerified: fc.option(fc.boolean(), { nil: null }),
    resultFileName: fc.option(fc.constantFrom("kq.pdf", "kq.zip", "KQ.RAR"), { nil: null }),
    resultFileSize: fc.option(fc.constantFrom(0, 1000), { nil: null }),
    resultFileBlank: fc.option(fc.boolean(), { nil: null }),
    resultFileSha256: fc.option(fc.constantFrom("aa", "bb"), { nil: null }),
    componentSha256: fc.subarray(["AA", "cc"]),
    procedureReturnsResult: fc.boolean(),
    procedureHasFees: fc.boolean(),
  })
  .map(({ received, dueAfter, legalAfter, finishedAfter, ...rest }) =>
    record({
      ...rest,
      receivedOn: isoDate(received),
      dueOn: dueAfter === null ? null : isoDate(received + dueAfter),
      legalDueOn: legalAfter === null ? null : isoDate(received + legalAfter),
      finishedOn: finishedAfter === null ? null : isoDate(received + finishedAfter),
    }),
  );
/** A reporting or calendar quarter of 2023–2024, or any window of dates. */
const windowArb: fc.Arbitrary<DateWindow> = fc.oneof(
  fc.tuple(fc.constantFrom<PeriodFamily>("reporting", "calendar"), fc.integer({ min: 2023, max: 2024 }), fc.integer({ min: 1, max: 4 })).map(([f, y, q]) => makePeriod(f, "quarter", y, q)),
  fc.tuple(day("2023-09-01", "2024-10-31"), fc.integer({ min: 0, max: 200 })).map(([start, length]) => ({ start: isoDate(start), end: isoDate(start + length) })),
);
const sum = (c: Counters, names: readonly (keyof Counters)[]) => names.reduce((s, n) => s + c[n], 0);

describe("properties of counters for any dossiers and any window", () => {
  it("a counted dossier lands in exactly one reception column and exactly one outcome; an uncounted one in none", () => {
    fc.assert(
      fc.property(dossierArb, windowArb, (d, w) => {
        const { counted, counters } = countOne(d, w);
        const reception = sum(counters, ["c4", "c5", "c6"]);
        const outcomes = sum(counters, ["c8", "c9", "c10", "c12", "c13"]);
        return counted ? reception === 1 && outcomes === 1 : Object.values(counters).every((v) => v === 0);
      }),
    );
  });

  it("aggregated counters satisfy 3 = 4+5+6, 3 = 7+11, 7 = 8+9+10, 11 = 12+13 and c3 = the number counted", () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 60 }), windowArb, (dossiers, w) => {
        const byAgency = aggregateCounters(dossiers, w, (d) => d.agencyId);
        const rows = [...byAgency.values()].map(form06Columns);
        const total = sumColumns(rows);
        const counted = dossiers.filter((d) => countDossier(emptyCounters(), d, w)).length;
        expect(rows.flatMap(identityViolations)).toEqual([]);
        expect(identityViolations(total)).toEqual([]);
        expect(total.c3).toBe(counted);
        expect([...byAgency.values()].every((c) => form06Columns(c).c3 > 0)).toBe(true);
      }),
    );
  });

  it("per-agency counters add up to the counters of all dossiers together (nothing counted twice or lost)", () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 60 }), windowArb, (dossiers, w) => {
        const perAgency = [...aggregateCounters(dossiers, w, (d) => d.agencyId).values()].reduce(addCounters, emptyCounters());
        const together = aggregateCounters(dossiers, w, () => 0).get(0) ?? emptyCounters();
        expect(perAgency).toEqual(together);
      }),
    );
  });

  it("every sub-count stays within its population", () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 60 }), windowArb, (dossiers, w) => {
        const c = aggregateCounters(dossiers, w, () => 0).get(0) ?? emptyCounters();
        const { c3, c4, c5, c7, c10, c13 } = form06Columns(c);
        expect(c.resultPresent + c.resultMissing).toBe(c.resultExpected);
        expect(c.resultExpected).toBeLessThanOrEqual(c7);
        for (const defect of [c.resultBlank, c.resultArchive, c.resultIdentical]) expect(defect).toBeLessThanOrEqual(c.resultPresent);
        expect(c.resultDefective).toBeLessThanOrEqual(c.resultExpected);
        expect(c.resultDefective).toBeGreaterThanOrEqual(Math.max(c.resultMissing, c.resultBlank, c.resultArchive, c.resultIdentical));
        expect(c.digitisedWithResult).toBeLessThanOrEqual(c.resultPresent);
        for (const n of [c.synced, c.dueBeyondLegal, c.feeBearing, c.vneidVerified]) expect(n).toBeLessThanOrEqual(c4 + c5);
        expect(c.paidOnline).toBeLessThanOrEqual(c.feeBearing);
        expect(c.lateWithApology).toBeLessThanOrEqual(c10 + c13);
        expect(c.historyGap).toBeLessThanOrEqual(c3);
      }),
    );
  });

  it("what is in progress at the end of one quarter is exactly what the next quarter carries over (c6 = previous c11)", () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 60 }), fc.constantFrom<PeriodFamily>("reporting", "calendar"), fc.integer({ min: 1, max: 4 }), (dossiers, fam, q) => {
        const current = makePeriod(fam, "quarter", 2024, q);
        const previous = makePeriod(fam, "quarter", q === 1 ? 2023 : 2024, q === 1 ? 4 : q - 1);
        const before = aggregateCounters(dossiers, previous, (d) => d.agencyId);
        const now = aggregateCounters(dossiers, current, (d) => d.agencyId);
        for (const agency of [1, 2, 3, 4]) {
          expect(now.get(agency)?.c6 ?? 0).toBe(before.has(agency) ? form06Columns(before.get(agency)!).c11 : 0);
        }
      }),
    );
  });

  it("over a year, flows (received, resolved) add up over its quarters; stocks come from the ends: c6 from Q1, c12 and c13 from Q4", () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 60 }), fc.constantFrom<PeriodFamily>("reporting", "calendar"), (dossiers, fam) => {
        const total = (w: DateWindow) => form06Columns(aggregateCounters(dossiers, w, () => 0).get(0) ?? emptyCounters());
        const year = total(makePeriod(fam, "year", 2024));
        const quarters = [1, 2, 3, 4].map((q) => total(makePeriod(fam, "quarter", 2024, q)));
        const flows = sumColumns(quarters);
        expect([year.c4, year.c5, year.c8, year.c9, year.c10]).toEqual([flows.c4, flows.c5, flows.c8, flows.c9, flows.c10]);
        expect(year.c6).toBe(quarters[0]!.c6);
        expect([year.c12, year.c13]).toEqual([quarters[3]!.c12, quarters[3]!.c13]);
      }),
    );
  });
});
