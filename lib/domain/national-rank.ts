// The province's place among all provinces on the national portal's Bộ chỉ số 766 (imported
// snapshots, DATA_FORMATS.md §6), over consecutive calendar periods of one kind.
//
// The break of 2025: 63 provinces were ranked until June 2025, 34 from July 2025 (merger of
// provinces). A rank is only meaningful against the number of provinces ranked with it, so:
// - a rank is always shown with its basis ("12/63", "5/34");
// - the change of rank between two consecutive periods is given only when both ranked the same
//   number of provinces; across a change of basis the change is "not comparable", never a number;
// - the relative position (share of the other provinces ranked below) is comparable across the
//   break as a position, and is what the page offers in place of a rank difference;
// - the rank chart draws one line per basis segment, so no line joins ranks across a break.
// The total score (0–100 points, same framework) is shown across the break with its change.
// Reading: the break is read from the data (SoTinh changes between consecutive snapshots), not
// from a date, so a later reorganisation is handled the same way.
import { periodName, type Period } from "./periods";

/** The group scores of a snapshot, as the national portal shows them (6 groups since the online group was split). */
export const SNAPSHOT_GROUPS = [
  { key: "transparency", label: "Công khai, minh bạch", maxPoints: 18 },
  { key: "progress", label: "Tiến độ, kết quả giải quyết", maxPoints: 20 },
  { key: "onlineService", label: "Dịch vụ công trực tuyến", maxPoints: 12 },
  { key: "onlinePayment", label: "Thanh toán trực tuyến", maxPoints: 10 },
  { key: "satisfaction", label: "Mức độ hài lòng", maxPoints: 18 },
  { key: "digitisation", label: "Số hóa hồ sơ", maxPoints: 22 },
] as const;
export type SnapshotGroupKey = (typeof SNAPSHOT_GROUPS)[number]["key"];

export interface IndexSnapshot {
  period: string;
  provinceCode: string;
  provinceName: string;
  total: number;
  rank: number;
  provincesRanked: number;
  groups: Record<SnapshotGroupKey, number | null>;
}

/** Share of the other provinces ranked below: 1 = first, 0 = last (a single province ranked: 1). */
export function aheadShare(rank: number, provincesRanked: number): number {
  return provincesRanked <= 1 ? 1 : (provincesRanked - rank) / (provincesRanked - 1);
}

/** "12/63" */
export function rankText(rank: number, provincesRanked: number): string {
  return `${rank}/${provincesRanked}`;
}

export type RankChange =
  /** no snapshot for this period, or none for the period just before */
  | { kind: "none" }
  /** previous rank − rank: positive when the province moved up */
  | { kind: "change"; change: number; previousRank: number; provincesRanked: number }
  /** the period before ranked a different number of provinces: ranks are not comparable */
  | { kind: "break"; previousRank: number; previousProvincesRanked: number; provincesRanked: number };

export interface RankPoint {
  period: Period;
  snapshot: IndexSnapshot | null;
  rankChange: RankChange;
  /** total − previous period's total, when both exist (comparable across the break) */
  totalChange: number | null;
  /** index of the run of snapshots ranking the same number of provinces (null without snapshot) */
  segment: number | null;
}

/**
 * The rank history of one province over `periods` (consecutive periods of one kind, oldest
 * first), from its snapshots (any order; other periods ignored).
 */
export function rankHistory(periods: readonly Period[], snapshots: readonly IndexSnapshot[]): RankPoint[] {
  const byPeriod = new Map(snapshots.map((s) => [s.period, s]));
  const points: RankPoint[] = [];
  let segment = -1;
  let lastBasis: number | null = null;
  periods.forEach((period, i) => {
    const snapshot = byPeriod.get(period.code) ?? null;
    const previous = i > 0 ? byPeriod.get(periods[i - 1]!.code) ?? null : null;
    if (snapshot && snapshot.provincesRanked !== lastBasis) {
      segment += 1;
      lastBasis = snapshot.provincesRanked;
    }
    let rankChange: RankChange = { kind: "none" };
    if (snapshot && previous) {
      rankChange = previous.provincesRanked === snapshot.provincesRanked
        ? { kind: "change", change: previous.rank - snapshot.rank, previousRank: previous.rank, provincesRanked: snapshot.provincesRanked }
        : { kind: "break", previousRank: previous.rank, previousProvincesRanked: previous.provincesRanked, provincesRanked: snapshot.provincesRanked };
    }
    points.push({
      period,
      snapshot,
      rankChange,
      totalChange: snapshot && previous ? Math.round((snapshot.total - previous.total) * 100) / 100 : null,
      segment: snapshot ? segment : null,
    });
  });
  return points;
}

export interface BasisBreak {
  /** the first period ranked on the new basis */
  period: Period;
  from: number;
  to: number;
}

/** Where the number of provinces ranked changes along a history (between consecutive snapshots, gaps skipped). */
export function basisBreaks(points: readonly RankPoint[]): BasisBreak[] {
  const breaks: BasisBreak[] = [];
  let last: number | null = null;
  for (const p of points) {
    if (!p.snapshot) continue;
    if (last !== null && p.snapshot.provincesRanked !== last) breaks.push({ period: p.period, from: last, to: p.snapshot.provincesRanked });
    last = p.snapshot.provincesRanked;
  }
  return breaks;
}

/** "Từ Quý III/2025: xếp hạng trong 34 tỉnh, thành (trước đó 63)" */
export function breakLabel(b: BasisBreak): string {
  return `Từ ${periodName(b.period)}: xếp hạng trong ${b.to} tỉnh, thành (trước đó ${b.from})`;
}

/** Vietnamese wording of a change of rank, saying so when it cannot be computed. */
export function rankChangeText(c: RankChange): string {
  switch (c.kind) {
    case "none": return "—";
    case "change": return c.change > 0 ? `tăng ${c.change} bậc` : c.change < 0 ? `giảm ${-c.change} bậc` : "giữ nguyên";
    case "break": return `không so sánh được (kỳ trước ${rankText(c.previousRank, c.previousProvincesRanked)}, nay xếp trong ${c.provincesRanked} tỉnh)`;
  }
}

/** One series of the rank chart: a province on one basis. */
export interface RankSeries {
  key: string;
  provinceCode: string;
  provinceName: string;
  provincesRanked: number;
  /** the first series of its province (the one named in the legend) */
  first: boolean;
}

export interface RankChartData {
  /** one row per period: its label, and the rank under each series key present in it */
  rows: ({ period: string; label: string } & Record<string, number | string>)[];
  series: RankSeries[];
}

/**
 * Rows for a line chart of ranks: every (province, basis segment) is its own series, so a line
 * never joins a rank on one basis to a rank on another.
 */
export function rankChartData(provinces: readonly { code: string; name: string; points: readonly RankPoint[] }[]): RankChartData {
  const series: RankSeries[] = [];
  const periods = provinces[0]?.points.map((p) => p.period) ?? [];
  const rows = periods.map((period) => ({ period: period.code, label: periodName(period) }) as RankChartData["rows"][number]);
  for (const province of provinces) {
    const seen = new Set<number>();
    province.points.forEach((p, i) => {
      if (!p.snapshot || p.segment === null) return;
      const key = `${province.code}_${p.segment}`;
      if (!seen.has(p.segment)) {
        series.push({ key, provinceCode: province.code, provinceName: p.snapshot.provinceName, provincesRanked: p.snapshot.provincesRanked, first: seen.size === 0 });
        seen.add(p.segment);
      }
      rows[i]![key] = p.snapshot.rank;
    });
  }
  return { rows, series };
}
