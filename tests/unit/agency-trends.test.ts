import { describe, expect, it } from "vitest";
import { emptyCounters, type Counters } from "@/lib/domain/counters";
import { parsePeriod, periodsBackFrom } from "@/lib/domain/periods";
import { indexSeries, thresholdBand, trendSeries } from "@/lib/domain/agency-trends";
import type { PenaltyRuleSet } from "@/lib/domain/scorecard";

const counters = (values: Partial<Counters>): Counters => ({ ...emptyCounters(), ...values });

describe("threshold band", () => {
  it("is exceeded strictly above the threshold only", () => {
    expect(thresholdBand(0.021, 0.02)).toBe("exceeded");
    expect(thresholdBand(0.02, 0.02)).toBe("near");
    expect(thresholdBand(0.015, 0.02)).toBe("near");
    expect(thresholdBand(0.0149, 0.02)).toBe("within");
    expect(thresholdBand(0, 0.02)).toBe("within");
  });

  it("has no band without a rule, and a zero threshold is exceeded by any late dossier", () => {
    expect(thresholdBand(0.5, null)).toBe("no-rule");
    expect(thresholdBand(0, 0)).toBe("within");
    expect(thresholdBand(0.001, 0)).toBe("exceeded");
  });
});

describe("trend series", () => {
  const rules: PenaltyRuleSet[] = [
    { id: 1, validFrom: "2020-01-01", rules: [{ level: "SO", threshold: 0.02, points: 0.5 }, { level: "XA", threshold: 0.035, points: 0.5 }] },
    // a new version from 1/3/2026: reporting Q1 2026 (ends 14/03/2026) is the first it applies to
    { id: 2, validFrom: "2026-03-01", rules: [{ level: "SO", threshold: 0.01, points: 1 }] },
  ];
  const periods = periodsBackFrom(parsePeriod("2026-Q1", "reporting"), 3); // 2026-Q1, 2025-Q4, 2025-Q3

  it("puts the oldest period first and reads the flow and the share from the counters", () => {
    const series = trendSeries([
      { period: periods[0]!, counters: counters({ c4: 30, c5: 60, c6: 10, c8: 50, c9: 20, c10: 5, c12: 20, c13: 5 }) },
      { period: periods[1]!, counters: counters({ c4: 10, c5: 10, c8: 18, c12: 2 }) },
      { period: periods[2]!, counters: emptyCounters() },
    ], "SO", rules);
    expect(series.map((p) => p.period.code)).toEqual(["2025-Q3", "2025-Q4", "2026-Q1"]);
    expect(series.map((p) => p.label)).toEqual(["Quý III/2025", "Quý IV/2025", "Quý I/2026"]);
    const last = series[2]!;
    expect([last.received, last.resolved, last.counted, last.late]).toEqual([90, 75, 100, 10]);
    expect(last.overdueShare).toBeCloseTo(0.1);
    expect(last.band).toBe("exceeded");
    expect(series[1]!.overdueShare).toBe(0);
    expect(series[1]!.band).toBe("within");
  });

  it("has no share for a period without counted dossiers", () => {
    const [empty] = trendSeries([{ period: periods[2]!, counters: emptyCounters() }], "SO", rules);
    expect(empty!.overdueShare).toBeNull();
    expect(empty!.band).toBeNull();
    expect(empty!.threshold).toBe(0.02);
  });

  it("takes each period's threshold from the rule version in force on its last day, for the agency's level", () => {
    const windows = periods.map((period) => ({ period, counters: counters({ c5: 100, c8: 100 }) }));
    expect(trendSeries(windows, "SO", rules).map((p) => p.threshold)).toEqual([0.02, 0.02, 0.01]);
    // the new version has no rule for communes: no threshold from Q1 2026 on
    expect(trendSeries(windows, "XA", rules).map((p) => p.threshold)).toEqual([0.035, 0.035, null]);
    expect(trendSeries(windows, "XA", rules)[2]!.band).toBe("no-rule");
    expect(trendSeries(windows, "SO", []).map((p) => p.threshold)).toEqual([null, null, null]);
  });
});

describe("766 series", () => {
  it("pivots the group points per period, oldest first", () => {
    const q1 = parsePeriod("2026-Q1", "calendar");
    const q4 = parsePeriod("2025-Q4", "calendar");
    const rows = indexSeries([
      { period: q1, points: 50, computedMaxPoints: 60, groups: [{ code: "1", points: 10 }, { code: "2", points: 40 }] },
      { period: q4, points: 45, computedMaxPoints: 60, groups: [{ code: "1", points: 9 }, { code: "2", points: 36 }] },
    ]);
    expect(rows.map((r) => r.period.code)).toEqual(["2025-Q4", "2026-Q1"]);
    expect(rows[1]).toMatchObject({ label: "Quý I/2026", points: 50, computedMaxPoints: 60, groups: { "1": 10, "2": 40 } });
  });
});
