import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyCounters, type Counters } from "@/lib/domain/counters";
import { FRAMEWORK_766 } from "@/lib/domain/framework-766";
import {
  computeIndicator,
  computeIndicatorGroups,
  EMPTY_DENOMINATOR_REASON,
  INDICATOR_COMPUTATIONS,
  NO_COMPUTATION_REASON,
  pointsFor,
  type IndicatorDefinition,
  type IndicatorInputs,
  type ProcedureCounts,
  type ScoringRule,
} from "@/lib/domain/indicators";

/** The seeded framework as the database holds it (lib/seed/reference.ts). */
const DEFINITIONS: IndicatorDefinition[] = FRAMEWORK_766.groups.flatMap((group) =>
  group.indicators.map((spec) => {
    const s: { threshold?: number; notComputedReason?: string } = spec;
    return { code: spec.code, name: spec.name, groupCode: group.code, maxPoints: spec.maxPoints, rule: spec.rule, threshold: s.threshold ?? null, notComputedReason: s.notComputedReason ?? null, approximate: true };
  }),
);
const GROUPS = FRAMEWORK_766.groups.map(({ code, name, maxPoints }) => ({ code, name, maxPoints }));
const def = (code: string) => DEFINITIONS.find((d) => d.code === code)!;

const noProcedures: ProcedureCounts = { inCompetence: 0, published: 0, online: 0, onlineWithOnlineDossier: 0, feeBearing: 0, feeDataPublished: 0, feeBearingWithOnlinePayment: 0 };
const counters = (over: Partial<Counters>): Counters => ({ ...emptyCounters(), ...over });

// c3 = 40 + 60 + 20 = 120 (100 newly received); c7 = 80; c11 = 40
const INPUTS: IndicatorInputs = {
  counters: counters({ c4: 40, c5: 60, c6: 20, c8: 50, c9: 20, c10: 10, c12: 25, c13: 15, synced: 90, feeBearing: 30, paidOnline: 12, vneidVerified: 25, resultExpected: 50, resultDefective: 5, digitisedWithResult: 20 }),
  procedures: { inCompetence: 200, published: 180, online: 150, onlineWithOnlineDossier: 60, feeBearing: 40, feeDataPublished: 36, feeBearingWithOnlinePayment: 20 },
};

describe("points of a rate", () => {
  it("LINEAR: max × rate", () => {
    expect(pointsFor("LINEAR", 6, 0.5, null)).toBe(3);
    expect(pointsFor("LINEAR", 20, 0.25, null)).toBe(5);
    expect(pointsFor("LINEAR", 6, 0, null)).toBe(0);
    expect(pointsFor("LINEAR", 6, 1, null)).toBe(6);
  });

  it("FULL_AT_THRESHOLD: max × min(1, rate ÷ threshold), full at and above the threshold", () => {
    expect(pointsFor("FULL_AT_THRESHOLD", 2, 0.4, 0.8)).toBe(1);
    expect(pointsFor("FULL_AT_THRESHOLD", 2, 0.8, 0.8)).toBe(2);
    expect(pointsFor("FULL_AT_THRESHOLD", 2, 0.95, 0.8)).toBe(2);
    expect(pointsFor("FULL_AT_THRESHOLD", 6, 0.25, 0.5)).toBe(3);
    expect(pointsFor("FULL_AT_THRESHOLD", 6, 0, 0.5)).toBe(0);
  });

  it("FULL_AT_THRESHOLD without a usable threshold (none, or 0) falls back to linear", () => {
    expect(pointsFor("FULL_AT_THRESHOLD", 2, 0.4, null)).toBe(0.8);
    expect(pointsFor("FULL_AT_THRESHOLD", 2, 0.4, 0)).toBe(0.8);
  });

  it("LINEAR_FULL_IF_NONE is linear when there is a rate", () => {
    expect(pointsFor("LINEAR_FULL_IF_NONE", 6, 0.5, null)).toBe(3);
  });

  it("clamps the rate to 0–1 under every rule", () => {
    expect(pointsFor("LINEAR", 6, 1.4, null)).toBe(6);
    expect(pointsFor("LINEAR", 6, -0.2, null)).toBe(0);
    expect(pointsFor("FULL_AT_THRESHOLD", 2, 3, 0.8)).toBe(2);
    expect(pointsFor("FULL_AT_THRESHOLD", 2, -1, 0.8)).toBe(0);
    expect(pointsFor("LINEAR_FULL_IF_NONE", 6, 2, null)).toBe(6);
  });

  it("stays within 0..max, never decreases with the rate, and full-at-threshold never gives less than linear (property)", () => {
    const rule = fc.constantFrom<ScoringRule>("LINEAR", "FULL_AT_THRESHOLD", "LINEAR_FULL_IF_NONE");
    const rate = fc.double({ min: -1, max: 2, noNaN: true });
    const threshold = fc.option(fc.double({ min: 0.05, max: 1, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(rule, fc.integer({ min: 1, max: 20 }), rate, rate, threshold, (r, max, a, b, t) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const p = pointsFor(r, max, low, t);
        return p >= 0 && p <= max && p <= pointsFor(r, max, high, t) && pointsFor("FULL_AT_THRESHOLD", max, low, t) >= pointsFor("LINEAR", max, low, t);
      }),
    );
  });
});

describe("each computed indicator's numerator and denominator", () => {
  it.each([
    ["1.1", "published ÷ procedures in competence", 180, 200, 0.9, 5.4],
    ["1.4", "synced ÷ newly received (c4 + c5)", 90, 100, 0.9, 5.4],
    ["2.1", "(c8 + c9 + c12) ÷ c3", 95, 120, 95 / 120, (20 * 95) / 120],
    ["3.1", "online procedures ÷ in competence, full at 80%", 150, 200, 0.75, 1.875],
    ["3.2", "online procedures with an online dossier ÷ online procedures", 60, 150, 0.4, 1.6],
    // numerator and denominator stay dossier counts (the drill-down lists the c4 dossiers); the rate alone carries the sync factor
    ["3.3", "online ÷ received, rate × sync rate = (40 ÷ 100) × (90 ÷ 100), full at 50%", 40, 100, 0.36, 4.32],
    ["3.4", "fee data published ÷ fee-bearing procedures, full at 80%", 36, 40, 0.9, 2],
    ["3.5", "fee-bearing procedures with an online payment ÷ fee-bearing, full at 80%", 20, 40, 0.5, 1.25],
    ["3.6", "paid online ÷ fee-bearing dossiers", 12, 30, 0.4, 2.4],
    ["4.1", "valid results (expected − defective) ÷ expected results", 45, 50, 0.9, 5.4],
    ["4.2", "digitised with result ÷ expected results", 20, 50, 0.4, 1.6],
    ["4.5", "VNeID-verified ÷ newly received, on the full weight", 25, 100, 0.25, 1],
    ["5.3", "100% − overdue share = (c3 − c10 − c13) ÷ c3, full at 90%", 95, 120, 95 / 120, (6 * (95 / 120)) / 0.9],
  ])("%s = %s", (code, _reading, numerator, denominator, rate, points) => {
    const result = computeIndicator(def(code), INPUTS);
    expect(result).toMatchObject({ code, status: "computed", numerator, denominator, reason: null });
    expect(result.rate).toBeCloseTo(rate, 12);
    expect(result.points).toBeCloseTo(points, 12);
  });

  it("carries the definition's name, group, weight and approximate mark into the result", () => {
    expect(computeIndicator({ ...def("3.3"), approximate: false }, INPUTS)).toMatchObject({
      name: "Hồ sơ nộp trực tuyến", groupCode: "3", maxPoints: 6, approximate: false,
    });
  });

  it("computes exactly the framework's indicators that have no reason to be left out", () => {
    const computable = DEFINITIONS.filter((d) => d.notComputedReason === null).map((d) => d.code);
    expect(Object.keys(INDICATOR_COMPUTATIONS).sort()).toEqual(computable.sort());
    expect(computable).toHaveLength(13);
  });

  it("weighs 100 points in all, each group the sum of its indicators", () => {
    expect(GROUPS.reduce((s, g) => s + g.maxPoints, 0)).toBe(100);
    for (const g of FRAMEWORK_766.groups) expect(g.indicators.reduce((s, i) => s + i.maxPoints, 0), `group ${g.code}`).toBe(g.maxPoints);
  });
});

describe("indicators that are not computed", () => {
  it("a zero denominator gives 'not computed' with the reason, never zero or full points", () => {
    const empty: IndicatorInputs = { counters: emptyCounters(), procedures: noProcedures };
    for (const code of Object.keys(INDICATOR_COMPUTATIONS)) {
      expect(computeIndicator(def(code), empty), code).toMatchObject({ status: "not-computed", numerator: 0, denominator: 0, rate: null, points: null, reason: EMPTY_DENOMINATOR_REASON });
    }
  });

  it("a zero denominator is not computed even when the numerator is not zero", () => {
    const odd: IndicatorInputs = { counters: counters({ paidOnline: 3 }), procedures: { ...noProcedures, published: 5 } };
    expect(computeIndicator(def("3.6"), odd)).toMatchObject({ status: "not-computed", numerator: 3, denominator: 0, points: null });
    expect(computeIndicator(def("1.1"), odd)).toMatchObject({ status: "not-computed", numerator: 5, denominator: 0, points: null });
  });

  it("LINEAR_FULL_IF_NONE with a zero denominator gives full points, with no rate", () => {
    const noneReceived: IndicatorInputs = { counters: counters({ c6: 5, c13: 5 }), procedures: noProcedures };
    expect(computeIndicator({ ...def("1.4"), rule: "LINEAR_FULL_IF_NONE" }, noneReceived)).toEqual({
      code: "1.4", name: def("1.4").name, groupCode: "1", status: "computed", numerator: 0, denominator: 0, rate: null, points: 6, maxPoints: 6, reason: null, approximate: true,
    });
  });

  it("LINEAR_FULL_IF_NONE with a denominator is scored linearly", () => {
    expect(computeIndicator({ ...def("1.4"), rule: "LINEAR_FULL_IF_NONE" }, INPUTS)).toMatchObject({ status: "computed", rate: 0.9, points: 5.4 });
  });

  it("the definition's own reason wins over any computation and any rule", () => {
    expect(computeIndicator({ ...def("2.1"), notComputedReason: "Tạm dừng" }, INPUTS)).toMatchObject({ status: "not-computed", numerator: null, denominator: null, rate: null, points: null, reason: "Tạm dừng" });
    // 5.1 and 5.2 are "full if none", but petitions are not in the data: not computed, not full points
    for (const code of ["5.1", "5.2"]) {
      expect(computeIndicator(def(code), { counters: emptyCounters(), procedures: noProcedures })).toMatchObject({ status: "not-computed", points: null, reason: "Cần dữ liệu phản ánh, kiến nghị (PAKN), chưa được nhập vào hệ thống." });
    }
  });

  it("an unknown code is not computed, whatever its rule", () => {
    for (const rule of ["LINEAR", "LINEAR_FULL_IF_NONE"] as const) {
      expect(computeIndicator({ ...def("1.1"), code: "9.9", rule }, INPUTS)).toMatchObject({ code: "9.9", status: "not-computed", numerator: null, denominator: null, rate: null, points: null, reason: NO_COMPUTATION_REASON });
    }
  });
});

describe("group sums", () => {
  it("add the points and weights of computed indicators only", () => {
    const groups = computeIndicatorGroups(GROUPS, DEFINITIONS, INPUTS);
    const summary = groups.map((g) => ({ code: g.code, maxPoints: g.maxPoints, computedMaxPoints: g.computedMaxPoints, indicators: g.indicators.map((i) => i.code) }));
    expect(summary).toEqual([
      { code: "1", maxPoints: 18, computedMaxPoints: 12, indicators: ["1.1", "1.2", "1.3", "1.4"] },
      { code: "2", maxPoints: 20, computedMaxPoints: 20, indicators: ["2.1"] },
      { code: "3", maxPoints: 22, computedMaxPoints: 22, indicators: ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"] },
      { code: "4", maxPoints: 22, computedMaxPoints: 14, indicators: ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6"] },
      { code: "5", maxPoints: 18, computedMaxPoints: 6, indicators: ["5.1", "5.2", "5.3"] },
    ]);
    const points = groups.map((g) => g.points);
    [10.8, (20 * 95) / 120, 1.875 + 1.6 + 4.32 + 2 + 1.25 + 2.4, 5.4 + 1.6 + 1, (6 * (95 / 120)) / 0.9].forEach((expected, i) => expect(points[i]).toBeCloseTo(expected, 12));
  });

  it("count a full-if-none indicator with no denominator at its full weight", () => {
    const defs: IndicatorDefinition[] = [
      { ...def("1.1"), rule: "LINEAR_FULL_IF_NONE" },
      def("1.4"),
    ];
    const [group] = computeIndicatorGroups([GROUPS[0]!], defs, { counters: counters({ c4: 10, synced: 5 }), procedures: noProcedures });
    expect(group).toMatchObject({ code: "1", maxPoints: 18, points: 6 + 3, computedMaxPoints: 12 });
  });

  it("give a group with nothing computed 0 of 0 points, and leave out indicators of other groups", () => {
    const [group] = computeIndicatorGroups([{ code: "5", name: "Mức độ hài lòng", maxPoints: 18 }], DEFINITIONS, { counters: emptyCounters(), procedures: noProcedures });
    expect(group).toMatchObject({ code: "5", name: "Mức độ hài lòng", maxPoints: 18, points: 0, computedMaxPoints: 0 });
    expect(group!.indicators.map((i) => i.status)).toEqual(["not-computed", "not-computed", "not-computed"]);
    expect(computeIndicatorGroups([{ code: "6", name: "Khác", maxPoints: 0 }], DEFINITIONS, INPUTS)).toEqual([{ code: "6", name: "Khác", maxPoints: 0, points: 0, computedMaxPoints: 0, indicators: [] }]);
  });

  it("never give more points than computed weight, nor computed weight above the group's (property)", () => {
    const n = fc.integer({ min: 0, max: 50 });
    const inputs = fc.record({
      c4: n, c5: n, c6: n, c8: n, c9: n, c10: n, c12: n, c13: n, synced: n, feeBearing: n, paidOnline: n, vneidVerified: n, resultExpected: n, resultDefective: n, digitisedWithResult: n,
      inCompetence: n, published: n, online: n, onlineWithOnlineDossier: n, feeDataPublished: n, feeBearingWithOnlinePayment: n, feeProcedures: n,
    });
    fc.assert(
      fc.property(inputs, (v) => {
        const c = counters({ ...v, synced: Math.min(v.synced, v.c4 + v.c5), paidOnline: Math.min(v.paidOnline, v.feeBearing), resultDefective: Math.min(v.resultDefective, v.resultExpected) });
        const procedures: ProcedureCounts = { ...v, feeBearing: v.feeProcedures };
        for (const g of computeIndicatorGroups(GROUPS, DEFINITIONS, { counters: c, procedures })) {
          expect(g.points).toBeGreaterThanOrEqual(0);
          expect(g.points).toBeLessThanOrEqual(g.computedMaxPoints + 1e-9);
          expect(g.computedMaxPoints).toBeLessThanOrEqual(g.maxPoints);
          for (const i of g.indicators) expect(i.status === "computed" ? i.points !== null : i.points === null && i.rate === null).toBe(true);
        }
      }),
    );
  });
});
