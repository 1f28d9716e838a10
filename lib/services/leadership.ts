import "server-only";
// The leadership view (/chi-so-766): the province's Bộ chỉ số 766 score and rank among all
// provinces over time (imported national snapshots), compared with chosen provinces, and the
// locally computed indicators showing which agencies lose the most points. Province-wide reading
// only (ADMIN, OFFICE, LEADERSHIP): a focal officer is refused, and the refusal audited.
import { sharedRead } from "@/lib/shared-read";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { SqlClient } from "@/lib/db/sql";
import { canViewProvince, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { enforce } from "@/lib/services/audit";
import { pagePeriod } from "@/components/period-fields";
import { formatIsoDate, periodLabel, periodName, periodsBackFrom, type Period, type PeriodKind } from "@/lib/domain/periods";
import { aheadShare, basisBreaks, rankHistory, rankText, rankChangeText, SNAPSHOT_GROUPS, type BasisBreak, type IndexSnapshot, type RankPoint } from "@/lib/domain/national-rank";
import { STAKE_INDICATORS } from "@/lib/domain/points-at-stake";
import type { AgencyLevel } from "@/lib/domain/scorecard";
import { FrameworkMissingError, index766Stakes, type AgencyRef, type IndexStakes } from "@/lib/stats/engine";
import type { ExportColumn, ExportTable } from "@/lib/export/table";
import { AGENCY_LEVEL_LABELS } from "@/lib/format";

/** At most this many provinces compared with the province (a chart stays readable). */
export const MAX_COMPARED = 5;
export const AGENCY_PAGE_SIZE = 15;
/** How far back the history goes, by the kind of the chosen period (each reaches back past July 2025 from 2026). */
const HISTORY_LENGTH: Partial<Record<PeriodKind, number>> = { month: 24, quarter: 12, year: 6 };

const AGENCY_LEVELS = ["TINH", "SO", "CHINHANH", "NGANHDOC", "HUYEN", "XA"] as const satisfies readonly AgencyLevel[];
export const AGENCY_SORTS = ["tong", "ten", ...STAKE_INDICATORS] as const;
export type AgencySort = (typeof AGENCY_SORTS)[number];

const ProvinceCode = z.string().trim().toUpperCase().regex(/^[A-Z0-9]{2,10}$/);

/** The page's URL state: ?ky=2026-Q3&so-sanh=H01,H79&cap=SO&sap=tong&chieu=giam&trang=1&trinh-chieu=1 */
export const LeadershipQuery = z.object({
  ky: z.string().trim().max(20).optional().catch(undefined),
  /** province codes, comma-separated or repeated; unknown or malformed codes dropped */
  "so-sanh": z.union([z.string(), z.array(z.string())]).optional().catch(undefined)
    .transform((v) => [...new Set((Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(",")).map((s) => ProvinceCode.safeParse(s)).flatMap((r) => (r.success ? [r.data] : [])))]),
  cap: z.enum(AGENCY_LEVELS).optional().catch(undefined),
  sap: z.enum(AGENCY_SORTS).default("tong").catch("tong"),
  chieu: z.enum(["tang", "giam"]).optional().catch(undefined),
  trang: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  /** large type for a projector */
  "trinh-chieu": z.enum(["1"]).optional().catch(undefined),
});
export type LeadershipQuery = z.infer<typeof LeadershipQuery>;

/** The page's query string of a state (defaults left out), for links, forms and exports. */
export function leadershipQueryString(q: Partial<LeadershipQuery> & { ky?: string }): string {
  const params = new URLSearchParams();
  if (q.ky) params.set("ky", q.ky);
  if (q["so-sanh"]?.length) params.set("so-sanh", q["so-sanh"].join(","));
  if (q.cap) params.set("cap", q.cap);
  if (q.sap && q.sap !== "tong") params.set("sap", q.sap);
  if (q.chieu) params.set("chieu", q.chieu);
  if (q.trang && q.trang > 1) params.set("trang", String(q.trang));
  if (q["trinh-chieu"]) params.set("trinh-chieu", q["trinh-chieu"]);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export interface ProvinceHistory {
  code: string;
  name: string;
  points: RankPoint[];
}

export interface AgencyStakeRow {
  agency: AgencyRef;
  stakes: IndexStakes["agencies"][number]["stakes"];
  total: number;
}

export interface LocalIndicators {
  stakes: IndexStakes;
  /** the dossier indicators whose points at stake are shown, in framework order */
  stakeCodes: string[];
  rows: AgencyStakeRow[];
  totalRows: number;
  levels: AgencyLevel[];
}

export interface LeadershipView {
  province: { code: string; name: string };
  period: Period;
  /** no snapshot of any period has been imported */
  noSnapshots: boolean;
  /** the history's periods, oldest first */
  periods: Period[];
  own: ProvinceHistory;
  compared: ProvinceHistory[];
  /** provinces that can be compared (those with a snapshot in the history's periods), by name */
  comparable: { code: string; name: string }[];
  breaks: BasisBreak[];
  /** the latest point of the province's history that has a snapshot (the chosen period when imported) */
  latest: RankPoint | null;
  /** null when no framework version is in force for the period */
  local: LocalIndicators | null;
  localMissing: string | null;
  query: LeadershipQuery;
}

interface SnapshotRow {
  period: string; province_code: string; province_name: string; total: string; rank: number; provinces_ranked: number;
  transparency: string | null; progress: string | null; online_service: string | null; online_payment: string | null; satisfaction: string | null; digitisation: string | null;
}

const num = (v: string | null) => (v === null ? null : Number(v));
function snapshotOf(r: SnapshotRow): IndexSnapshot {
  return {
    period: r.period, provinceCode: r.province_code, provinceName: r.province_name, total: Number(r.total), rank: r.rank, provincesRanked: r.provinces_ranked,
    groups: { transparency: num(r.transparency), progress: num(r.progress), onlineService: num(r.online_service), onlinePayment: num(r.online_payment), satisfaction: num(r.satisfaction), digitisation: num(r.digitisation) },
  };
}

async function authorize(database: Db, viewer: Viewer, request: RequestInfo): Promise<{ code: string; name: string }> {
  await enforce(database, viewer, canViewProvince(viewer), "leadership.view", request);
  const province = await database.province.findUniqueOrThrow({ where: { id: viewer.provinceId }, select: { code: true, name: true } });
  return province;
}

function sortRows(rows: AgencyStakeRow[], sort: AgencySort, direction: "tang" | "giam"): AgencyStakeRow[] {
  const sign = direction === "tang" ? 1 : -1;
  const pointsOf = (r: AgencyStakeRow) => {
    if (sort === "tong") return r.total;
    const s = r.stakes[sort];
    // not computed sorts below every computed stake, whichever the direction
    return s?.status === "computed" ? s.points : null;
  };
  return [...rows].sort((a, b) => {
    if (sort === "ten") return sign * a.agency.name.localeCompare(b.agency.name, "vi") || a.agency.code.localeCompare(b.agency.code);
    const pa = pointsOf(a);
    const pb = pointsOf(b);
    if (pa === null || pb === null) return pa === pb ? a.agency.name.localeCompare(b.agency.name, "vi") : pa === null ? 1 : -1;
    return sign * (pa - pb) || b.total - a.total || a.agency.name.localeCompare(b.agency.name, "vi");
  });
}

/** Name sorts A→Z by default, points most first. */
export function defaultDirection(sort: AgencySort): "tang" | "giam" {
  return sort === "ten" ? "tang" : "giam";
}

async function loadView(database: Db, sql: SqlClient, viewer: Viewer, query: LeadershipQuery, request: RequestInfo, allAgencies: boolean): Promise<LeadershipView> {
  const province = await authorize(database, viewer, request);
  const period = pagePeriod(query.ky, "calendar");
  const periods = periodsBackFrom(period, HISTORY_LENGTH[period.kind] ?? 12).reverse();
  const codes = periods.map((p) => p.code);
  const noSnapshots = (await sql.query(`SELECT 1 FROM national_index_snapshot LIMIT 1`)).rowCount === 0;
  // the latest name of every province ranked in these periods (names changed with the 2025 merger)
  const comparable = (await sql.query<{ code: string; name: string }>(
    `SELECT DISTINCT ON (province_code) province_code AS code, province_name AS name FROM national_index_snapshot
      WHERE period = ANY($1::text[]) AND province_code <> $2 ORDER BY province_code, array_position($1::text[], period) DESC`,
    [codes, province.code])).rows.sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const known = new Set(comparable.map((c) => c.code));
  const comparedCodes = query["so-sanh"].filter((c) => known.has(c)).slice(0, MAX_COMPARED);
  const { rows } = await sql.query<SnapshotRow>(
    `SELECT period, province_code, province_name, total::text, rank, provinces_ranked, transparency::text, progress::text,
            online_service::text, online_payment::text, satisfaction::text, digitisation::text
       FROM national_index_snapshot WHERE period = ANY($1::text[]) AND province_code = ANY($2::text[])`,
    [codes, [province.code, ...comparedCodes]]);
  const snapshots = rows.map(snapshotOf);
  const historyOf = (code: string, name: string): ProvinceHistory => ({ code, name, points: rankHistory(periods, snapshots.filter((s) => s.provinceCode === code)) });
  const own = historyOf(province.code, province.name);
  const compared = comparedCodes.map((code) => historyOf(code, comparable.find((c) => c.code === code)!.name));
  const latest = [...own.points].reverse().find((p) => p.snapshot) ?? null;

  let local: LocalIndicators | null = null;
  let localMissing: string | null = null;
  try {
    // the same for every province-wide viewer: concurrent requests share one computation
    const stakes = await sharedRead(`index766Stakes|${viewer.provinceId}|${period.code}`, () => index766Stakes(sql, viewer.provinceId, period));
    const levels = AGENCY_LEVELS.filter((l) => stakes.agencies.some((a) => a.agency.level === l));
    const filtered = stakes.agencies.filter((a) => !query.cap || a.agency.level === query.cap).map((a) => ({ agency: a.agency, stakes: a.stakes, total: a.total }));
    const sorted = sortRows(filtered, query.sap, query.chieu ?? defaultDirection(query.sap));
    const start = (query.trang - 1) * AGENCY_PAGE_SIZE;
    const stakeCodes = stakes.indicators.map((d) => d.code).filter((c) => STAKE_INDICATORS.includes(c));
    local = { stakes, stakeCodes, rows: allAgencies ? sorted : sorted.slice(start, start + AGENCY_PAGE_SIZE), totalRows: sorted.length, levels };
  } catch (error) {
    if (!(error instanceof FrameworkMissingError)) throw error;
    localMissing = error.message;
  }
  return { province, period, noSnapshots, periods, own, compared, comparable, breaks: basisBreaks(own.points), latest, local, localMissing, query };
}

/** The leadership view of a calendar period (the latest ended quarter by default). */
export async function getLeadershipView(database: Db, sql: SqlClient, viewer: Viewer, query: LeadershipQuery, request: RequestInfo): Promise<LeadershipView> {
  return loadView(database, sql, viewer, query, request, false);
}

// ── Exports ──────────────────────────────────────────────────────────────────────────────────

const historyRange = (periods: readonly Period[]) =>
  `${periodName(periods[0]!)} (${formatIsoDate(periods[0]!.start)}) – ${periodName(periods[periods.length - 1]!)} (${formatIsoDate(periods[periods.length - 1]!.end)})`;

interface HistoryExportRow {
  province: ProvinceHistory;
  point: RankPoint & { snapshot: IndexSnapshot };
}

/** The rank history table (the province, then each compared province; periods oldest first) for CSV / XLSX. */
export async function rankHistoryExport(database: Db, sql: SqlClient, viewer: Viewer, query: LeadershipQuery, request: RequestInfo): Promise<{ table: ExportTable<HistoryExportRow>; baseName: string }> {
  const view = await loadView(database, sql, viewer, query, request, false);
  const rows: HistoryExportRow[] = [view.own, ...view.compared].flatMap((province) =>
    province.points.filter((p): p is RankPoint & { snapshot: IndexSnapshot } => p.snapshot !== null).map((point) => ({ province, point })));
  const columns: ExportColumn<HistoryExportRow>[] = [
    { header: "Kỳ", kind: "text", value: (r) => periodName(r.point.period), width: 16 },
    { header: "Từ ngày", kind: "date", value: (r) => r.point.period.start, width: 12 },
    { header: "Đến ngày", kind: "date", value: (r) => r.point.period.end, width: 12 },
    { header: "Mã tỉnh", kind: "text", value: (r) => r.province.code, width: 10 },
    { header: "Tỉnh, thành phố", kind: "text", value: (r) => r.point.snapshot.provinceName, width: 22 },
    { header: "Tổng điểm", kind: "decimal", value: (r) => r.point.snapshot.total },
    { header: "Thứ hạng", kind: "integer", value: (r) => r.point.snapshot.rank, width: 10 },
    { header: "Số tỉnh được xếp hạng", kind: "integer", value: (r) => r.point.snapshot.provincesRanked, width: 12 },
    { header: "Hạng/số tỉnh", kind: "text", value: (r) => rankText(r.point.snapshot.rank, r.point.snapshot.provincesRanked), width: 12 },
    { header: "Tỉ lệ tỉnh xếp sau", kind: "percent", value: (r) => aheadShare(r.point.snapshot.rank, r.point.snapshot.provincesRanked) },
    { header: "Thay đổi hạng so với kỳ trước", kind: "text", value: (r) => rankChangeText(r.point.rankChange), width: 40 },
    { header: "Thay đổi tổng điểm so với kỳ trước", kind: "decimal", value: (r) => r.point.totalChange },
    ...SNAPSHOT_GROUPS.map((g): ExportColumn<HistoryExportRow> => ({ header: `${g.label} (tối đa ${g.maxPoints})`, kind: "decimal", value: (r) => r.point.snapshot.groups[g.key] })),
  ];
  const notes = [
    "Nguồn: điểm và thứ hạng Bộ chỉ số 766 do Cổng Dịch vụ công quốc gia công bố (dữ liệu đã nhập).",
    ...view.breaks.map((b) => `Từ ${periodName(b.period)} xếp hạng trong ${b.to} tỉnh, thành (trước đó ${b.from}): thứ hạng hai bên không so sánh trực tiếp được.`),
  ];
  return {
    table: { title: `Điểm và thứ hạng Bộ chỉ số 766 — tỉnh ${view.province.name} — ${historyRange(view.periods)}`, notes, sheet: "Thứ hạng 766", columns, rows },
    baseName: `chi-so-766-thu-hang-${view.period.code}`,
  };
}

/** The agencies' points at stake (every agency of the filter, sorted as the page) for CSV / XLSX. */
export async function agencyStakesExport(database: Db, sql: SqlClient, viewer: Viewer, query: LeadershipQuery, request: RequestInfo): Promise<{ table: ExportTable<AgencyStakeRow>; baseName: string }> {
  const view = await loadView(database, sql, viewer, query, request, true);
  const local = view.local;
  const indicators = local?.stakes.indicators ?? [];
  const columns: ExportColumn<AgencyStakeRow>[] = [
    { header: "Mã cơ quan", kind: "text", value: (r) => r.agency.code, width: 18 },
    { header: "Cơ quan, đơn vị", kind: "text", value: (r) => r.agency.name, width: 40 },
    { header: "Cấp", kind: "text", value: (r) => AGENCY_LEVEL_LABELS[r.agency.level], width: 20 },
    { header: "Tổng điểm có thể tăng", kind: "decimal", value: (r) => r.total },
    ...(local?.stakeCodes ?? []).flatMap((code): ExportColumn<AgencyStakeRow>[] => {
      const name = indicators.find((d) => d.code === code)?.name ?? code;
      return [
        { header: `${code} ${name}: hồ sơ chưa đạt`, kind: "integer", value: (r) => r.stakes[code]?.shortfall ?? null },
        { header: `${code}: điểm có thể tăng`, kind: "decimal", value: (r) => { const s = r.stakes[code]; return s?.status === "computed" ? s.points : null; } },
      ];
    }),
  ];
  const notes = [
    "Điểm tỉnh có thể tăng nếu riêng cơ quan đó khắc phục hồ sơ chưa đạt của chỉ tiêu (các cơ quan khác giữ nguyên); tính theo dữ liệu hồ sơ của tỉnh.",
    ...(view.query.cap ? [`Cấp: ${AGENCY_LEVEL_LABELS[view.query.cap]}`] : []),
    ...(view.localMissing ? [view.localMissing] : []),
  ];
  return {
    table: { title: `Cơ quan làm giảm điểm Bộ chỉ số 766 — tỉnh ${view.province.name} — ${periodLabel(view.period)}`, notes, sheet: "Điểm có thể tăng", columns, rows: local?.rows ?? [] },
    baseName: `chi-so-766-co-quan-${view.period.code}`,
  };
}
