import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCounters, COUNTER_NAMES, emptyCounters, type Counters } from "@/lib/domain/counters";
import { FRAMEWORK_766 } from "@/lib/domain/framework-766";
import { computeIndicator, INDICATOR_COMPUTATIONS, type IndicatorDefinition, type IndicatorInputs, type ProcedureCounts } from "@/lib/domain/indicators";
import { agencyStakes, pointsAtStake, SHORTFALL_FIXES, shortfallOf, STAKE_INDICATORS } from "@/lib/domain/points-at-stake";

const DEFINITIONS: IndicatorDefinition[] = FRAMEWORK_766.groups.flatMap((group) =>
  group.indicators.map((spec) => {
    const s: { threshold?: number; notComputedReason?: string } = spec;
    return { code: spec.code, name: spec.name, groupCode: group.code, maxPoints: spec.maxPoints, rule: spec.rule, threshold: s.threshold ?? null, notComputedReason: s.notComputedReason ?? null, approximate: true };
  }),
);
const def = (code: string) => DEFINITIONS.find((d) => d.code === code)!;
const PROCEDURES: ProcedureCounts = { inCompetence: 10, published: 9, online: 8, onlineWithOnlineDossier: 4, feeBearing: 5, feeDataPublished: 4, feeBearingWithOnlinePayment: 2 };
const counters = (over: Partial<Counters>): Counters => ({ ...emptyCounters(), ...over });

// Department A: 100 counted dossiers (80 new: 20 online, 60 in person; 20 carried over),
// 10 resolved late and 15 past due; 60 of 80 synced. Commune B: 100 counted, all on time, all synced, 50 online.
const A = counters({ c4: 20, c5: 60, c6: 20, c8: 40, c9: 20, c10: 10, c12: 15, c13: 15, synced: 60, feeBearing: 40, paidOnline: 10, vneidVerified: 30, resultExpected: 50, resultDefective: 5, digitisedWithResult: 25 });
const B = counters({ c4: 50, c5: 50, c8: 60, c9: 10, c12: 30, synced: 100, feeBearing: 20, paidOnline: 20, vneidVerified: 100, resultExpected: 40, digitisedWithResult: 40 });
const PROVINCE: IndicatorInputs = { counters: addCounters(addCounters(emptyCounters(), A), B), procedures: PROCEDURES };

describe("points at stake of an agency", () => {
  it("2.1 (linear, 20 points): A's 25 late dossiers on time raise the province from 175/200 to 200/200: 2,5 points", () => {
    expect(pointsAtStake(def("2.1"), PROVINCE, A)).toEqual({ status: "computed", shortfall: 25, points: expect.closeTo(20 * (25 / 200), 12) });
  });

  it("1.4 (linear, 6 points): A's 20 unsynced of the province's 180 new dossiers: 6 × 20/180", () => {
    const stake = pointsAtStake(def("1.4"), PROVINCE, A);
    expect(stake).toMatchObject({ status: "computed", shortfall: 20 });
    expect(stake.status === "computed" && stake.points).toBeCloseTo(6 * (20 / 180), 12);
  });

  it("5.3 (full at 90%): the gain stops at the threshold", () => {
    // now 175/200 = 87.5% → 6 × 0.875/0.9; fixed 100% → full 6 points
    const stake = pointsAtStake(def("5.3"), PROVINCE, A);
    expect(stake.status === "computed" && stake.points).toBeCloseTo(6 - 6 * (0.875 / 0.9), 12);
  });

  it("full at threshold: nothing to gain when the province is already at the threshold, whatever the shortfall", () => {
    // 3.3: online share 70/180 × sync 160/180 = 34.6% < 50%; with B's 50 in-person dossiers online it reaches 120/180 × 160/180 = 59% ≥ 50%
    const b = pointsAtStake(def("3.3"), PROVINCE, B);
    expect(b.status === "computed" && b.points).toBeCloseTo(6 - 6 * (((70 / 180) * (160 / 180)) / 0.5), 12);
    // a province far above the threshold: B's online shortfall is worth nothing
    const high = counters({ ...B, c4: 95, c5: 5 });
    const highProvince = { counters: high, procedures: PROCEDURES };
    expect(pointsAtStake(def("3.3"), highProvince, high)).toEqual({ status: "computed", shortfall: 5, points: 0 });
  });

  it("3.3 holds the sync factor as it is: fixing online filing alone cannot make up for unsynced dossiers", () => {
    const agency = counters({ c4: 0, c5: 10, c9: 10, synced: 5 });
    const stake = pointsAtStake(def("3.3"), { counters: agency, procedures: PROCEDURES }, agency);
    // after: 10/10 online × 5/10 synced = 50% → full 6 points (threshold 50%), from 0
    expect(stake).toEqual({ status: "computed", shortfall: 10, points: 6 });
  });

  it("an agency with no shortfall has 0 points at stake", () => {
    expect(pointsAtStake(def("2.1"), PROVINCE, B)).toEqual({ status: "computed", shortfall: 0, points: 0 });
    expect(pointsAtStake(def("4.1"), PROVINCE, B)).toEqual({ status: "computed", shortfall: 0, points: 0 });
  });

  it("is not computed, with the reason, when the province's indicator is not computed or is not a dossier indicator", () => {
    const empty: IndicatorInputs = { counters: emptyCounters(), procedures: PROCEDURES };
    expect(pointsAtStake(def("2.1"), empty, emptyCounters())).toMatchObject({ status: "not-computed", shortfall: 0, reason: expect.stringContaining("mẫu số") });
    expect(pointsAtStake(def("4.4"), PROVINCE, A)).toMatchObject({ status: "not-computed", reason: def("4.4").notComputedReason });
    expect(pointsAtStake(def("1.1"), PROVINCE, A)).toMatchObject({ status: "not-computed", shortfall: null });
  });

  it("knows a fix for every dossier indicator whose dossiers the explorer lists", () => {
    expect(STAKE_INDICATORS).toEqual(["1.4", "2.1", "3.3", "3.6", "4.1", "4.2", "4.5", "5.3"]);
  });

  // consistent counters: the outcomes (8, 9, 10, 12, 13) split the counted dossiers, which split
  // into new (4, 5) and carried over (6); sub-populations no larger than their population
  const countersArb = fc.record(Object.fromEntries(COUNTER_NAMES.map((n) => [n, fc.nat(50)])) as Record<(typeof COUNTER_NAMES)[number], fc.Arbitrary<number>>).map((c) => {
    const counted = c.c8 + c.c9 + c.c10 + c.c12 + c.c13;
    const c6 = Math.min(c.c6, counted);
    const c4 = Math.min(c.c4, counted - c6);
    const received = counted - c6;
    const resultExpected = Math.min(c.resultExpected, c.c8 + c.c9 + c.c10);
    const feeBearing = Math.min(c.feeBearing, received);
    return { ...c, c4, c5: received - c4, c6, synced: Math.min(c.synced, received), vneidVerified: Math.min(c.vneidVerified, received), feeBearing,
      paidOnline: Math.min(c.paidOnline, feeBearing), resultExpected, resultDefective: Math.min(c.resultDefective, resultExpected),
      digitisedWithResult: Math.min(c.digitisedWithResult, resultExpected) } as Counters;
  });

  it("property: a fix fills the agency's numerator up to its denominator, the denominator unchanged", () => {
    fc.assert(fc.property(countersArb, (c) => {
      for (const code of STAKE_INDICATORS) {
        const before = INDICATOR_COMPUTATIONS[code]!({ counters: c, procedures: PROCEDURES });
        const after = INDICATOR_COMPUTATIONS[code]!({ counters: SHORTFALL_FIXES[code]!(c), procedures: PROCEDURES });
        expect(after.denominator, code).toBe(before.denominator);
        expect(after.numerator, code).toBe(after.denominator);
        expect(shortfallOf(code, c), code).toBe(before.denominator - before.numerator);
      }
    }));
  });

  it("property: the gain is never negative, never more than the points the province misses, and 0 without shortfall", () => {
    fc.assert(fc.property(countersArb, countersArb, (agency, rest) => {
      const province: IndicatorInputs = { counters: addCounters(addCounters(emptyCounters(), agency), rest), procedures: PROCEDURES };
      for (const code of STAKE_INDICATORS) {
        const stake = pointsAtStake(def(code), province, agency);
        const now = computeIndicator(def(code), province);
        if (now.status !== "computed") {
          expect(stake.status, code).toBe("not-computed");
          continue;
        }
        expect(stake.status, code).toBe("computed");
        if (stake.status !== "computed") continue;
        expect(stake.points, code).toBeGreaterThanOrEqual(0);
        expect(stake.points, code).toBeLessThanOrEqual(now.maxPoints - now.points! + 1e-9);
        if (stake.shortfall === 0) expect(stake.points, code).toBe(0);
      }
    }));
  });
});

describe("points at stake of every agency", () => {
  it("adds an agency's stakes over the indicators", () => {
    const [a, b] = agencyStakes(DEFINITIONS, PROVINCE, [{ agency: "A", counters: A }, { agency: "B", counters: B }]);
    expect(Object.keys(a!.stakes)).toEqual(STAKE_INDICATORS);
    const sum = Object.values(a!.stakes).reduce((s, x) => s + (x.status === "computed" ? x.points : 0), 0);
    expect(a!.total).toBeCloseTo(sum, 12);
    expect(a!.total).toBeGreaterThan(b!.total);
    expect(b!.stakes["2.1"]).toEqual({ status: "computed", shortfall: 0, points: 0 });
  });
});
