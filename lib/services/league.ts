import "server-only";
// The agency league table for signed-in users, authorized here. Province-wide roles (ADMIN,
// OFFICE, LEADERSHIP) get every agency of the province. A focal officer may open it too, for the
// agencies of their scope only: their rows, with their rank among all agencies of the same level
// (a rank discloses no other agency's figures, and it is what the officer is accountable for).
// A user without either gets nothing, and the refusal is audited.
//
// Figures come from the domain engine's scorecard (lib/stats/engine.ts) and, for the Bộ chỉ số
// 766 column, agencyPoints766 over the same dates: the national index is published per calendar
// period; for a reporting window the points are those of its own dates, so that one row speaks
// of one window.
import { sharedRead } from "@/lib/shared-read";
import type { Db } from "@/lib/db/client";
import type { SqlClient } from "@/lib/db/sql";
import { canViewProvince, visibleAgencyFilter, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { enforce } from "@/lib/services/audit";
import { emptyCounters, type Counters } from "@/lib/domain/counters";
import type { Period } from "@/lib/domain/periods";
import { penaltyFor, scorecardMetrics, type AgencyLevel, type PenaltyRuleSet, type ScorecardMetrics } from "@/lib/domain/scorecard";
import {
  filterLeagueRows, LEAGUE_LEVELS, overdueBand, pageOf, sortLeagueRows, validInWindow,
  type LeagueAgency, type LeagueRow, type SortDirection,
} from "@/lib/domain/league";
import { sortDirectionOf, type LeagueQuery } from "@/lib/league-query";
import { agencyPoints766, loadAgencies, scorecard, type AgencyPoints766 } from "@/lib/stats/engine";

export interface LeagueTable {
  period: Period;
  previous: Period;
  ruleSet: PenaltyRuleSet | null;
  /** true for a focal officer: the rows are the agencies of their scope only */
  scoped: boolean;
  /** no Bộ chỉ số 766 version in force for the window: the 766 column is empty */
  frameworkMissing: boolean;
  /** levels with at least one agency in the window (before filtering), in table order */
  levels: AgencyLevel[];
  /** agencies in the window before filtering, and after */
  agencyCount: number;
  total: number;
  sort: { column: string; direction: SortDirection };
  page: number;
  pages: number;
  pageSize: number;
  /** the page asked for, or every filtered row in order when `allRows` */
  rows: LeagueRow[];
}

interface Ranking {
  rank: number | null;
  rankOf: number | null;
  previousRank: number | null;
  rankChange: number | null;
}

const UNRANKED: Ranking = { rank: null, rankOf: null, previousRank: null, rankChange: null };

function leagueRow(agency: LeagueAgency, counters: Counters, metrics: ScorecardMetrics, hasDossiers: boolean, ruleSet: PenaltyRuleSet | null, ranking: Ranking, points: AgencyPoints766 | undefined): LeagueRow {
  const penalty = penaltyFor(metrics.overdueShare, agency.level, ruleSet);
  return {
    agency, hasDossiers, columns: metrics.columns, overdueShare: metrics.overdueShare, late: metrics.late, lateWithoutApology: metrics.lateWithoutApology,
    apologyCoverage: metrics.apologyCoverage, syncRate: metrics.syncRate, unsynced: metrics.unsynced, resultFileDefects: counters.resultDefective,
    penalty, band: overdueBand(metrics.overdueShare, penalty), ...ranking,
    points766: points?.points ?? null, computedMax766: points?.computedMaxPoints ?? null,
  };
}

/**
 * The league table of a period (the page's, from the query: pagePeriod of components/period-fields):
 * every agency of the viewer's scope that existed in the window (counted dossiers or not),
 * filtered, sorted and paged as the query says.
 */
export async function getLeagueTable(
  database: Db, sql: SqlClient, viewer: Viewer, period: Period, query: LeagueQuery, request: RequestInfo,
  options: { allRows?: boolean } = {},
): Promise<LeagueTable> {
  const provinceWide = canViewProvince(viewer);
  const scope = provinceWide ? null : (visibleAgencyFilter(viewer) ?? []);
  await enforce(database, viewer, provinceWide || scope!.length > 0, "league.view", request);

  const { card, idle, points } = await sharedRead(`league|${viewer.provinceId}|${period.family}|${period.code}|${scope?.join(",") ?? "*"}`, async () => {
    // one connection runs one query at a time: sequential awaits
    const card = await scorecard(sql, viewer.provinceId, period, scope ?? undefined);
    const agencies = await loadAgencies(sql, viewer.provinceId);
    const counted = new Map(card.rows.map((r) => [r.agency.id, r]));
    const inScope = scope ? new Set(scope) : null;
    const idle = [...agencies.values()].filter((a) => !counted.has(a.id) && (!inScope || inScope.has(a.id)) && validInWindow(a, period));
    const ids = [...counted.keys(), ...idle.map((a) => a.id)];
    const points = await agencyPoints766(sql, viewer.provinceId, period, ids, new Map(card.rows.map((r) => [r.agency.id, r.counters])));
    return { card, idle, points };
  });

  const refOf = (a: { id: number; code: string; name: string; level: AgencyLevel }): LeagueAgency => ({ id: a.id, code: a.code, name: a.name, level: a.level });
  const idleMetrics = scorecardMetrics(emptyCounters());
  const all: LeagueRow[] = [
    ...card.rows.map((r) => leagueRow(refOf(r.agency), r.counters, r, true, card.ruleSet, r, points?.get(r.agency.id))),
    ...idle.map((a) => leagueRow(refOf(a), emptyCounters(), idleMetrics, false, card.ruleSet, UNRANKED, points?.get(a.id))),
  ];

  const direction = sortDirectionOf(query);
  const filtered = filterLeagueRows(all, { level: query.cap, text: query.q, exceededOnly: query.vuot === "1" });
  const sorted = sortLeagueRows(filtered, query.sap, direction);
  const paged = options.allRows ? { rows: sorted, page: 1, pages: 1 } : pageOf(sorted, query.trang, query.so);
  const present = new Set(all.map((r) => r.agency.level));
  return {
    period, previous: card.previous, ruleSet: card.ruleSet, scoped: !provinceWide, frameworkMissing: points === null,
    levels: LEAGUE_LEVELS.filter((l) => present.has(l)),
    agencyCount: all.length, total: filtered.length,
    sort: { column: query.sap, direction },
    page: paged.page, pages: paged.pages, pageSize: query.so,
    rows: paged.rows,
  };
}
