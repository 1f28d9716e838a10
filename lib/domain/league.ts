// The agency league table (issue 6 item 1): one row per agency of a window with its scorecard
// (lib/domain/scorecard.ts), its Bộ chỉ số 766 points, rank and change of rank; the colour band
// of its overdue share against the penalty threshold of its level; sorting, filtering and
// pagination of the rows. Pure: the service (lib/services/league.ts) loads the rows, the page and
// the export route show them.
//
// Readings:
// - Band: "exceeded" when the overdue share is strictly above the threshold of the agency's level
//   (the penalty applies: DOMAIN.md §7); "near" from three quarters of the threshold up to it
//   (the office's early warning: a few more late dossiers and the agency is penalised); "within"
//   below that; "none" when no rule covers the level (nothing to compare against).
// - Agencies valid in the window without a counted dossier are listed too (an agency with no
//   dossiers in a quarter is itself a finding: a sync gap, or work moved elsewhere) but are not
//   ranked: ranks are among agencies with counted dossiers (lib/stats/engine.ts scorecard).
// - Sorting keeps rows without a value (no rank, no ratio: nothing to divide) last in both
//   directions, so "worst first" and "best first" both start with real figures. Equal values
//   keep the engine's order: level, then rank, then agency code.
import type { Form06Column } from "./counters";
import type { AgencyLevel, PenaltyOutcome, ScorecardMetrics } from "./scorecard";
import { AGENCY_LEVEL_LABELS } from "@/lib/format";

/** Levels in the order the table groups them: province, departments, branches, vertical agencies, historic districts, communes. */
export const LEAGUE_LEVELS: readonly AgencyLevel[] = ["TINH", "SO", "CHINHANH", "NGANHDOC", "HUYEN", "XA"];

export type Band = "exceeded" | "near" | "within" | "none";

/** From this fraction of the threshold on, an agency is "near" it. */
export const NEAR_THRESHOLD_FRACTION = 0.75;

export function overdueBand(share: number, penalty: Pick<PenaltyOutcome, "threshold"> | null): Band {
  if (!penalty) return "none";
  if (share > penalty.threshold) return "exceeded";
  if (share >= penalty.threshold * NEAR_THRESHOLD_FRACTION) return "near";
  return "within";
}

export const BAND_LABELS: Record<Band, string> = {
  exceeded: "Vượt ngưỡng",
  near: "Sát ngưỡng",
  within: "Trong ngưỡng",
  none: "Không có ngưỡng",
};

/** How a change of rank reads: "▲ 2" and "tăng 2 bậc" (screen readers), or none without a previous rank. */
export function rankChangeText(change: number | null): { symbol: string; words: string } {
  if (change === null) return { symbol: "mới", words: "kỳ trước chưa được xếp hạng" };
  if (change > 0) return { symbol: `▲ ${change}`, words: `tăng ${change} bậc so với kỳ trước` };
  if (change < 0) return { symbol: `▼ ${-change}`, words: `giảm ${-change} bậc so với kỳ trước` };
  return { symbol: "=", words: "giữ nguyên thứ hạng so với kỳ trước" };
}

export interface LeagueAgency {
  id: number;
  code: string;
  name: string;
  level: AgencyLevel;
}

// the scorecard's columns and metrics as the table shows them (late = c10 + c13, the overdue share's numerator)
export interface LeagueRow extends Pick<ScorecardMetrics, "columns" | "overdueShare" | "late" | "lateWithoutApology" | "apologyCoverage" | "syncRate" | "unsynced" | "resultFileDefects"> {
  agency: LeagueAgency;
  /** false: valid in the window but no counted dossier (all figures 0, not ranked) */
  hasDossiers: boolean;
  penalty: PenaltyOutcome | null;
  band: Band;
  rank: number | null;
  rankOf: number | null;
  previousRank: number | null;
  rankChange: number | null;
  /** Bộ chỉ số 766 points of the computed indicators, and the most those could earn; null without a framework in force */
  points766: number | null;
  computedMax766: number | null;
}

/**
 * Whether an agency existed during a window (yyyy-MM-dd dates, inclusive; null = open-ended):
 * a district abolished on 1/7/2025 belongs to the windows before, a commune formed that day to
 * the windows after, and both to a window spanning the day.
 */
export function validInWindow(agency: { validFrom: string | null; validTo: string | null }, window: { start: string; end: string }): boolean {
  return (agency.validFrom === null || agency.validFrom <= window.end) && (agency.validTo === null || agency.validTo >= window.start);
}

/** Points deducted for the window: the rule's points when exceeded, 0 within, null without a rule. */
export function penaltyPoints(penalty: PenaltyOutcome | null): number | null {
  if (!penalty) return null;
  return penalty.exceeded ? penalty.points : 0;
}

// ── Columns ──────────────────────────────────────────────────────────────────────────────────

/** Dossier figures of lib/stats/drilldown.ts FIGURES a column links to (kept as strings: this module is pure). */
export type LeagueFigure = Form06Column | "late" | "lateWithoutApology" | "unsynced" | "resultDefective";

export type LeagueColumnKind = "text" | "integer" | "percent" | "decimal";

export interface LeagueColumn {
  /** URL id (?sap=, ?cot=) */
  id: string;
  header: string;
  /** longer text for the header's title and the column chooser */
  description: string;
  kind: LeagueColumnKind;
  value: (row: LeagueRow) => number | string | null;
  /** the dossiers behind the number (the explorer); absent = not a dossier count */
  figure?: LeagueFigure;
  visibleByDefault: boolean;
  /** the first click sorts descending (largest first) */
  descFirst: boolean;
  /** cannot be hidden */
  fixed?: boolean;
}

const form06 = (id: Form06Column, header: string, description: string, visibleByDefault: boolean): LeagueColumn => ({
  id, header, description, kind: "integer", value: (r) => r.columns[id], figure: id, visibleByDefault, descFirst: true,
});

export const LEAGUE_COLUMNS: readonly LeagueColumn[] = [
  { id: "coquan", header: "Cơ quan, đơn vị", description: "Tên cơ quan, đơn vị giải quyết", kind: "text", value: (r) => r.agency.name, visibleByDefault: true, descFirst: false, fixed: true },
  { id: "cap", header: "Cấp", description: "Cấp của cơ quan, đơn vị", kind: "text", value: (r) => AGENCY_LEVEL_LABELS[r.agency.level], visibleByDefault: true, descFirst: false },
  { id: "hang", header: "Hạng", description: "Thứ hạng theo tỷ lệ trễ hạn, quá hạn trong cùng cấp (1 = thấp nhất)", kind: "integer", value: (r) => r.rank, visibleByDefault: true, descFirst: false },
  { id: "thaydoi", header: "Thay đổi hạng", description: "Thay đổi thứ hạng so với kỳ trước (dương = tăng bậc)", kind: "integer", value: (r) => r.rankChange, visibleByDefault: true, descFirst: true },
  form06("c3", "Tiếp nhận", "Tổng số hồ sơ tiếp nhận (cột 3 Biểu 06)", true),
  form06("c4", "Mới trực tuyến", "Mới tiếp nhận trực tuyến (cột 4)", false),
  form06("c5", "Mới trực tiếp, bưu chính", "Mới tiếp nhận trực tiếp hoặc qua bưu chính (cột 5)", false),
  form06("c6", "Kỳ trước chuyển sang", "Từ kỳ trước chuyển sang (cột 6)", false),
  form06("c7", "Đã giải quyết", "Tổng số đã giải quyết (cột 7)", false),
  form06("c8", "Trước hạn", "Đã giải quyết trước hạn (cột 8)", true),
  form06("c9", "Đúng hạn", "Đã giải quyết đúng hạn (cột 9)", true),
  form06("c10", "Trễ hạn", "Đã giải quyết quá hạn — trễ hạn (cột 10)", true),
  form06("c11", "Đang giải quyết", "Tổng số đang giải quyết (cột 11)", false),
  form06("c12", "Đang trong hạn", "Đang giải quyết trong hạn (cột 12)", true),
  form06("c13", "Đang quá hạn", "Đang giải quyết quá hạn (cột 13)", true),
  { id: "tyle", header: "Tỷ lệ trễ, quá hạn", description: "(Trễ hạn + đang quá hạn) ÷ tiếp nhận", kind: "percent", value: (r) => (r.hasDossiers ? r.overdueShare : null), figure: "late", visibleByDefault: true, descFirst: true },
  { id: "trudiem", header: "Trừ điểm", description: "Điểm bị trừ theo ngưỡng tỷ lệ trễ, quá hạn của cấp", kind: "decimal", value: (r) => penaltyPoints(r.penalty), figure: "late", visibleByDefault: true, descFirst: true },
  { id: "xinloi", header: "Có thư xin lỗi", description: "Tỷ lệ hồ sơ trễ, quá hạn có thư xin lỗi; số liên kết là hồ sơ thiếu thư", kind: "percent", value: (r) => r.apologyCoverage, figure: "lateWithoutApology", visibleByDefault: true, descFirst: false },
  { id: "dongbo", header: "Đồng bộ", description: "Tỷ lệ hồ sơ mới tiếp nhận đã đồng bộ lên Cổng DVC quốc gia; liên kết là hồ sơ chưa đồng bộ", kind: "percent", value: (r) => r.syncRate, figure: "unsynced", visibleByDefault: true, descFirst: false },
  { id: "loifile", header: "Lỗi tệp kết quả", description: "Hồ sơ đã giải quyết có tệp kết quả thiếu, trống, nén hoặc trùng thành phần", kind: "integer", value: (r) => r.resultFileDefects, figure: "resultDefective", visibleByDefault: true, descFirst: true },
  { id: "diem766", header: "Điểm 766", description: "Điểm Bộ chỉ số 766 của các chỉ tiêu tính được từ dữ liệu của tỉnh", kind: "decimal", value: (r) => r.points766, visibleByDefault: true, descFirst: true },
];

export const LEAGUE_COLUMN_IDS = LEAGUE_COLUMNS.map((c) => c.id) as [string, ...string[]];
export const DEFAULT_VISIBLE_COLUMNS = LEAGUE_COLUMNS.filter((c) => c.visibleByDefault).map((c) => c.id);

export function leagueColumn(id: string): LeagueColumn {
  const column = LEAGUE_COLUMNS.find((c) => c.id === id);
  if (!column) throw new Error(`unknown league column ${id}`);
  return column;
}

/** The columns shown, in table order: the fixed ones always, the others when asked (default set when none is). */
export function visibleColumns(ids: readonly string[] | undefined): LeagueColumn[] {
  const wanted = new Set(ids && ids.length ? ids : DEFAULT_VISIBLE_COLUMNS);
  return LEAGUE_COLUMNS.filter((c) => c.fixed || wanted.has(c.id));
}

// ── Sorting, filtering, pagination ───────────────────────────────────────────────────────────

export type SortDirection = "asc" | "desc";

const levelIndex = (level: AgencyLevel) => LEAGUE_LEVELS.indexOf(level);
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** The engine's order: level, rank (unranked last), agency code. */
export function compareDefault(a: LeagueRow, b: LeagueRow): number {
  return levelIndex(a.agency.level) - levelIndex(b.agency.level)
    || (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY)
    || a.agency.code.localeCompare(b.agency.code);
}

/**
 * Rows sorted by a column. Rank sorts within each level (ranks of different levels are not
 * comparable); level sorts by LEAGUE_LEVELS; names by Vietnamese collation; values absent (null)
 * stay last whatever the direction.
 */
export function sortLeagueRows(rows: readonly LeagueRow[], columnId: string, direction: SortDirection): LeagueRow[] {
  const column = leagueColumn(columnId);
  const sign = direction === "asc" ? 1 : -1;
  const compare = (a: LeagueRow, b: LeagueRow): number => {
    if (column.id === "cap") return sign * (levelIndex(a.agency.level) - levelIndex(b.agency.level));
    if (column.id === "hang") {
      const level = levelIndex(a.agency.level) - levelIndex(b.agency.level);
      if (level !== 0) return level;
    }
    const x = column.value(a);
    const y = column.value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === "string" || typeof y === "string") return sign * collator.compare(String(x), String(y));
    return sign * (x - y);
  };
  return [...rows].sort((a, b) => compare(a, b) || compareDefault(a, b));
}

export interface LeagueFilter {
  level?: AgencyLevel;
  /** part of the name or code, without regard to case or diacritics */
  text?: string;
  /** only agencies over their level's threshold */
  exceededOnly?: boolean;
}

/** Lower case without diacritics ("Đồng Tháp" → "dong thap"), for searching names as people type them. */
export function searchKey(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").replaceAll("đ", "d").replaceAll("Đ", "D").toLowerCase().trim();
}

export function filterLeagueRows(rows: readonly LeagueRow[], filter: LeagueFilter): LeagueRow[] {
  const text = filter.text ? searchKey(filter.text) : "";
  return rows.filter((r) =>
    (!filter.level || r.agency.level === filter.level)
    && (!text || searchKey(r.agency.name).includes(text) || r.agency.code.toLowerCase().includes(text))
    && (!filter.exceededOnly || r.band === "exceeded"));
}

/** Page `page` (1-based, clamped to the last page) of `pageSize` rows. */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * pageSize, current * pageSize), page: current, pages };
}
