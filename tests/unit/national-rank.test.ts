import { describe, expect, it } from "vitest";
import { parsePeriod, periodsBackFrom } from "@/lib/domain/periods";
import {
  aheadShare, basisBreaks, breakLabel, rankChangeText, rankChartData, rankHistory, rankText, type IndexSnapshot,
} from "@/lib/domain/national-rank";

const quarters = (last: string, count: number) => periodsBackFrom(parsePeriod(last, "calendar"), count).reverse();
const snap = (period: string, rank: number, provincesRanked: number, total = 80, code = "H87"): IndexSnapshot => ({
  period, provinceCode: code, provinceName: code === "H87" ? "Đồng Tháp" : "Hà Nội", total, rank, provincesRanked,
  groups: { transparency: null, progress: null, onlineService: null, onlinePayment: null, satisfaction: null, digitisation: null },
});

// 2025-Q1, Q2 ranked among 63; Q3, Q4 among 34 (the merger of 1/7/2025)
const PERIODS = quarters("2025-Q4", 4);
const HISTORY = rankHistory(PERIODS, [snap("2025-Q1", 20, 63, 80.5), snap("2025-Q2", 12, 63, 82.25), snap("2025-Q3", 5, 34, 84), snap("2025-Q4", 7, 34, 83.1)]);

describe("rank history across the 2025 break", () => {
  it("gives the change of rank within one basis and refuses it across the break", () => {
    expect(HISTORY.map((p) => p.rankChange)).toEqual([
      { kind: "none" },
      { kind: "change", change: 8, previousRank: 20, provincesRanked: 63 },
      { kind: "break", previousRank: 12, previousProvincesRanked: 63, provincesRanked: 34 },
      { kind: "change", change: -2, previousRank: 5, provincesRanked: 34 },
    ]);
    expect(HISTORY.map((p) => rankChangeText(p.rankChange))).toEqual([
      "—", "tăng 8 bậc", "không so sánh được (kỳ trước 12/63, nay xếp trong 34 tỉnh)", "giảm 2 bậc",
    ]);
  });

  it("gives the change of the total score across the break (same 100-point scale)", () => {
    expect(HISTORY.map((p) => p.totalChange)).toEqual([null, 1.75, 1.75, -0.9]);
  });

  it("splits the history into segments of one basis and names the break", () => {
    expect(HISTORY.map((p) => p.segment)).toEqual([0, 0, 1, 1]);
    const breaks = basisBreaks(HISTORY);
    expect(breaks).toEqual([{ period: PERIODS[2], from: 63, to: 34 }]);
    expect(breakLabel(breaks[0]!)).toBe("Từ Quý III/2025: xếp hạng trong 34 tỉnh, thành (trước đó 63)");
  });

  it("gives no change next to a missing period, and finds the break across the gap", () => {
    const gap = rankHistory(PERIODS, [snap("2025-Q1", 20, 63), snap("2025-Q3", 5, 34), snap("2025-Q4", 5, 34)]);
    expect(gap.map((p) => p.rankChange.kind)).toEqual(["none", "none", "none", "change"]);
    expect(gap[1]).toMatchObject({ snapshot: null, segment: null, totalChange: null });
    expect(gap[3]!.rankChange).toMatchObject({ change: 0 });
    expect(rankChangeText(gap[3]!.rankChange)).toBe("giữ nguyên");
    expect(basisBreaks(gap).map((b) => b.period.code)).toEqual(["2025-Q3"]);
  });

  it("ignores snapshots of other periods and has no break when the basis never changes", () => {
    const steady = rankHistory(quarters("2024-Q4", 2), [snap("2024-Q3", 3, 63), snap("2024-Q4", 1, 63), snap("2024-09", 50, 63)]);
    expect(steady.map((p) => p.snapshot?.rank)).toEqual([3, 1]);
    expect(basisBreaks(steady)).toEqual([]);
  });
});

describe("rank with its basis and relative position", () => {
  it("writes the rank over the number ranked", () => {
    expect(rankText(12, 63)).toBe("12/63");
    expect(rankText(5, 34)).toBe("5/34");
  });

  it("gives the share of the other provinces ranked below: first 1, last 0", () => {
    expect(aheadShare(1, 63)).toBe(1);
    expect(aheadShare(63, 63)).toBe(0);
    expect(aheadShare(12, 63)).toBeCloseTo(51 / 62, 12);
    expect(aheadShare(5, 34)).toBeCloseTo(29 / 33, 12);
    expect(aheadShare(1, 1)).toBe(1);
  });
});

describe("rank chart data", () => {
  it("draws one series per province and basis, so no line joins ranks across the break", () => {
    const other = rankHistory(PERIODS, [snap("2025-Q2", 1, 63, 90, "H01"), snap("2025-Q3", 1, 34, 91, "H01")]);
    const { rows, series } = rankChartData([{ code: "H87", name: "Đồng Tháp", points: HISTORY }, { code: "H01", name: "Hà Nội", points: other }]);
    expect(series.map((s) => [s.key, s.provincesRanked, s.first])).toEqual([
      ["H87_0", 63, true], ["H87_1", 34, false], ["H01_0", 63, true], ["H01_1", 34, false],
    ]);
    expect(rows.map((r) => r.label)).toEqual(["Quý I/2025", "Quý II/2025", "Quý III/2025", "Quý IV/2025"]);
    for (const s of series) {
      // a series has values only in the periods of its own basis
      const present = rows.map((r, i) => (s.key in r ? i : null)).filter((i) => i !== null);
      const basisOf = (i: number) => (i < 2 ? 63 : 34);
      expect(present.every((i) => basisOf(i!) === s.provincesRanked), s.key).toBe(true);
    }
    expect(rows[1]).toMatchObject({ H87_0: 12, H01_0: 1 });
    expect(rows[2]).toMatchObject({ H87_1: 5, H01_1: 1 });
    expect(rows[0]).not.toHaveProperty("H01_0");
  });
});
