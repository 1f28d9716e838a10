import "server-only";
// The figures for signed-in users and API clients, authorized here: province-wide callers
// (ADMIN, OFFICE, LEADERSHIP, API keys with stats:read) see every agency and the province's
// totals; a focal officer sees the agencies of their scope only, and no province totals. The
// agency a request names is checked against the caller's scope; refusals are audited.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { SqlClient } from "@/lib/db/sql";
import { canViewAgency, canViewProvince, hasApiScope, isApiPrincipal, visibleAgencyFilter, type ApiPrincipal, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { enforce } from "@/lib/services/audit";
import { UserFacingError } from "@/lib/errors";
import { parsePeriod, PeriodError, type Period, type PeriodFamily } from "@/lib/domain/periods";
import { agencyIdByCode, form06Report, index766, scorecard, type Form06Report, type IndexResult, type Scorecard } from "@/lib/stats/engine";
import { FigureSchema, listFigureDossiers, type DrilldownPage, type Figure } from "@/lib/stats/drilldown";

export type Caller = Viewer | ApiPrincipal;

export const StatsQuery = z.object({
  period: z.string().trim().min(1, "Thiếu kỳ (period), ví dụ 2024-Q1.").max(20),
  agency: z.string().trim().min(1).max(60).optional(),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

export const FigureQuery = StatsQuery.extend({
  family: z.enum(["reporting", "calendar"]).default("reporting"),
  figure: FigureSchema,
  field: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type FigureQuery = z.infer<typeof FigureQuery>;

function periodOf(text: string, family: PeriodFamily): Period {
  try {
    return parsePeriod(text, family);
  } catch (error) {
    if (error instanceof PeriodError) throw new UserFacingError(error.message, "period");
    throw error;
  }
}

interface Scope {
  provinceWide: boolean;
  /** the agencies whose figures the caller may read; null = all */
  agencyIds: number[] | null;
}

async function scopeOf(database: Db, caller: Caller, request: RequestInfo): Promise<Scope> {
  if (isApiPrincipal(caller)) {
    await enforce(database, caller, hasApiScope(caller, "stats:read"), "stats.read", request);
    return { provinceWide: true, agencyIds: null };
  }
  if (canViewProvince(caller)) return { provinceWide: true, agencyIds: null };
  return { provinceWide: false, agencyIds: visibleAgencyFilter(caller) ?? [] };
}

/** The agency a request names, checked against the caller's scope (refusal audited). */
async function namedAgency(database: Db, sql: SqlClient, caller: Caller, code: string | undefined, request: RequestInfo): Promise<number | undefined> {
  if (code === undefined) return undefined;
  const id = await agencyIdByCode(sql, caller.provinceId, code);
  if (id === null) throw new UserFacingError(`Không có cơ quan, đơn vị mã ${code}.`, "agency");
  const allowed = isApiPrincipal(caller) ? hasApiScope(caller, "stats:read") : canViewAgency(caller, id);
  await enforce(database, caller, allowed, "stats.agency", request, { entity: "agency", entityId: id });
  return id;
}

function narrow(scope: Scope, agencyId: number | undefined): number[] | undefined {
  if (agencyId !== undefined) return [agencyId];
  return scope.agencyIds ?? undefined;
}

export async function getForm06(database: Db, sql: SqlClient, caller: Caller, query: StatsQuery, request: RequestInfo): Promise<{ report: Form06Report; provinceVisible: boolean; agencyId?: number }> {
  const period = periodOf(query.period, "reporting");
  const scope = await scopeOf(database, caller, request);
  const agencyId = await namedAgency(database, sql, caller, query.agency, request);
  const report = await form06Report(sql, caller.provinceId, period, scope.provinceWide ? undefined : scope.agencyIds!);
  return { report, provinceVisible: scope.provinceWide, agencyId };
}

export async function getScorecard(database: Db, sql: SqlClient, caller: Caller, query: StatsQuery, request: RequestInfo): Promise<Scorecard> {
  const period = periodOf(query.period, "reporting");
  const scope = await scopeOf(database, caller, request);
  const agencyId = await namedAgency(database, sql, caller, query.agency, request);
  return scorecard(sql, caller.provinceId, period, narrow(scope, agencyId));
}

export async function getIndex766(database: Db, sql: SqlClient, caller: Caller, query: StatsQuery, request: RequestInfo): Promise<IndexResult> {
  const period = periodOf(query.period, "calendar");
  const scope = await scopeOf(database, caller, request);
  const agencyId = await namedAgency(database, sql, caller, query.agency, request);
  if (agencyId === undefined && !scope.provinceWide) {
    throw new UserFacingError("Chọn cơ quan, đơn vị của mình (agency): chỉ số toàn tỉnh dành cho Văn phòng UBND tỉnh và lãnh đạo.", "agency");
  }
  return index766(sql, caller.provinceId, period, agencyId ?? null);
}

/** One page of the dossiers behind a figure (no personal data: the dossier explorer shows that to those allowed). */
export async function getFigureDossiers(database: Db, sql: SqlClient, caller: Caller, query: FigureQuery, request: RequestInfo): Promise<{ period: Period; figure: Figure; page: DrilldownPage }> {
  const period = periodOf(query.period, query.family);
  const scope = await scopeOf(database, caller, request);
  const agencyId = await namedAgency(database, sql, caller, query.agency, request);
  const page = await listFigureDossiers(sql, {
    provinceId: caller.provinceId, window: period, figure: query.figure, agencyIds: narrow(scope, agencyId), fieldId: query.field,
  }, query.page, query.pageSize);
  return { period, figure: query.figure, page };
}
