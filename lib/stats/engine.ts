// The figures of a window for a province: Biểu 06 per agency and field, agency scorecards and
// Bộ chỉ số 766 — counters from the SQL summary, rules from lib/domain. Used by the CLI, the
// HTTP API and the pages (through the authorizing services in lib/services/stats.ts).
import type { SqlClient } from "@/lib/db/sql";
import { addCounters, emptyCounters, form06Columns, identityViolations, sumColumns, type Counters, type Form06Columns, type IdentityViolation } from "@/lib/domain/counters";
import { computeIndicatorGroups, type GroupResult, type IndicatorDefinition, type IndicatorGroupDefinition, type IndicatorInputs, type ProcedureCounts, type ScoringRule } from "@/lib/domain/indicators";
import { agencyStakes, type AgencyStakes } from "@/lib/domain/points-at-stake";
import { previousPeriod, type Period } from "@/lib/domain/periods";
import { penaltyFor, rankWithinLevels, ruleSetInForce, scorecardMetrics, type AgencyLevel, type PenaltyOutcome, type PenaltyRuleSet, type ScorecardMetrics } from "@/lib/domain/scorecard";
import { windowCounters, windowSeries } from "./summary";

export interface AgencyRef {
  id: number;
  code: string;
  name: string;
  level: AgencyLevel;
  parentId: number | null;
  validFrom: string | null;
  validTo: string | null;
}

export async function loadAgencies(client: SqlClient, provinceId: number): Promise<Map<number, AgencyRef>> {
  const { rows } = await client.query<{ id: number; code: string; name: string; level: AgencyLevel; parent_id: number | null; valid_from: string | null; valid_to: string | null }>(
    `SELECT id, code, name, level::text AS level, parent_id, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to
     FROM agency WHERE province_id = $1`,
    [provinceId],
  );
  return new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, name: r.name, level: r.level, parentId: r.parent_id, validFrom: r.valid_from, validTo: r.valid_to }]));
}

export async function agencyIdByCode(client: SqlClient, provinceId: number, code: string): Promise<number | null> {
  const { rows } = await client.query<{ id: number }>(`SELECT id FROM agency WHERE province_id = $1 AND code = $2`, [provinceId, code]);
  return rows[0]?.id ?? null;
}

// ── Biểu 06 ──────────────────────────────────────────────────────────────────────────────────

export interface FieldRef {
  id: number;
  code: string;
  name: string;
}

export interface Form06Row {
  field: FieldRef;
  columns: Form06Columns;
}

export interface AgencyForm06 {
  agency: AgencyRef;
  rows: Form06Row[];
  total: Form06Columns;
  violations: IdentityViolation[];
}

export interface Form06Report {
  period: Period;
  agencies: AgencyForm06[];
  /** consolidated: the sum over the agencies shown */
  province: Form06Columns;
}

async function loadFields(client: SqlClient, provinceId: number): Promise<Map<number, FieldRef>> {
  const { rows } = await client.query<FieldRef>(`SELECT id, code, name FROM field WHERE province_id = $1`, [provinceId]);
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Biểu 06 of a reporting window: one row per lĩnh vực for each agency with counted dossiers
 * (agencies without are omitted), and the province's consolidated columns. `agencyIds` narrows
 * to some agencies.
 */
export async function form06Report(client: SqlClient, provinceId: number, period: Period, agencyIds?: readonly number[]): Promise<Form06Report> {
  // one connection runs one query at a time: sequential awaits, not Promise.all
  const groups = await windowCounters(client, provinceId, period, "agency-field", agencyIds);
  const agencies = await loadAgencies(client, provinceId);
  const fields = await loadFields(client, provinceId);
  const byAgency = new Map<number, Form06Row[]>();
  for (const g of groups) {
    const rows = byAgency.get(g.agencyId!) ?? [];
    rows.push({ field: fields.get(g.fieldId!)!, columns: form06Columns(g.counters) });
    byAgency.set(g.agencyId!, rows);
  }
  const result: AgencyForm06[] = [...byAgency].map(([agencyId, rows]) => {
    rows.sort((a, b) => a.field.code.localeCompare(b.field.code));
    const total = sumColumns(rows.map((r) => r.columns));
    return { agency: agencies.get(agencyId)!, rows, total, violations: rows.flatMap((r) => identityViolations(r.columns)) };
  });
  result.sort((a, b) => a.agency.code.localeCompare(b.agency.code));
  return { period, agencies: result, province: sumColumns(result.map((a) => a.total)) };
}

// ── Scorecard ────────────────────────────────────────────────────────────────────────────────

export async function loadPenaltyRuleSets(client: SqlClient, provinceId: number): Promise<PenaltyRuleSet[]> {
  const { rows } = await client.query<{ id: number; valid_from: string; level: AgencyLevel | null; threshold: string | null; points: string | null }>(
    `SELECT s.id, to_char(s.valid_from, 'YYYY-MM-DD') AS valid_from, r.level::text AS level, r.threshold::text AS threshold, r.points::text AS points
     FROM penalty_rule_set s LEFT JOIN penalty_rule r ON r.province_id = s.province_id AND r.rule_set_id = s.id
     WHERE s.province_id = $1 ORDER BY s.valid_from, r.level`,
    [provinceId],
  );
  const sets = new Map<number, PenaltyRuleSet>();
  for (const r of rows) {
    const set = sets.get(r.id) ?? { id: r.id, validFrom: r.valid_from, rules: [] };
    if (r.level) set.rules.push({ level: r.level, threshold: Number(r.threshold), points: Number(r.points) });
    sets.set(r.id, set);
  }
  return [...sets.values()];
}

export interface ScorecardRow extends ScorecardMetrics {
  agency: AgencyRef;
  counters: Counters;
  penalty: PenaltyOutcome | null;
  /** among agencies of the same level with counted dossiers in the window */
  rank: number;
  rankOf: number;
  previousRank: number | null;
  /** previous rank − rank: positive when the agency moved up */
  rankChange: number | null;
}

export interface Scorecard {
  period: Period;
  previous: Period;
  ruleSet: PenaltyRuleSet | null;
  rows: ScorecardRow[];
}

function ranksOf(groups: { agencyId: number | null; counters: Counters }[], agencies: Map<number, AgencyRef>) {
  const rows = groups.map((g) => ({ key: g.agencyId!, level: agencies.get(g.agencyId!)!.level, overdueShare: scorecardMetrics(g.counters).overdueShare }));
  const ranks = rankWithinLevels(rows);
  const sizes = new Map<AgencyLevel, number>();
  for (const r of rows) sizes.set(r.level, (sizes.get(r.level) ?? 0) + 1);
  return { ranks, sizes };
}

/**
 * Scorecards of every agency with counted dossiers in the window. Ranks are among all agencies
 * of the same level in the province, whatever `agencyIds` narrows the rows to.
 */
export async function scorecard(client: SqlClient, provinceId: number, period: Period, agencyIds?: readonly number[]): Promise<Scorecard> {
  const previous = previousPeriod(period);
  const current = await windowCounters(client, provinceId, period, "agency");
  const before = await windowCounters(client, provinceId, previous, "agency");
  const agencies = await loadAgencies(client, provinceId);
  const ruleSets = await loadPenaltyRuleSets(client, provinceId);
  const ruleSet = ruleSetInForce(ruleSets, period.end);
  const { ranks, sizes } = ranksOf(current, agencies);
  const previousRanks = ranksOf(before, agencies).ranks;
  const visible = agencyIds ? new Set(agencyIds) : null;
  const rows: ScorecardRow[] = current
    .filter((g) => !visible || visible.has(g.agencyId!))
    .map((g) => {
      const agency = agencies.get(g.agencyId!)!;
      const metrics = scorecardMetrics(g.counters);
      const rank = ranks.get(agency.id)!;
      const previousRank = previousRanks.get(agency.id) ?? null;
      return {
        ...metrics, agency, counters: g.counters,
        penalty: penaltyFor(metrics.overdueShare, agency.level, ruleSet),
        rank, rankOf: sizes.get(agency.level)!, previousRank, rankChange: previousRank === null ? null : previousRank - rank,
      };
    });
  rows.sort((a, b) => a.agency.level.localeCompare(b.agency.level) || a.rank - b.rank || a.agency.code.localeCompare(b.agency.code));
  return { period, previous, ruleSet, rows };
}

// ── Bộ chỉ số 766 ────────────────────────────────────────────────────────────────────────────

export interface Framework {
  id: number;
  code: string;
  version: number;
  name: string;
  groups: IndicatorGroupDefinition[];
  indicators: IndicatorDefinition[];
}

/** The 766 framework version in force for a period (latest version valid on its last day). */
export async function loadFramework(client: SqlClient, period: Pick<Period, "start" | "end">): Promise<Framework | null> {
  return (await frameworksFor(client, [period]))[0]!;
}

/** The 766 framework version in force for each window (null where none is), in three queries whatever their number. */
async function frameworksFor(client: SqlClient, windows: readonly Pick<Period, "start" | "end">[]): Promise<(Framework | null)[]> {
  const chosen = (await client.query<{ id: number | null; code: string; version: number; name: string }>(
    `SELECT f.id, f.code, f.version, f.name
     FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS w(start, "end", i)
     LEFT JOIN LATERAL (
       SELECT id, code, version, name FROM indicator_framework
       WHERE code = '766' AND province_id IS NULL AND valid_from <= w."end" AND (valid_to IS NULL OR valid_to >= w.start)
       ORDER BY valid_from DESC, version DESC LIMIT 1) f ON true
     ORDER BY w.i`,
    [windows.map((w) => w.start), windows.map((w) => w.end)],
  )).rows;
  const ids = [...new Set(chosen.flatMap((f) => (f.id === null ? [] : [f.id])))];
  if (ids.length === 0) return chosen.map(() => null);
  const groups = (await client.query<{ id: number; framework_id: number; code: string; name: string; max_points: string }>(
    `SELECT id, framework_id, code, name, max_points::text AS max_points FROM indicator_group WHERE framework_id = ANY($1::int[]) ORDER BY sort_order`, [ids],
  )).rows;
  const groupCode = new Map(groups.map((g) => [g.id, g.code]));
  const indicators = (await client.query<{ framework_id: number; code: string; name: string; group_id: number; max_points: string; rule: ScoringRule; threshold: string | null; not_computed_reason: string | null; approximate: boolean }>(
    `SELECT framework_id, code, name, group_id, max_points::text AS max_points, rule::text AS rule, threshold::text AS threshold, not_computed_reason, approximate
     FROM indicator WHERE framework_id = ANY($1::int[]) ORDER BY sort_order`, [ids],
  )).rows;
  const byId = new Map(ids.map((id): [number, Framework] => {
    const f = chosen.find((c) => c.id === id)!;
    return [id, {
      id, code: f.code, version: f.version, name: f.name,
      groups: groups.filter((g) => g.framework_id === id).map((g) => ({ code: g.code, name: g.name, maxPoints: Number(g.max_points) })),
      indicators: indicators.filter((i) => i.framework_id === id).map((i) => ({
        code: i.code, name: i.name, groupCode: groupCode.get(i.group_id)!, maxPoints: Number(i.max_points), rule: i.rule,
        threshold: i.threshold === null ? null : Number(i.threshold), notComputedReason: i.not_computed_reason, approximate: i.approximate,
      })),
    }];
  }));
  return chosen.map((f) => (f.id === null ? null : byId.get(f.id)!));
}

/**
 * SQL condition: procedure `p` is within the competence of agency `a` — linked to it by
 * CoQuanThucHien, or of a competent level that includes the agency's level when the procedure
 * names no agency of that level (DATA_FORMATS §2: "when absent, any agency of a competent
 * level"). Reading, per level: a procedure of levels SO;XA linked to the department in charge
 * names its implementing agency at department level only, so every commune keeps the competence
 * the level gives it. Shared by the catalogue indicators and reconciliation.
 * Reading for the 2025 reform (two-tier local government from 1/7/2025): district-level
 * competence passed to the communes, so a procedure of level HUYEN is within a commune's (XA)
 * competence too — otherwise every commune resolving a former district procedure would be
 * flagged out of competence. Before the reform communes did not resolve such dossiers, so the
 * reading changes nothing for past periods' dossiers.
 */
export function agencyCompetenceSql(p: string, a: string): string {
  return `(EXISTS (SELECT 1 FROM procedure_agency pa WHERE pa.province_id = ${p}.province_id AND pa.procedure_id = ${p}.id AND pa.agency_id = ${a}.id)
         OR ${levelCompetenceSql(p, `${a}.level`)})`;
}

/**
 * SQL condition: procedure `p` is within the competence of every agency of `level` by its level
 * alone (agencyCompetenceSql without the links to one agency): a competent level that includes
 * `level` (a commune's includes the former district level), and no agency of that level linked.
 */
function levelCompetenceSql(p: string, level: string): string {
  return `((${level} = ANY(${p}.competent_levels) OR (${level} = 'XA' AND 'HUYEN' = ANY(${p}.competent_levels)))
             AND NOT EXISTS (SELECT 1 FROM procedure_agency pa JOIN agency la ON la.province_id = pa.province_id AND la.id = pa.agency_id
                              WHERE pa.province_id = ${p}.province_id AND pa.procedure_id = ${p}.id AND la.level = ${level}))`;
}

// Counts over the procedures `p` of a competence (catalogue facts only)…
const CATALOGUE_COUNTS = {
  inCompetence: "count(*)",
  published: "count(*) FILTER (WHERE p.published)",
  online: "count(*) FILTER (WHERE p.online_level <> 'KHONG')",
  feeBearing: "count(*) FILTER (WHERE p.has_fees)",
  feeDataPublished: "count(*) FILTER (WHERE p.has_fees AND p.fee_data_published)",
} as const;
// … and over the procedures `p` of a competence used in the window (`u`: whether one had an online dossier, an online payment).
const USAGE_COUNTS = {
  onlineWithOnlineDossier: "count(*) FILTER (WHERE p.online_level <> 'KHONG' AND u.online_dossier)",
  feeBearingWithOnlinePayment: "count(*) FILTER (WHERE p.has_fees AND u.paid_online)",
} as const;
const select = (counts: Record<string, string>) => Object.entries(counts).map(([name, sql]) => `${sql} AS "${name}"`).join(", ");

const USED_SQL = (byAgency: string) => `SELECT ${byAgency}d.procedure_id, bool_or(d.channel = 2) AS online_dossier, bool_or(d.online_payment IN (1, 2)) AS paid_online
  FROM dossier d WHERE d.province_id = $1 AND d.status NOT IN (1, 3) AND d.received_on BETWEEN $2::date AND $3::date`;

const NO_PROCEDURES: ProcedureCounts = {
  inCompetence: 0, published: 0, online: 0, onlineWithOnlineDossier: 0, feeBearing: 0, feeDataPublished: 0, feeBearingWithOnlinePayment: 0,
};

function procedureCountsOf(r: Partial<Record<keyof ProcedureCounts, string | null>>): ProcedureCounts {
  const n = (key: keyof ProcedureCounts) => Number(r[key] ?? 0);
  return {
    inCompetence: n("inCompetence"), published: n("published"), online: n("online"), onlineWithOnlineDossier: n("onlineWithOnlineDossier"),
    feeBearing: n("feeBearing"), feeDataPublished: n("feeDataPublished"), feeBearingWithOnlinePayment: n("feeBearingWithOnlinePayment"),
  };
}

/**
 * Procedure counts for the catalogue indicators of many agencies in one query (an agency not of
 * the province is absent). Set-based: the catalogue counts of procedures linked to each agency
 * plus those in the competence of its level (levelCompetenceSql: a procedure linked to the agency
 * has a link at its level, so none is counted twice) — agencies × procedures would be ~10^5
 * pairs —, and the competence test only on the (agency, procedure) pairs that had dossiers in
 * the window.
 */
export async function procedureCountsByAgency(client: SqlClient, provinceId: number, window: Pick<Period, "start" | "end">, agencyIds: readonly number[]): Promise<Map<number, ProcedureCounts>> {
  const catalogue = Object.keys(CATALOGUE_COUNTS);
  const { rows } = await client.query<Record<keyof ProcedureCounts, string | null> & { agency_id: number }>(
    `WITH a AS (SELECT id, level FROM agency WHERE province_id = $1 AND id = ANY($4::int[])),
     own AS (SELECT pa.agency_id, ${select(CATALOGUE_COUNTS)}
             FROM procedure_agency pa JOIN procedure p ON p.province_id = pa.province_id AND p.id = pa.procedure_id
             WHERE pa.province_id = $1 AND pa.agency_id = ANY($4::int[]) GROUP BY pa.agency_id),
     by_level AS (SELECT l.level, ${select(CATALOGUE_COUNTS)}
                  FROM (SELECT DISTINCT level FROM a) l JOIN procedure p ON p.province_id = $1 AND ${levelCompetenceSql("p", "l.level")}
                  GROUP BY l.level),
     u AS (${USED_SQL("d.resolving_agency_id AS agency_id, ")} AND d.resolving_agency_id = ANY($4::int[]) GROUP BY d.resolving_agency_id, d.procedure_id),
     usage AS (SELECT a.id AS agency_id, ${select(USAGE_COUNTS)}
               FROM u JOIN a ON a.id = u.agency_id JOIN procedure p ON p.province_id = $1 AND p.id = u.procedure_id
               WHERE ${agencyCompetenceSql("p", "a")} GROUP BY a.id)
     SELECT a.id AS agency_id,
       ${catalogue.map((name) => `coalesce(own."${name}", 0) + coalesce(by_level."${name}", 0) AS "${name}"`).join(", ")},
       ${Object.keys(USAGE_COUNTS).map((name) => `usage."${name}"`).join(", ")}
     FROM a LEFT JOIN own ON own.agency_id = a.id LEFT JOIN by_level ON by_level.level = a.level LEFT JOIN usage ON usage.agency_id = a.id`,
    [provinceId, window.start, window.end, [...agencyIds]],
  );
  return new Map(rows.map((r) => [r.agency_id, procedureCountsOf(r)]));
}

/** Procedure counts for the catalogue indicators of one agency, or of the whole catalogue (agency id null). */
async function procedureCounts(client: SqlClient, provinceId: number, window: Pick<Period, "start" | "end">, agencyId: number | null): Promise<ProcedureCounts> {
  if (agencyId !== null) {
    return (await procedureCountsByAgency(client, provinceId, window, [agencyId])).get(agencyId) ?? NO_PROCEDURES;
  }
  const { rows } = await client.query<Record<keyof ProcedureCounts, string>>(
    `WITH u AS (${USED_SQL("")} GROUP BY d.procedure_id)
     SELECT catalogue.*, usage.* FROM
       (SELECT ${select(CATALOGUE_COUNTS)} FROM procedure p WHERE p.province_id = $1) catalogue,
       (SELECT ${select(USAGE_COUNTS)} FROM u JOIN procedure p ON p.province_id = $1 AND p.id = u.procedure_id) usage`,
    [provinceId, window.start, window.end],
  );
  return procedureCountsOf(rows[0]!);
}

export interface IndexResult {
  period: Period;
  framework: Pick<Framework, "code" | "version" | "name">;
  agency: AgencyRef | null;
  groups: GroupResult[];
  /** points of the computed indicators, the most they could earn, and the framework's maximum */
  points: number;
  computedMaxPoints: number;
  maxPoints: number;
}

export class FrameworkMissingError extends Error {
  constructor(period: Period) {
    super(`Không có phiên bản Bộ chỉ số 766 nào có hiệu lực trong kỳ ${period.code}.`);
  }
}

function indexResult(framework: Framework, period: Period, agency: AgencyRef | null, inputs: IndicatorInputs): IndexResult {
  const results = computeIndicatorGroups(framework.groups, framework.indicators, inputs);
  return {
    period,
    framework: { code: framework.code, version: framework.version, name: framework.name },
    agency,
    groups: results,
    points: results.reduce((s, g) => s + g.points, 0),
    computedMaxPoints: results.reduce((s, g) => s + g.computedMaxPoints, 0),
    maxPoints: framework.groups.reduce((s, g) => s + g.maxPoints, 0),
  };
}

/** Bộ chỉ số 766 of a calendar period for one agency, or for the province (agency null). */
export async function index766(client: SqlClient, provinceId: number, period: Period, agencyId: number | null): Promise<IndexResult> {
  const [result] = await index766Series(client, provinceId, [period], agencyId);
  if (!result) throw new FrameworkMissingError(period);
  return result;
}

/**
 * Bộ chỉ số 766 of several calendar periods (a trend) for one agency or the province: the
 * frameworks and the counters of every period in one query each, the catalogue counts one query
 * per period; null for a period no framework version covers. In the order of `periods`.
 */
export async function index766Series(client: SqlClient, provinceId: number, periods: readonly Period[], agencyId: number | null): Promise<(IndexResult | null)[]> {
  const frameworks = await frameworksFor(client, periods);
  const counters = await windowSeries(client, provinceId, periods, agencyId);
  const procedures: ProcedureCounts[] = [];
  for (const period of periods) procedures.push(await procedureCounts(client, provinceId, period, agencyId));
  const agency = agencyId === null ? null : (await loadAgencies(client, provinceId)).get(agencyId) ?? null;
  return periods.map((period, i) => {
    const framework = frameworks[i];
    return framework ? indexResult(framework, period, agency, { counters: counters[i]!, procedures: procedures[i]! }) : null;
  });
}

export interface IndexStakes {
  /** the province's index of the period */
  index: IndexResult;
  /** the indicators of the framework in force, in its order */
  indicators: IndicatorDefinition[];
  /** every agency with counted dossiers in the period: the points the province would gain if it fixed its shortfall */
  agencies: (AgencyStakes<AgencyRef> & { counters: Counters })[];
}

/**
 * The province's Bộ chỉ số 766 of a calendar period and, for every agency with counted
 * dossiers, the points at stake on each dossier indicator (lib/domain/points-at-stake.ts).
 */
export async function index766Stakes(client: SqlClient, provinceId: number, period: Period): Promise<IndexStakes> {
  const framework = await loadFramework(client, period);
  if (!framework) throw new FrameworkMissingError(period);
  const groups = await windowCounters(client, provinceId, period, "agency");
  const procedures = await procedureCounts(client, provinceId, period, null);
  const agencies = await loadAgencies(client, provinceId);
  const counters = groups.reduce((sum, g) => addCounters(sum, g.counters), emptyCounters());
  const inputs = { counters, procedures };
  const perAgency = groups.map((g) => ({ agency: agencies.get(g.agencyId!)!, counters: g.counters }));
  const stakes = agencyStakes(framework.indicators, inputs, perAgency);
  return {
    index: indexResult(framework, period, null, inputs),
    indicators: framework.indicators,
    agencies: stakes.map((s, i) => ({ ...s, counters: perAgency[i]!.counters })),
  };
}

export interface AgencyPoints766 {
  points: number;
  computedMaxPoints: number;
  maxPoints: number;
}

/**
 * Bộ chỉ số 766 points of many agencies at once, from their window counters (as `scorecard`
 * gives them; an agency absent from `counters` has none): what index766 gives each of them, in
 * a fixed number of queries — index766 per agency costs six queries and a pass over the window's
 * dossiers each. Null when no framework version is in force for the window.
 */
export async function agencyPoints766(
  client: SqlClient, provinceId: number, window: Pick<Period, "start" | "end">, agencyIds: readonly number[], counters: ReadonlyMap<number, Counters>,
): Promise<Map<number, AgencyPoints766> | null> {
  const framework = await loadFramework(client, window);
  if (!framework) return null;
  const procedures = await procedureCountsByAgency(client, provinceId, window, agencyIds);
  const maxPoints = framework.groups.reduce((s, g) => s + g.maxPoints, 0);
  const result = new Map<number, AgencyPoints766>();
  for (const id of agencyIds) {
    const groups = computeIndicatorGroups(framework.groups, framework.indicators, { counters: counters.get(id) ?? emptyCounters(), procedures: procedures.get(id) ?? NO_PROCEDURES });
    result.set(id, { points: groups.reduce((s, g) => s + g.points, 0), computedMaxPoints: groups.reduce((s, g) => s + g.computedMaxPoints, 0), maxPoints });
  }
  return result;
}
