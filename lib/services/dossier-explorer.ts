import "server-only";
// The dossier explorer (/ho-so): the dossiers behind every figure of the dashboards, and a plain
// search. Authorized here: province-wide roles see every agency's dossiers; a focal officer
// only those resolved by the agencies of their scope, whatever the URL names — an agency outside
// it is refused and the attempt audited; one dossier's agency is read from the record, never
// from the request. Applicant personal data goes only to roles allowed to see it
// (canViewApplicantData), dossier by dossier.
//
// With a figure (chitieu) the list is exactly the dossiers the figure counts: the predicate of
// lib/stats/drilldown.ts (drilldownWhere), narrowed by the other filters. Its total comes from
// the exact summary when nothing narrows it beyond agency and field (the number the scorecard
// and Biểu 06 show, in milliseconds on any size); otherwise the matching dossiers are counted up
// to COUNT_CAP and a larger set is shown as "more than 10.000".
import type { Db } from "@/lib/db/client";
import type { SqlClient } from "@/lib/db/sql";
import { canViewAgency, canViewApplicantData, visibleAgencyFilter, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { enforce, writeAudit, auditActor } from "@/lib/services/audit";
import { addCounters, emptyCounters, type Counters } from "@/lib/domain/counters";
import { classify, dossierFlags, type Classification, type DossierFlags, type DossierRecord } from "@/lib/domain/classification";
import { checkDueAgainstLegal, daysOverdue, type DueCheck } from "@/lib/domain/dossier-checks";
import { isoDate, localDayOf } from "@/lib/domain/local-time";
import { lastEndedPeriod, parsePeriod, PeriodError, type Period, type PeriodFamily } from "@/lib/domain/periods";
import { legalDueAt } from "@/lib/domain/working-days";
import { DOSSIER_FROM_SQL, windowCounters } from "@/lib/stats/summary";
import { drilldownWhere, type Figure } from "@/lib/stats/drilldown";
import { figureFromCounters } from "@/lib/stats/figure-value";
import { loadProvinceCalendar } from "@/lib/stats/calendar";
import { describeFilter } from "@/lib/explorer/labels";
import type { ExplorerFilter, ExplorerSort } from "@/lib/links";
import { vietnamDays } from "@/lib/url-query";

export const EXPLORER_PAGE_SIZE = 50;
/** Beyond this many matching dossiers a count that the summary cannot give is shown as "more than". */
export const COUNT_CAP = 10_000;
const EXPORT_CHUNK = 2_000;

export type SortDirection = "tang" | "giam";

/** Today's local date in Vietnam. */
const vietnamToday = (now: Date) => isoDate(localDayOf(now));

/** The window of the filter: the URL's period; a figure without one is read for the latest ended quarter. */
export function explorerPeriod(filter: ExplorerFilter, now: Date = new Date()): Period | null {
  const family: PeriodFamily = filter.kieu === "lich" ? "calendar" : "reporting";
  if (filter.ky) {
    try {
      return parsePeriod(filter.ky, family);
    } catch (error) {
      if (!(error instanceof PeriodError)) throw error;
    }
  }
  return filter.chitieu ? lastEndedPeriod(family, "quarter", vietnamToday(now)) : null;
}

/**
 * The sort the list uses: the URL's, else the newest reception first — read in the order of an
 * index and stopped after one page, where sorting by days overdue (a function of the window's
 * last day) must go through every matching dossier first (measured on 1,000,000 dossiers: ~1 ms
 * against ~0.5–1 s for a province-wide figure).
 */
export function explorerSort(filter: ExplorerFilter): { sort: ExplorerSort; direction: SortDirection } {
  const sort = filter.sap ?? "tiepnhan";
  return { sort, direction: filter.chieu ?? (sort === "ma" ? "tang" : "giam") };
}

/**
 * SQL of the calendar days a dossier is late or past due as of $asOf — lib/domain/dossier-checks.ts
 * daysOverdue over DOSSIER_FROM_SQL (x.ended, x.due); NULL when neither.
 */
function daysOverdueSql(asOf: string): string {
  return `(CASE WHEN x.due IS NULL THEN NULL
     WHEN x.ended AND d.finished_on <= ${asOf} THEN CASE WHEN d.status <> 7 AND d.finished_on > x.due THEN d.finished_on - x.due END
     WHEN NOT x.ended AND d.status IN (5, 6) THEN NULL
     WHEN x.due < ${asOf} THEN ${asOf} - x.due END)`;
}

/**
 * The sort key of each sort, never NULL (a missing value sorts last in both directions), with
 * its SQL type for the keyset of an export; the dossier id breaks ties.
 */
function sortKeySql(sort: ExplorerSort, direction: SortDirection, asOf: string): { key: string; type: string } {
  const last = direction === "tang" ? "'infinity'" : "'-infinity'";
  switch (sort) {
    case "ma": return { key: "d.code", type: "text" };
    case "tiepnhan": return { key: "d.received_at", type: "timestamptz" };
    case "hantra": return { key: `coalesce(d.due_at, d.legal_due_at, ${last}::timestamptz)`, type: "timestamptz" };
    case "ketthuc": return { key: `coalesce(d.finished_at, ${last}::timestamptz)`, type: "timestamptz" };
    case "quahan": return { key: `coalesce(${daysOverdueSql(asOf)}, ${direction === "tang" ? "2147483647" : "-2147483648"})`, type: "int" };
  }
}

export interface ExplorerRow {
  id: string;
  code: string;
  procedureId: number;
  procedureCode: string;
  procedureName: string;
  agencyId: number;
  agencyName: string;
  status: number;
  channel: number;
  receivedAt: Date;
  dueAt: Date | null;
  legalDueAt: Date | null;
  finishedAt: Date | null;
  /** local dates (yyyy-MM-dd), as the rules compare them */
  receivedOn: string;
  dueOn: string | null;
  legalDueOn: string | null;
  finishedOn: string | null;
  daysOverdue: number | null;
  apologyLetter: boolean;
  synced: boolean;
  /** null: none recorded; undefined: not for this viewer */
  applicantName?: string | null;
}

export interface ExplorerTotal {
  count: number;
  /** false: at least `count` (the count stopped at COUNT_CAP + 1) */
  exact: boolean;
  /** where the number comes from: the summary the scorecards read, or a count of the list */
  source: "summary" | "count";
}

export interface ExplorerList {
  period: Period | null;
  figure: Figure | null;
  sort: ExplorerSort;
  direction: SortDirection;
  /** reference date of days overdue: the window's last day, or today */
  asOf: string;
  /** the active filter in words */
  description: string;
  total: ExplorerTotal;
  page: number;
  pageSize: number;
  hasNextPage: boolean;
  rows: ExplorerRow[];
  /** whether the applicant column is shown at all (its cells still follow each dossier's agency) */
  applicantColumn: boolean;
}

/** Whether the viewer may see applicants' names of any agency (the column of the list). */
function applicantColumnFor(viewer: Viewer, agencyIds: readonly number[] | undefined): boolean {
  if (viewer.roles.includes("OFFICE")) return true;
  return agencyIds === undefined ? viewer.focalScope.size > 0 : agencyIds.some((id) => canViewApplicantData(viewer, id));
}

interface Scope {
  /** resolving agencies the list may show; undefined = the whole province */
  agencyIds: number[] | undefined;
  agencyName: string | null;
}

/** The agencies the list reaches: the one the URL names (checked, refusal audited), else the viewer's scope. */
async function scopeOf(database: Db, sql: SqlClient, viewer: Viewer, filter: ExplorerFilter, request: RequestInfo, what: string): Promise<Scope> {
  if (filter.coquan !== undefined) {
    await enforce(database, viewer, canViewAgency(viewer, filter.coquan), what, request, { entity: "agency", entityId: filter.coquan });
    const { rows } = await sql.query<{ name: string }>(`SELECT name FROM agency WHERE province_id = $1 AND id = $2`, [viewer.provinceId, filter.coquan]);
    return { agencyIds: [filter.coquan], agencyName: rows[0]?.name ?? `#${filter.coquan}` };
  }
  return { agencyIds: visibleAgencyFilter(viewer) ?? undefined, agencyName: null };
}

/** WHERE clause over DOSSIER_FROM_SQL and its parameters. */
function whereOf(provinceId: number, scope: Scope, filter: ExplorerFilter, period: Period | null, exactCode: boolean): { where: string; params: unknown[] } {
  let clauses: string[];
  let params: unknown[];
  if (filter.chitieu && period) {
    // the agencies are added below, like every other filter: one agency as an equality, which
    // the (agency, received_at) index serves in order
    const figure = drilldownWhere({ provinceId, window: period, figure: filter.chitieu, fieldId: filter.linhvuc, procedureId: filter.thutuc });
    clauses = [figure.where];
    params = figure.params;
    // "received by the window's last day" again as an instant: the same dossiers, and a bound on
    // the received_at index, which otherwise walks every dossier received since then first
    params.push(vietnamDays(period.start, period.end).lt);
    clauses.push(`d.received_at < $${params.length}::timestamptz`);
  } else {
    params = [provinceId];
    clauses = ["d.province_id = $1"];
    const add = (clause: (n: string) => string, value: unknown) => {
      params.push(value);
      clauses.push(clause(`$${params.length}`));
    };
    if (period) {
      // the instants of the window's local days: the same dossiers as received_on within it
      // (received_on is received_at's local date), on the index that also gives the order
      const { gte, lt } = vietnamDays(period.start, period.end);
      add((n) => `d.received_at >= ${n}::timestamptz`, gte);
      add((n) => `d.received_at < ${n}::timestamptz`, lt);
    }
    if (filter.linhvuc !== undefined) add((n) => `p.field_id = ${n}`, filter.linhvuc);
    if (filter.thutuc !== undefined) add((n) => `d.procedure_id = ${n}`, filter.thutuc);
  }
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  if (scope.agencyIds?.length === 1) add((n) => `d.resolving_agency_id = ${n}`, scope.agencyIds[0]);
  else if (scope.agencyIds) add((n) => `d.resolving_agency_id = ANY(${n}::int[])`, scope.agencyIds);
  if (filter.trangthai !== undefined) add((n) => `d.status = ${n}`, filter.trangthai);
  if (filter.kenh !== undefined) add((n) => `d.channel = ${n}`, filter.kenh);
  if (filter.tu) add((n) => `d.received_on >= ${n}::date`, filter.tu);
  if (filter.den) add((n) => `d.received_on <= ${n}::date`, filter.den);
  if (exactCode) add((n) => `d.code = ${n}`, filter.q);
  else if (filter.q) add((n) => `d.code ILIKE ${n}`, `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return { where: clauses.join(" AND "), params };
}

/** The exact summary's figure, when only agency and field narrow it; null otherwise. */
async function summaryTotal(sql: SqlClient, provinceId: number, scope: Scope, filter: ExplorerFilter, period: Period | null): Promise<number | null> {
  if (!filter.chitieu || !period) return null;
  if (filter.thutuc !== undefined || filter.trangthai !== undefined || filter.kenh !== undefined || filter.q || filter.tu || filter.den) return null;
  if (scope.agencyIds && scope.agencyIds.length === 0) return 0;
  const groups = await windowCounters(sql, provinceId, period, filter.linhvuc === undefined ? "agency" : "field", scope.agencyIds);
  const counters: Counters = groups
    .filter((g) => filter.linhvuc === undefined || g.fieldId === filter.linhvuc)
    .reduce((sum, g) => addCounters(sum, g.counters), emptyCounters());
  return figureFromCounters(filter.chitieu, counters);
}

const ROW_COLUMNS = (asOf: string, withApplicant: boolean) => `
  d.id::text AS id, d.code, d.procedure_id, p.code AS procedure_code, p.name AS procedure_name,
  d.resolving_agency_id AS agency_id, d.status, d.channel,
  -- a lookup per row shown, not a join the planner may start from (and read every dossier of
  -- every agency from) when the agency table's statistics are stale
  (SELECT a.name FROM agency a WHERE a.province_id = d.province_id AND a.id = d.resolving_agency_id) AS agency_name,
  d.received_at, d.due_at, d.legal_due_at, d.finished_at,
  to_char(d.received_on, 'YYYY-MM-DD') AS received_on, to_char(d.due_on, 'YYYY-MM-DD') AS due_on,
  to_char(d.legal_due_on, 'YYYY-MM-DD') AS legal_due_on, to_char(d.finished_on, 'YYYY-MM-DD') AS finished_on,
  ${daysOverdueSql(asOf)} AS days_overdue, d.apology_letter, d.synced_to_national AS synced
  ${withApplicant ? ", d.applicant_name" : ""}`;

interface RawRow {
  id: string; code: string; procedure_id: number; procedure_code: string; procedure_name: string; agency_id: number; agency_name: string;
  status: number; channel: number; received_at: Date; due_at: Date | null; legal_due_at: Date | null; finished_at: Date | null;
  received_on: string; due_on: string | null; legal_due_on: string | null; finished_on: string | null;
  days_overdue: number | null; apology_letter: boolean; synced: boolean; applicant_name?: string | null; sort_key?: string;
}

function rowOf(viewer: Viewer, r: RawRow, withApplicant: boolean): ExplorerRow {
  return {
    id: r.id, code: r.code, procedureId: r.procedure_id, procedureCode: r.procedure_code, procedureName: r.procedure_name,
    agencyId: r.agency_id, agencyName: r.agency_name, status: r.status, channel: r.channel,
    receivedAt: r.received_at, dueAt: r.due_at, legalDueAt: r.legal_due_at, finishedAt: r.finished_at,
    receivedOn: r.received_on, dueOn: r.due_on, legalDueOn: r.legal_due_on, finishedOn: r.finished_on,
    daysOverdue: r.days_overdue, apologyLetter: r.apology_letter, synced: r.synced,
    ...(withApplicant ? { applicantName: canViewApplicantData(viewer, r.agency_id) ? r.applicant_name ?? null : undefined } : {}),
  };
}

interface Prepared {
  period: Period | null;
  scope: Scope;
  where: string;
  params: unknown[];
  asOf: string;
  sort: ExplorerSort;
  direction: SortDirection;
  applicantColumn: boolean;
  description: string;
}

async function prepare(database: Db, sql: SqlClient, viewer: Viewer, filter: ExplorerFilter, request: RequestInfo, what: string, now: Date): Promise<Prepared> {
  const scope = await scopeOf(database, sql, viewer, filter, request, what);
  const period = explorerPeriod(filter, now);
  // a whole code (pasted from a letter or the one-stop system) is found on the unique index; a
  // part of one needs to read every dossier of the other filters
  const exactCode = filter.q !== undefined
    && (await sql.query(`SELECT 1 FROM dossier WHERE province_id = $1 AND code = $2`, [viewer.provinceId, filter.q])).rows.length > 0;
  const { where, params } = whereOf(viewer.provinceId, scope, filter, period, exactCode);
  const { sort, direction } = explorerSort(filter);
  const names = await sql.query<{ field: string | null; procedure: string | null }>(
    `SELECT (SELECT name FROM field WHERE province_id = $1 AND id = $2) AS field,
            (SELECT code || ' ' || name FROM procedure WHERE province_id = $1 AND id = $3) AS procedure`,
    [viewer.provinceId, filter.linhvuc ?? null, filter.thutuc ?? null],
  );
  const description = describeFilter({
    figure: period ? filter.chitieu : undefined,
    period: period ?? undefined,
    agency: scope.agencyName !== null ? { name: scope.agencyName } : scope.agencyIds ? "own-scope" : "province",
    field: filter.linhvuc !== undefined ? names.rows[0]?.field ?? `#${filter.linhvuc}` : undefined,
    procedure: filter.thutuc !== undefined ? names.rows[0]?.procedure ?? `#${filter.thutuc}` : undefined,
    status: filter.trangthai, channel: filter.kenh, code: filter.q, receivedFrom: filter.tu, receivedTo: filter.den,
  });
  return {
    period, scope, where, params, sort, direction, description,
    asOf: period?.end ?? vietnamToday(now),
    applicantColumn: applicantColumnFor(viewer, scope.agencyIds),
  };
}

/** One page of the explorer's list for the viewer, with its total. */
export async function listDossiers(database: Db, sql: SqlClient, viewer: Viewer, filter: ExplorerFilter, request: RequestInfo, now: Date = new Date()): Promise<ExplorerList> {
  const p = await prepare(database, sql, viewer, filter, request, "dossier.list", now);
  const page = filter.trang ?? 1;
  const params = [...p.params, p.asOf];
  const asOf = `$${params.length}::date`;
  const { key } = sortKeySql(p.sort, p.direction, asOf);
  const dir = p.direction === "tang" ? "ASC" : "DESC";
  const empty = p.scope.agencyIds?.length === 0;
  // two steps: the page's ids are chosen reading only what the filter and the sort need; the
  // columns shown (dates as text, names) are computed for those 51 rows only, not for every
  // matching dossier the sort goes through
  const { rows } = empty ? { rows: [] as RawRow[] } : await sql.query<RawRow>(
    `WITH page AS MATERIALIZED (
       SELECT d.id, ${key} AS sort_key ${DOSSIER_FROM_SQL}
       WHERE ${p.where}
       ORDER BY ${key} ${dir}, d.id ${dir}
       LIMIT ${EXPLORER_PAGE_SIZE + 1} OFFSET ${(page - 1) * EXPLORER_PAGE_SIZE})
     SELECT ${ROW_COLUMNS(asOf, p.applicantColumn)}
     FROM page JOIN dossier d ON d.province_id = $1 AND d.id = page.id
     JOIN procedure p ON p.province_id = d.province_id AND p.id = d.procedure_id
     CROSS JOIN LATERAL (SELECT d.status >= 7 AND d.finished_on IS NOT NULL AS ended, coalesce(d.due_on, d.legal_due_on) AS due) x
     ORDER BY page.sort_key ${dir}, page.id ${dir}`,
    params,
  );
  const exact = empty ? 0 : await summaryTotal(sql, viewer.provinceId, p.scope, filter, p.period);
  let total: ExplorerTotal;
  if (exact !== null) total = { count: exact, exact: true, source: "summary" };
  else {
    const { rows: counted } = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 ${DOSSIER_FROM_SQL} WHERE ${p.where} LIMIT ${COUNT_CAP + 1}) matching`, p.params,
    );
    const n = counted[0]!.n;
    total = n > COUNT_CAP ? { count: COUNT_CAP, exact: false, source: "count" } : { count: n, exact: true, source: "count" };
  }
  return {
    period: p.period, figure: p.period ? filter.chitieu ?? null : null, sort: p.sort, direction: p.direction, asOf: p.asOf,
    description: p.description, total, page, pageSize: EXPLORER_PAGE_SIZE,
    hasNextPage: rows.length > EXPLORER_PAGE_SIZE,
    rows: rows.slice(0, EXPLORER_PAGE_SIZE).map((r) => rowOf(viewer, r, p.applicantColumn)),
    applicantColumn: p.applicantColumn,
  };
}

export interface ExplorerExport {
  period: Period | null;
  description: string;
  applicantColumn: boolean;
  asOf: string;
  /** every matching dossier in the list's order, read in chunks */
  rows: AsyncGenerator<ExplorerRow>;
}

/**
 * Every dossier of the filter, in the list's order, read chunk by chunk (keyset on the sort key
 * and the id: no long-lived transaction or cursor, which the embedded database would serialise
 * every other request behind). The export is audited: it may carry applicants' names.
 */
export async function exportDossiers(database: Db, sql: SqlClient, viewer: Viewer, filter: ExplorerFilter, request: RequestInfo, now: Date = new Date()): Promise<ExplorerExport> {
  const p = await prepare(database, sql, viewer, filter, request, "dossier.export", now);
  const { trang: _page, ...filters } = filter;
  await writeAudit(database, { ...auditActor(viewer, request), action: "dossier.export", entity: "dossier", after: { filters, applicantData: p.applicantColumn } });
  const baseParams = [...p.params, p.asOf];
  const asOf = `$${baseParams.length}::date`;
  const { key, type } = sortKeySql(p.sort, p.direction, asOf);
  const dir = p.direction === "tang" ? "ASC" : "DESC";
  const after = p.direction === "tang" ? ">" : "<";
  const empty = p.scope.agencyIds?.length === 0;
  const rows = (async function* () {
    if (empty) return;
    let last: { key: string; id: string } | null = null;
    for (;;) {
      const params = last ? [...baseParams, last.key, last.id] : baseParams;
      const keyset = last ? ` AND (${key}, d.id) ${after} ($${params.length - 1}::${type}, $${params.length}::bigint)` : "";
      const chunk: RawRow[] = (await sql.query<RawRow>(
        `SELECT ${ROW_COLUMNS(asOf, p.applicantColumn)}, (${key})::text AS sort_key ${DOSSIER_FROM_SQL}
         WHERE ${p.where}${keyset}
         ORDER BY ${key} ${dir}, d.id ${dir} LIMIT ${EXPORT_CHUNK}`,
        params,
      )).rows;
      for (const r of chunk) yield rowOf(viewer, r, p.applicantColumn);
      if (chunk.length < EXPORT_CHUNK) return;
      const tail = chunk[chunk.length - 1]!;
      last = { key: tail.sort_key!, id: tail.id };
    }
  })();
  return { period: p.period, description: p.description, applicantColumn: p.applicantColumn, asOf: p.asOf, rows };
}

// ── One dossier ──────────────────────────────────────────────────────────────────────────────

export interface FileInfo {
  name: string | null;
  type: string | null;
  size: number | null;
  sha256: string | null;
}

export interface DossierDetail {
  id: string;
  code: string;
  status: number;
  channel: number;
  procedure: { id: number; code: string; name: string; legalDays: number; legalDaysOnline: number | null; returnsResult: boolean; hasFees: boolean };
  field: { id: number; code: string; name: string };
  agency: { id: number; code: string; name: string };
  receivingAgency: { id: number; code: string; name: string } | null;
  receivedAt: Date;
  dueAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  /** the stored legal due instant (what the statistics compare) and the one the calendar gives now */
  legalDueAt: Date | null;
  computedLegalDueAt: Date;
  dueCheck: DueCheck;
  apologyLetter: boolean;
  apologyNewDueAt: Date | null;
  synced: boolean;
  processingSteps: number | null;
  supplementCount: number | null;
  onlinePayment: number | null;
  componentsDigitised: boolean | null;
  vneidVerified: boolean | null;
  result: FileInfo & { blank: boolean | null };
  resultFiles: FileInfo[];
  componentFiles: FileInfo[];
  componentSha256: string[];
  sourceUpdatedAt: Date | null;
  importBatchId: number | null;
  updatedAt: Date;
  /** how the dossier counts in `period` (Biểu 06) */
  period: Period;
  classification: Classification;
  daysOverdue: number | null;
  flags: DossierFlags;
  /** null: none recorded; undefined: not for this viewer */
  applicantName?: string | null;
  applicantType: number | null;
}

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : null);
const str = (v: unknown) => (typeof v === "string" ? v : null);

/** The file list of a JSON column (TaiLieuNop[], DanhSachGiayToKetQua[]): whatever fields each entry has. */
function filesOf(value: unknown): FileInfo[] {
  if (!Array.isArray(value)) return [];
  return value.filter((f): f is Record<string, unknown> => typeof f === "object" && f !== null).map((f) => ({
    name: str(f.name), type: str(f.type), size: num(f.size), sha256: str(f.sha256),
  }));
}

/**
 * One dossier of the viewer's province with its checks, or null when there is none. Refused
 * (ForbiddenError, audited) when its resolving agency is outside the viewer's scope.
 */
export async function getDossierDetail(
  database: Db, sql: SqlClient, viewer: Viewer, dossierId: bigint, period: Period, request: RequestInfo,
): Promise<DossierDetail | null> {
  const { rows } = await sql.query(
    `SELECT d.*, d.id::text AS id_text, d.result_file_size::float8 AS result_size,
            to_char(d.received_on, 'YYYY-MM-DD') AS received_on_text, to_char(d.due_on, 'YYYY-MM-DD') AS due_on_text,
            to_char(d.legal_due_on, 'YYYY-MM-DD') AS legal_due_on_text, to_char(d.finished_on, 'YYYY-MM-DD') AS finished_on_text,
            p.code AS procedure_code, p.name AS procedure_name, p.legal_days::float8 AS legal_days, p.legal_days_online::float8 AS legal_days_online,
            p.returns_result, p.has_fees, f.id AS field_id, f.code AS field_code, f.name AS field_name,
            a.code AS agency_code, a.name AS agency_name, r.code AS receiving_code, r.name AS receiving_name
     FROM dossier d
     JOIN procedure p ON p.province_id = d.province_id AND p.id = d.procedure_id
     JOIN field f ON f.province_id = p.province_id AND f.id = p.field_id
     JOIN agency a ON a.province_id = d.province_id AND a.id = d.resolving_agency_id
     LEFT JOIN agency r ON r.province_id = d.province_id AND r.id = d.receiving_agency_id
     WHERE d.province_id = $1 AND d.id = $2`,
    [viewer.provinceId, dossierId.toString()],
  );
  const r = rows[0];
  if (!r) return null;
  await enforce(database, viewer, canViewAgency(viewer, r.resolving_agency_id), "dossier.view", request, { entity: "dossier", entityId: r.id_text });
  const calendar = await loadProvinceCalendar(sql, viewer.provinceId);
  const receivedAt: Date = r.received_at;
  const legalTime = { legalDays: r.legal_days as number, legalDaysOnline: r.legal_days_online as number | null };
  const computedLegalDueAt = legalDueAt(calendar.forDay(localDayOf(receivedAt)), legalTime, receivedAt, r.channel);
  const record: DossierRecord = {
    agencyId: r.resolving_agency_id, fieldId: r.field_id, status: r.status, channel: r.channel,
    receivedOn: r.received_on_text, dueOn: r.due_on_text, legalDueOn: r.legal_due_on_text, finishedOn: r.finished_on_text,
    synced: r.synced_to_national, apologyLetter: r.apology_letter, processingSteps: r.processing_steps, supplementCount: r.supplement_count,
    onlinePayment: r.online_payment, componentsDigitised: r.components_digitised, vneidVerified: r.vneid_verified,
    resultFileName: r.result_file_name, resultFileType: r.result_file_type, resultFileSize: r.result_size, resultFileBlank: r.result_file_blank,
    resultFileSha256: r.result_file_sha256, componentSha256: r.component_sha256 ?? [], procedureReturnsResult: r.returns_result, procedureHasFees: r.has_fees,
  };
  return {
    id: r.id_text, code: r.code, status: r.status, channel: r.channel,
    procedure: { id: r.procedure_id, code: r.procedure_code, name: r.procedure_name, legalDays: legalTime.legalDays, legalDaysOnline: legalTime.legalDaysOnline, returnsResult: r.returns_result, hasFees: r.has_fees },
    field: { id: r.field_id, code: r.field_code, name: r.field_name },
    agency: { id: r.resolving_agency_id, code: r.agency_code, name: r.agency_name },
    receivingAgency: r.receiving_agency_id === null ? null : { id: r.receiving_agency_id, code: r.receiving_code, name: r.receiving_name },
    receivedAt, dueAt: r.due_at, finishedAt: r.finished_at, returnedAt: r.returned_at,
    legalDueAt: r.legal_due_at, computedLegalDueAt,
    dueCheck: checkDueAgainstLegal(calendar.forDay(localDayOf(receivedAt)), r.due_at, r.legal_due_at ?? computedLegalDueAt, r.supplement_count),
    apologyLetter: r.apology_letter, apologyNewDueAt: r.apology_new_due_at, synced: r.synced_to_national,
    processingSteps: r.processing_steps, supplementCount: r.supplement_count, onlinePayment: r.online_payment,
    componentsDigitised: r.components_digitised, vneidVerified: r.vneid_verified,
    result: { name: r.result_file_name, type: r.result_file_type, size: r.result_size, sha256: r.result_file_sha256, blank: r.result_file_blank },
    resultFiles: filesOf(r.result_files), componentFiles: filesOf(r.component_files), componentSha256: r.component_sha256 ?? [],
    sourceUpdatedAt: r.source_updated_at, importBatchId: r.import_batch_id, updatedAt: r.updated_at,
    period, classification: classify(record, period), daysOverdue: daysOverdue(record, period.end), flags: dossierFlags(record),
    ...(canViewApplicantData(viewer, r.resolving_agency_id) ? { applicantName: r.applicant_name ?? null } : {}),
    applicantType: r.applicant_type,
  };
}

// ── The filter form's choices ────────────────────────────────────────────────────────────────

export interface ExplorerOptions {
  agencies: { id: number; code: string; name: string; level: string }[];
  fields: { id: number; code: string; name: string }[];
  /** procedures of the chosen field, else of the chosen agency's competence; null until one is chosen */
  procedures: { id: number; code: string; name: string }[] | null;
}

/**
 * Choices of the filter form: the agencies of the viewer's scope (current ones, plus a historic
 * one the URL names), the fields, and the procedures of the chosen field or agency.
 */
export async function explorerOptions(sql: SqlClient, viewer: Viewer, filter: ExplorerFilter): Promise<ExplorerOptions> {
  const visible = visibleAgencyFilter(viewer);
  const named = filter.coquan !== undefined && canViewAgency(viewer, filter.coquan) ? filter.coquan : null;
  const agencies = (await sql.query<ExplorerOptions["agencies"][number]>(
    `SELECT a.id, a.code, a.name, a.level::text AS level FROM agency a
     WHERE a.province_id = $1 AND (a.valid_to IS NULL OR a.id = $2) AND ($3::int[] IS NULL OR a.id = ANY($3::int[]))
     ORDER BY array_position(ARRAY['TINH','SO','CHINHANH','NGANHDOC','HUYEN','XA']::text[], a.level::text), a.name COLLATE "und-x-icu"`,
    [viewer.provinceId, named, visible],
  )).rows;
  const fields = (await sql.query<ExplorerOptions["fields"][number]>(
    `SELECT id, code, name FROM field WHERE province_id = $1 ORDER BY name COLLATE "und-x-icu"`, [viewer.provinceId],
  )).rows;
  let procedures: ExplorerOptions["procedures"] = null;
  if (filter.linhvuc !== undefined) {
    procedures = (await sql.query<{ id: number; code: string; name: string }>(
      `SELECT id, code, name FROM procedure WHERE province_id = $1 AND field_id = $2 ORDER BY code`, [viewer.provinceId, filter.linhvuc],
    )).rows;
  } else if (named !== null) {
    // the agency's competence, as Bộ chỉ số 766 reads it: linked by CoQuanThucHien, or — for
    // procedures without links — of a level the agency has
    procedures = (await sql.query<{ id: number; code: string; name: string }>(
      `SELECT p.id, p.code, p.name FROM procedure p JOIN agency a ON a.province_id = p.province_id AND a.id = $2
       WHERE p.province_id = $1 AND (
         EXISTS (SELECT 1 FROM procedure_agency pa WHERE pa.province_id = p.province_id AND pa.procedure_id = p.id AND pa.agency_id = a.id)
         OR (NOT EXISTS (SELECT 1 FROM procedure_agency pa WHERE pa.province_id = p.province_id AND pa.procedure_id = p.id)
             AND a.level = ANY(p.competent_levels)))
       ORDER BY p.code`,
      [viewer.provinceId, named],
    )).rows;
  }
  // the URL's procedure stays selectable (a link may name one outside the listed ones)
  if (filter.thutuc !== undefined && !procedures?.some((p) => p.id === filter.thutuc)) {
    const chosen = (await sql.query<{ id: number; code: string; name: string }>(
      `SELECT id, code, name FROM procedure WHERE province_id = $1 AND id = $2`, [viewer.provinceId, filter.thutuc],
    )).rows;
    procedures = [...chosen, ...(procedures ?? [])];
  }
  return { agencies, fields, procedures };
}
