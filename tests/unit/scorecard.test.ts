import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyCounters, type Counters } from "@/lib/domain/counters";
import { parsePeriod } from "@/lib/domain/periods";
import {
  overdueShare,
  penaltyFor,
  rankWithinLevels,
  ratio,
  ruleSetInForce,
  scorecardMetrics,
  type AgencyLevel,
  type PenaltyRuleSet,
} from "@/lib/domain/scorecard";

/** An Giang (2020): 2% for provincial departments, 3.5% for districts, 0.5 points each time. */
const AN_GIANG: PenaltyRuleSet = {
  id: 1,
  validFrom: "2020-01-01",
  rules: [
    { level: "SO", threshold: 0.02, points: 0.5 },
    { level: "HUYEN", threshold: 0.035, points: 0.5 },
  ],
};
const share = (c3: number, c10: number, c13: number) => overdueShare({ c3, c10, c13 });

describe("overdue share = (resolved late + in progress past due) ÷ received total", () => {
  it("divides c10 + c13 by c3", () => {
    expect(share(200, 3, 5)).toBe(0.04);
    expect(share(4, 1, 0)).toBe(0.25);
    expect(share(4, 0, 1)).toBe(0.25);
    expect(share(10, 0, 0)).toBe(0);
    expect(share(7, 4, 3)).toBe(1);
  });

  it("is 0 for an agency with no dossier in the window", () => {
    expect(share(0, 0, 0)).toBe(0);
  });
});

describe("penalty: exceeding means strictly greater than the threshold", () => {
  it("does not penalise a share exactly at the threshold (2% of departments, 3.5% of districts)", () => {
    expect(penaltyFor(share(100, 1, 1), "SO", AN_GIANG)).toEqual({ threshold: 0.02, points: 0.5, exceeded: false });
    expect(penaltyFor(share(350, 4, 3), "SO", AN_GIANG)).toEqual({ threshold: 0.02, points: 0.5, exceeded: false });
    expect(penaltyFor(share(200, 7, 0), "HUYEN", AN_GIANG)).toEqual({ threshold: 0.035, points: 0.5, exceeded: false });
    expect(penaltyFor(share(1000, 20, 15), "HUYEN", AN_GIANG)).toEqual({ threshold: 0.035, points: 0.5, exceeded: false });
  });

  it("penalises a share just above the threshold", () => {
    expect(penaltyFor(share(100, 1, 2), "SO", AN_GIANG)?.exceeded).toBe(true);
    expect(penaltyFor(share(10_000, 100, 101), "SO", AN_GIANG)?.exceeded).toBe(true); // 2.01%
    expect(penaltyFor(share(1000, 20, 16), "HUYEN", AN_GIANG)?.exceeded).toBe(true); // 3.6%
  });

  it("applies each level's own threshold: 3% exceeds the department limit but not the district one", () => {
    expect(penaltyFor(0.03, "SO", AN_GIANG)?.exceeded).toBe(true);
    expect(penaltyFor(0.03, "HUYEN", AN_GIANG)?.exceeded).toBe(false);
  });

  it("has no outcome (null) for a level without a rule, or without a rule set", () => {
    expect(penaltyFor(0.5, "XA", AN_GIANG)).toBeNull();
    expect(penaltyFor(0.5, "TINH", AN_GIANG)).toBeNull();
    expect(penaltyFor(0.5, "SO", null)).toBeNull();
    expect(penaltyFor(0.5, "SO", { id: 2, validFrom: "2020-01-01", rules: [] })).toBeNull();
  });

  it("exceeds for share > threshold and only then, for any counts (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), fc.constantFrom<AgencyLevel>("SO", "HUYEN"), (c3, overdue, level) => {
        const late = Math.min(overdue, c3);
        const perMille = level === "SO" ? 20 : 35;
        // exact integer comparison of late ÷ c3 with the limit
        const strictlyAbove = late * 1000 > perMille * c3;
        return penaltyFor(share(c3, late, 0), level, AN_GIANG)?.exceeded === strictlyAbove;
      }),
    );
  });
});

describe("the rule set in force on the window's last day", () => {
  const original = { id: 1, validFrom: "2020-01-01" };
  const revised = { id: 2, validFrom: "2024-06-15" };
  const later = { id: 3, validFrom: "2025-01-01" };
  const sets = [revised, later, original];

  it("is the latest valid on or before the date", () => {
    expect(ruleSetInForce(sets, "2024-06-14")?.id).toBe(1);
    expect(ruleSetInForce(sets, "2024-06-15")?.id).toBe(2);
    expect(ruleSetInForce(sets, "2024-12-31")?.id).toBe(2);
    expect(ruleSetInForce(sets, "2025-01-01")?.id).toBe(3);
    expect(ruleSetInForce(sets, "2030-01-01")?.id).toBe(3);
  });

  it("never applies a rule set that became valid after the window ended", () => {
    expect(ruleSetInForce(sets, parsePeriod("2024-Q2", "reporting").end)?.id).toBe(1); // ends 14/06/2024
    expect(ruleSetInForce(sets, parsePeriod("2024-Q2", "calendar").end)?.id).toBe(2); // ends 30/06/2024
    expect(ruleSetInForce(sets, parsePeriod("2024", "reporting").end)?.id).toBe(2); // ends 14/12/2024
  });

  it("is null before the first rule set, and with none", () => {
    expect(ruleSetInForce(sets, "2019-12-31")).toBeNull();
    expect(ruleSetInForce([], "2024-01-01")).toBeNull();
  });

  it("does not depend on the order the rule sets come in (property)", () => {
    const date = fc.constantFrom("2019-12-31", "2020-01-01", "2024-06-14", "2024-06-15", "2024-12-31", "2025-01-01");
    fc.assert(fc.property(fc.shuffledSubarray(sets), date, (subset, d) => {
      const expected = subset.filter((s) => s.validFrom <= d).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] ?? null;
      return ruleSetInForce(subset, d) === expected;
    }));
  });
});

describe("scorecard metrics", () => {
  const counters = (over: Partial<Counters>): Counters => ({ ...emptyCounters(), ...over });

  it("computes every figure from the counters", () => {
    const c = counters({ c4: 60, c5: 30, c6: 10, c8: 50, c9: 20, c10: 5, c12: 20, c13: 5, lateWithApology: 6, synced: 72, resultDefective: 3, historyGap: 2, dueBeyondLegal: 4 });
    expect(scorecardMetrics(c)).toEqual({
      columns: { c3: 100, c4: 60, c5: 30, c6: 10, c7: 75, c8: 50, c9: 20, c10: 5, c11: 25, c12: 20, c13: 5 },
      overdueShare: 0.1,
      late: 10,
      lateWithoutApology: 4,
      apologyCoverage: 0.6,
      syncRate: 0.8,
      unsynced: 18,
      resultFileDefects: 3,
      historyGaps: 2,
      dueBeyondLegal: 4,
    });
  });

  it("counts in progress past due as late for the apology coverage, not only resolved late", () => {
    expect(scorecardMetrics(counters({ c6: 4, c13: 4, lateWithApology: 1 }))).toMatchObject({ late: 4, lateWithoutApology: 3, apologyCoverage: 0.25 });
  });

  it("has no apology coverage without a late dossier, and no sync rate without a newly received one", () => {
    const m = scorecardMetrics(counters({ c6: 3, c8: 2, c12: 1 }));
    expect(m.apologyCoverage).toBeNull();
    expect(m.syncRate).toBeNull();
    expect(m.unsynced).toBe(0);
    expect(m.overdueShare).toBe(0);
  });

  it("ratio is null for a zero denominator, else the quotient", () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(0, 5)).toBe(0);
    expect(ratio(3, 4)).toBe(0.75);
  });
});

describe("ranking: competition ranks by overdue share, separately within each level", () => {
  const ranks = (rows: { key: string; level: AgencyLevel; overdueShare: number }[]) => Object.fromEntries(rankWithinLevels(rows));

  it("ranks the lowest share first and gives equal shares the same rank, skipping the next (1, 2, 2, 4)", () => {
    expect(ranks([
      { key: "a", level: "SO", overdueShare: 0.05 },
      { key: "b", level: "SO", overdueShare: 0.01 },
      { key: "c", level: "SO", overdueShare: 0.03 },
      { key: "d", level: "SO", overdueShare: 0.03 },
    ])).toEqual({ b: 1, c: 2, d: 2, a: 4 });
  });

  it("shares a rank at the top and at the bottom too", () => {
    expect(ranks([
      { key: "a", level: "XA", overdueShare: 0 },
      { key: "b", level: "XA", overdueShare: 0 },
      { key: "c", level: "XA", overdueShare: 0.2 },
      { key: "d", level: "XA", overdueShare: 0.2 },
      { key: "e", level: "XA", overdueShare: 0.2 },
    ])).toEqual({ a: 1, b: 1, c: 3, d: 3, e: 3 });
  });

  it("ranks each level on its own, each from 1", () => {
    expect(ranks([
      { key: "so-1", level: "SO", overdueShare: 0.04 },
      { key: "huyen-1", level: "HUYEN", overdueShare: 0.01 },
      { key: "so-2", level: "SO", overdueShare: 0.02 },
      { key: "huyen-2", level: "HUYEN", overdueShare: 0.04 },
      { key: "xa-1", level: "XA", overdueShare: 0.5 },
    ])).toEqual({ "so-2": 1, "so-1": 2, "huyen-1": 1, "huyen-2": 2, "xa-1": 1 });
  });

  it("treats shares of equal value computed from different counts as ties (1/4 = 2/8)", () => {
    expect(ranks([
      { key: "a", level: "SO", overdueShare: share(4, 1, 0) },
      { key: "b", level: "SO", overdueShare: share(8, 1, 1) },
      { key: "c", level: "SO", overdueShare: share(8, 1, 0) },
    ])).toEqual({ c: 1, a: 2, b: 2 });
  });

  it("ranks nothing for no rows", () => {
    expect(rankWithinLevels([]).size).toBe(0);
  });

  it("rank = 1 + the number of agencies of the same level with a strictly lower share, whatever the input order (property)", () => {
    const row = fc.record({ level: fc.constantFrom<AgencyLevel>("SO", "HUYEN", "XA"), overdueShare: fc.constantFrom(0, 0.01, 0.02, 0.025, 0.5, 1) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (generated) => {
        const rows = generated.map((r, i) => ({ key: i, ...r }));
        const result = rankWithinLevels(rows);
        expect(result.size).toBe(rows.length);
        for (const r of rows) {
          expect(result.get(r.key)).toBe(1 + rows.filter((o) => o.level === r.level && o.overdueShare < r.overdueShare).length);
        }
      }),
    );
  });
});
