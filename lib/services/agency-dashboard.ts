import "server-only";
// An agency's page (issue 6 item 2): for a period, its trends over the last quarters, its Biểu 06
// by lĩnh vực, its data-quality defects, its late dossiers without an apology letter and the
// dossiers about to become overdue — and the exports of those tables. Authorized here: the
// agency comes from the database and must be in the viewer's scope (a refusal is audited).
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { SqlClient } from "@/lib/db/sql";
import { canViewAgency, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { enforce } from "@/lib/services/audit";
import { getAgency, type AgencyDetail } from "@/lib/services/agencies";
import { emptyCounters, type Counters, type Form06Columns, type IdentityViolation } from "@/lib/domain/counters";
import { dayFromIso, isoDate, localDayOf } from "@/lib/domain/local-time";
import { periodContaining, periodsBackFrom, type Period } from "@/lib/domain/periods";
import { penaltyFor, ruleSetInForce, scorecardMetrics, type AgencyLevel, type PenaltyOutcome, type ScorecardMetrics } from "@/lib/domain/scorecard";
import { MAX_WARNING_DAYS } from "@/lib/domain/early-warning";
import { indexSeries, thresholdBand, trendSeries, type IndexTrendPoint, type ThresholdBand, type TrendPoint } from "@/lib/domain/agency-trends";
import { form06Report, index766Series, loadPenaltyRuleSets, type Form06Row, type IndexResult } from "@/lib/stats/engine";
import { windowSeries } from "@/lib/stats/summary";
import { figureSamples, listFigureDossiers, type DrilldownDossier, type DrilldownPage, type Figure } from "@/lib/stats/drilldown";
import { loadProvinceCalendar } from "@/lib/stats/calendar";
import { earlyWarningDossiers, type EarlyWarningPage } from "@/lib/stats/early-warning";

/** Quarters in the trend charts, the period's own quarter last. */
export const TREND_QUARTERS = 8;
export const LIST_PAGE_SIZE = 20;
/** Dossiers of each defect shown inline (the explorer lists them all). */
export const DEFECT_SAMPLE = 5;
export const DEFAULT_WARNING_DAYS = 3;

const PageNumber = z.coerce.number().int().min(1).max(100_000).default(1).catch(1);

/**
 * The page's URL state: ?ky=&kieu=lich&ngay=&trangxl=&trangcb= (malformed values fall back to the
 * defaults). The page turns ky and kieu into its period (components/period-fields.tsx pagePeriod).
 */
export const AgencyPageQuery = z.object({
  ky: z.string().trim().max(20).optional().catch(undefined),
  kieu: z.enum(["lich"]).optional().catch(undefined),
  ngay: z.coerce.number().int().min(0).max(MAX_WARNING_DAYS).default(DEFAULT_WARNING_DAYS).catch(DEFAULT_WARNING_DAYS),
  trangxl: PageNumber,
  trangcb: PageNumber,
});
export type AgencyPageQuery = z.infer<typeof AgencyPageQuery>;

/** What the page shows: a period, the early warning's number of working days, the lists' pages. */
export interface AgencyPageState {
  period: Period;
  days: number;
  lateWithoutApologyPage: number;
  warningPage: number;
}

const vietnamDate = (now: Date) => isoDate(localDayOf(now));

/** The defects listed on the page, in the order shown, with the population each is counted in. */
export const DEFECTS: readonly { figure: Figure; label: string; among: string; count: (c: Counters, m: ScorecardMetrics) => number }[] = [
  { figure: "unsynced", label: "Chưa đồng bộ lên Cổng Dịch vụ công quốc gia", among: "hồ sơ tiếp nhận mới trong kỳ", count: (_c, m) => m.unsynced },
  { figure: "resultMissing", label: "Thiếu tệp kết quả điện tử", among: "hồ sơ đã giải quyết trong kỳ", count: (c) => c.resultMissing },
  { figure: "resultBlank", label: "Tệp kết quả trống", among: "hồ sơ đã giải quyết trong kỳ", count: (c) => c.resultBlank },
  { figure: "resultArchive", label: "Tệp kết quả là tệp nén", among: "hồ sơ đã giải quyết trong kỳ", count: (c) => c.resultArchive },
  { figure: "resultIdentical", label: "Tệp kết quả trùng một thành phần hồ sơ", among: "hồ sơ đã giải quyết trong kỳ", count: (c) => c.resultIdentical },
  { figure: "historyGap", label: "Không có quá trình xử lý", among: "hồ sơ thuộc kỳ", count: (c) => c.historyGap },
  { figure: "dueBeyondLegal", label: "Hạn trả muộn hơn hạn theo quy định", among: "hồ sơ tiếp nhận mới trong kỳ", count: (c) => c.dueBeyondLegal },
];

export interface DefectSummary {
  figure: Figure;
  label: string;
  among: string;
  count: number;
  sample: DrilldownDossier[];
}

export interface AgencyDashboard {
  agency: AgencyDetail;
  period: Period;
  /** Vietnam's local date the early warning counts from */
  today: string;
  counters: Counters;
  metrics: ScorecardMetrics;
  penalty: PenaltyOutcome | null;
  band: ThresholdBand | null;
  trend: TrendPoint[];
  index: { points: IndexTrendPoint[]; groups: { code: string; name: string; maxPoints: number }[] };
  form06: { rows: Form06Row[]; total: Form06Columns; violations: IdentityViolation[] };
  defects: DefectSummary[];
  lateWithoutApology: DrilldownPage;
  earlyWarning: EarlyWarningPage & { days: number; page: number; pageSize: number };
}

/** The trend's quarters (same family as the period), oldest first, ending with the one holding the period's last day. */
export function trendQuarters(period: Period): Period[] {
  return periodsBackFrom(periodContaining(period.family, "quarter", period.end), TREND_QUARTERS).reverse();
}

/** Calendar quarters of the 766 trend (the index is computed on calendar periods), oldest first. */
export function indexQuarters(period: Period): Period[] {
  return periodsBackFrom(periodContaining("calendar", "quarter", period.end), TREND_QUARTERS).reverse();
}

/**
 * Everything the agency page shows. Null when the agency does not exist in the viewer's
 * province; ForbiddenError (audited, by getAgency) when it is outside the viewer's scope.
 */
export async function getAgencyDashboard(database: Db, sql: SqlClient, viewer: Viewer, agencyId: number, state: AgencyPageState, request: RequestInfo, now = new Date()): Promise<AgencyDashboard | null> {
  const agency = await getAgency(database, viewer, agencyId, request);
  if (!agency) return null;
  const provinceId = viewer.provinceId;
  const { period } = state;
  const today = vietnamDate(now);
  const window = { start: period.start, end: period.end };
  const quarters = trendQuarters(period);
  // Independent reads at once: on the server's pool they run on separate connections (a single
  // client, as in tests, queues them). The lists that need the summary's counts follow.
  const [series, ruleSets, indexResults, report, warned] = await Promise.all([
    // the period and the trend's quarters in one grouped query over the summary
    windowSeries(sql, provinceId, [period, ...quarters], agency.id),
    loadPenaltyRuleSets(sql, provinceId),
    index766Series(sql, provinceId, indexQuarters(period), agency.id),
    form06Report(sql, provinceId, period, [agency.id]),
    loadProvinceCalendar(sql, provinceId).then((calendars) => earlyWarningDossiers(sql, {
      provinceId, agencyId: agency.id, today, days: state.days, calendar: calendars.forDay(dayFromIso(today)),
    }, { page: state.warningPage, pageSize: LIST_PAGE_SIZE })),
  ]);
  const [counters = emptyCounters(), ...quarterCounters] = series;
  const metrics = scorecardMetrics(counters);
  const penalty = penaltyFor(metrics.overdueShare, agency.level as AgencyLevel, ruleSetInForce(ruleSets, period.end));
  const trend = trendSeries(quarters.map((q, i) => ({ period: q, counters: quarterCounters[i]! })), agency.level as AgencyLevel, ruleSets);
  // a quarter before the first framework version has no index: no point, not an error
  const results = indexResults.filter((r): r is IndexResult => r !== null);
  const latest = results[results.length - 1];
  const own = report.agencies.find((a) => a.agency.id === agency.id);

  const counted = DEFECTS.map((d) => ({ figure: d.figure, label: d.label, among: d.among, count: d.count(counters, metrics) }));
  const [samples, lateWithoutApology] = await Promise.all([
    figureSamples(sql, { provinceId, window, agencyIds: [agency.id] }, counted.filter((d) => d.count > 0).map((d) => d.figure), DEFECT_SAMPLE),
    listFigureDossiers(sql, { provinceId, window, figure: "lateWithoutApology", agencyIds: [agency.id] }, state.lateWithoutApologyPage, LIST_PAGE_SIZE, metrics.lateWithoutApology),
  ]);
  const defects: DefectSummary[] = counted.map((d) => ({ ...d, sample: samples.get(d.figure) ?? [] }));

  return {
    agency, period, today, counters, metrics, penalty,
    band: metrics.columns.c3 > 0 ? thresholdBand(metrics.overdueShare, penalty?.threshold ?? null) : null,
    trend,
    index: {
      points: indexSeries(results),
      groups: latest ? latest.groups.map((g) => ({ code: g.code, name: g.name, maxPoints: g.maxPoints })) : [],
    },
    form06: { rows: own?.rows ?? [], total: own?.total ?? report.province, violations: own?.violations ?? [] },
    defects,
    lateWithoutApology,
    earlyWarning: { ...warned, days: state.days, page: state.warningPage, pageSize: LIST_PAGE_SIZE },
  };
}

// ── Exports ──────────────────────────────────────────────────────────────────────────────────

export interface AgencyRefForExport {
  id: number;
  code: string;
  name: string;
}

/** The agency of an export, in the viewer's scope (refusal audited); null when it does not exist. */
async function exportedAgency(database: Db, viewer: Viewer, agencyId: number, request: RequestInfo): Promise<AgencyRefForExport | null> {
  const agency = await database.agency.findUnique({
    where: { provinceId_id: { provinceId: viewer.provinceId, id: agencyId } },
    select: { id: true, code: true, name: true },
  });
  if (!agency) return null;
  await enforce(database, viewer, canViewAgency(viewer, agency.id), "agency.export", request, { entity: "agency", entityId: agency.id });
  return agency;
}

export async function exportAgencyForm06(database: Db, sql: SqlClient, viewer: Viewer, agencyId: number, period: Period, request: RequestInfo) {
  const agency = await exportedAgency(database, viewer, agencyId, request);
  if (!agency) return null;
  const report = await form06Report(sql, viewer.provinceId, period, [agency.id]);
  const own = report.agencies.find((a) => a.agency.id === agency.id);
  return { agency, period, rows: own?.rows ?? [], total: own?.total ?? report.province };
}

export async function exportAgencyEarlyWarning(database: Db, sql: SqlClient, viewer: Viewer, agencyId: number, days: number, request: RequestInfo, now = new Date()): Promise<{ agency: AgencyRefForExport; today: string; days: number; warned: EarlyWarningPage } | null> {
  const agency = await exportedAgency(database, viewer, agencyId, request);
  if (!agency) return null;
  const today = vietnamDate(now);
  const calendar = (await loadProvinceCalendar(sql, viewer.provinceId)).forDay(dayFromIso(today));
  const warned = await earlyWarningDossiers(sql, { provinceId: viewer.provinceId, agencyId: agency.id, today, days, calendar });
  return { agency, today, days, warned };
}

const EXPORT_CHUNK = 2000;

export async function exportAgencyLateWithoutApology(database: Db, sql: SqlClient, viewer: Viewer, agencyId: number, period: Period, request: RequestInfo): Promise<{ agency: AgencyRefForExport; period: Period; rows: AsyncGenerator<DrilldownDossier> } | null> {
  const agency = await exportedAgency(database, viewer, agencyId, request);
  if (!agency) return null;
  const filter = { provinceId: viewer.provinceId, window: { start: period.start, end: period.end }, figure: "lateWithoutApology" as const, agencyIds: [agency.id] };
  async function* rows() {
    for (let page = 1; ; page++) {
      const chunk = await listFigureDossiers(sql, filter, page, EXPORT_CHUNK);
      yield* chunk.dossiers;
      if (page * EXPORT_CHUNK >= chunk.total) return;
    }
  }
  return { agency, period, rows: rows() };
}

