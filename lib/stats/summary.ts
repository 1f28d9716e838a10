// The statistics summary: an exact pre-aggregation of counted dossiers by half-month (see the
// DossierSummary model), and the window aggregate read from it. A window's counters are sums of
// per-half-month events (received, finished, fell past due, stopped being past due), so reading
// a window costs one row per agency (and field) and half-month, however many dossiers there are.
// It must give the same counters as lib/domain/counters.ts over the same dossiers:
// tests/integration/stats-agreement.test.ts and stats-property.test.ts hold them to each other.
//
// The summary is derived data, kept exact in the transaction of every change, so figures are
// exact as soon as it commits. A dossier import updates it by difference (updateDossierSummary:
// what the dossiers it rewrote counted before, taken away; what the dossiers it wrote count now,
// added), at a cost proportional to the dossiers written. Bulk loads (the seed) and changes to
// what every dossier's contribution derives from — procedures (field, fees, result) or the
// calendar (legal due dates) — rebuild it (refreshDossierSummary) for the agencies concerned or
// the whole province.
import type { SqlClient } from "@/lib/db/sql";
import { ARCHIVE_EXTENSIONS, ARCHIVE_MEDIA_TYPES } from "@/lib/domain/classification";
import { COUNTER_NAMES, emptyCounters, type Counters } from "@/lib/domain/counters";
import { periodHalfMonths, type DateWindow } from "@/lib/domain/periods";

/**
 * SQL of the half-month index of a date expression (lib/domain/periods.ts halfMonthOf).
 * date_part reads a date as a timestamp without time zone (the session's zone plays no part)
 * and is four times cheaper than extract, which computes in numeric.
 */
export function halfMonthSql(date: string): string {
  return `((date_part('year', ${date})::int * 12 + date_part('month', ${date})::int - 1) * 2 + (date_part('day', ${date}) >= 15)::int)`;
}

const ARCHIVE_TYPES_SQL = `ARRAY[${ARCHIVE_MEDIA_TYPES.map((t) => `'${t}'`).join(", ")}]`;
const ARCHIVE_NAME_SQL = `'\\.(${ARCHIVE_EXTENSIONS.join("|")})$'`;

/**
 * The per-dossier lateral every statistics query joins: `x.ended` (finished: status 7–10 with an
 * end date), `x.due` (the due date held to), and the result-file facts. `d` is the dossier (a row
 * of `dossiers`: the dossier table, or a relation with its columns), `p` its procedure.
 */
function dossierFromSql(dossiers: string): string {
  return `
  FROM ${dossiers} d
  JOIN procedure p ON p.province_id = d.province_id AND p.id = d.procedure_id
  CROSS JOIN LATERAL (SELECT
    d.status >= 7 AND d.finished_on IS NOT NULL AS ended,
    coalesce(d.due_on, d.legal_due_on) AS due,
    p.returns_result AND d.status IN (9, 10) AS expected,
    (d.result_file_name IS NOT NULL OR d.result_file_sha256 IS NOT NULL OR d.result_file_size IS NOT NULL) AS has_file,
    (d.result_file_blank IS TRUE OR d.result_file_size = 0) AS blank,
    (lower(trim(d.result_file_type)) = ANY(${ARCHIVE_TYPES_SQL}) OR lower(trim(d.result_file_name)) ~ ${ARCHIVE_NAME_SQL}) IS TRUE AS archive,
    -- only where it can matter: comparing hashes is the costliest check of a full rebuild
    CASE WHEN d.result_file_sha256 IS NULL OR NOT (p.returns_result AND d.status IN (9, 10)) THEN false
         ELSE EXISTS (SELECT 1 FROM unnest(d.component_sha256) AS c(sha) WHERE lower(c.sha) = lower(d.result_file_sha256)) END AS identical
  ) x`;
}
export const DOSSIER_FROM_SQL = dossierFromSql("dossier");

/**
 * Per-dossier flags (lib/domain/classification.ts dossierFlags), as boolean SQL over
 * DOSSIER_FROM_SQL; never NULL (an unknown value, e.g. no SoBuocXuLy, is not a defect).
 */
const FLAG_EXPRESSIONS = {
  online: "d.channel = 2",
  synced: "d.synced_to_national",
  apologyLetter: "d.apology_letter",
  historyGap: "d.processing_steps = 0",
  dueBeyondLegal: "(d.due_on IS NOT NULL AND d.legal_due_on IS NOT NULL AND d.due_on > d.legal_due_on AND NOT coalesce(d.supplement_count, 0) > 0)",
  resultExpected: "x.expected",
  resultPresent: "(x.expected AND x.has_file)",
  resultMissing: "(x.expected AND NOT x.has_file)",
  resultBlank: "(x.expected AND x.has_file AND x.blank)",
  resultArchive: "(x.expected AND x.has_file AND x.archive)",
  resultIdentical: "(x.expected AND x.has_file AND x.identical)",
  resultDefective: "(x.expected AND (NOT x.has_file OR x.blank OR x.archive OR x.identical))",
  feeBearing: "p.has_fees",
  paidOnline: "(p.has_fees AND d.online_payment IN (1, 2))",
  digitisedWithResult: "(d.components_digitised IS TRUE AND x.expected AND x.has_file)",
  vneidVerified: "(d.vneid_verified IS TRUE)",
} as const;
export const FLAG_SQL = Object.fromEntries(
  Object.entries(FLAG_EXPRESSIONS).map(([name, sql]) => [name, `(${sql}) IS TRUE`]),
) as Record<keyof typeof FLAG_EXPRESSIONS, string>;

/**
 * One counted dossier of `dossiers` (of province $1) as the summary sees it: its agency and
 * field, the half-months of its events — received (r), finished (f; null while open), first past
 * due at a half-month's end (o; null without a due date or while waiting for the applicant, who
 * then holds the clock) and no longer in progress past due (e = the later of o and f) — and its
 * flags.
 */
const perDossierSql = (dossiers: string) => `
  SELECT d.resolving_agency_id AS agency_id, p.field_id,
    ${halfMonthSql("d.received_on")} AS r,
    CASE WHEN x.ended THEN ${halfMonthSql("d.finished_on")} END AS f,
    -- past due at the end of a half-month once its last day is after the due date: from the
    -- half-month of the day after the due date on
    CASE WHEN x.due IS NULL OR (NOT x.ended AND d.status IN (5, 6)) THEN NULL ELSE ${halfMonthSql("x.due + 1")} END AS o,
    CASE WHEN NOT x.ended THEN 0
         WHEN d.status = 7 OR x.due IS NULL OR d.finished_on = x.due THEN 2
         WHEN d.finished_on < x.due THEN 1 ELSE 3 END AS timing,
    ${Object.entries(FLAG_SQL).map(([name, sql]) => `${sql} AS "${name}"`).join(",\n    ")}
  ${dossierFromSql(dossiers)}
  WHERE d.province_id = $1 AND d.status NOT IN (1, 3)`;

/** Each measure of the summary: the event it counts (r, f, o, e) and which of those dossiers. */
const MEASURES: Record<string, { event: "r" | "f" | "o" | "e"; where: string }> = {
  received: { event: "r", where: "TRUE" },
  received_online: { event: "r", where: `s."online"` },
  received_synced: { event: "r", where: `s."synced"` },
  received_due_beyond_legal: { event: "r", where: `s."dueBeyondLegal"` },
  received_fee_bearing: { event: "r", where: `s."feeBearing"` },
  received_paid_online: { event: "r", where: `s."paidOnline"` },
  received_vneid_verified: { event: "r", where: `s."vneidVerified"` },
  received_history_gap: { event: "r", where: `s."historyGap"` },
  finished: { event: "f", where: "TRUE" },
  finished_before: { event: "f", where: "s.timing = 1" },
  finished_on_time: { event: "f", where: "s.timing = 2" },
  finished_late: { event: "f", where: "s.timing = 3" },
  finished_late_apology: { event: "f", where: `s.timing = 3 AND s."apologyLetter"` },
  finished_history_gap: { event: "f", where: `s."historyGap"` },
  result_expected: { event: "f", where: `s."resultExpected"` },
  result_present: { event: "f", where: `s."resultPresent"` },
  result_missing: { event: "f", where: `s."resultMissing"` },
  result_blank: { event: "f", where: `s."resultBlank"` },
  result_archive: { event: "f", where: `s."resultArchive"` },
  result_identical: { event: "f", where: `s."resultIdentical"` },
  result_defective: { event: "f", where: `s."resultDefective"` },
  digitised_with_result: { event: "f", where: `s."digitisedWithResult"` },
  overdue: { event: "o", where: "TRUE" },
  overdue_apology: { event: "o", where: `s."apologyLetter"` },
  overdue_ended: { event: "e", where: "TRUE" },
  overdue_ended_apology: { event: "e", where: `s."apologyLetter"` },
};
const MEASURE_COLUMNS = Object.keys(MEASURES);

// Every dossier yields up to four events, one per half-month in which it changes a window's
// counters; each event row carries the dossier's contribution to every measure (0 for the
// measures of the other events).
const HALF_MONTH_OF_EVENT = { r: "s.r", f: "s.f", o: "s.o", e: "CASE WHEN s.f IS NOT NULL AND s.o IS NOT NULL THEN greatest(s.o, s.f) END" };

/**
 * The summary rows (agency_id, field_id, half_month, the measures) of the per-dossier rows `s`
 * (perDossierSql), each dossier's contribution multiplied by `weight` when given (SQL over `s`:
 * −1 takes away what a dossier was).
 */
function summaryRowsSql(weight?: string): string {
  const eventRows = (Object.keys(HALF_MONTH_OF_EVENT) as (keyof typeof HALF_MONTH_OF_EVENT)[]).map((event) =>
    `(${[HALF_MONTH_OF_EVENT[event], ...MEASURE_COLUMNS.map((m) => (MEASURES[m]!.event === event ? `(${MEASURES[m]!.where})::int${weight ? ` * ${weight}` : ""}` : "0"))].join(", ")})`);
  return `SELECT s.agency_id, s.field_id, e.half_month, ${MEASURE_COLUMNS.map((m) => `sum(e.${m})::int AS ${m}`).join(", ")}
     FROM s CROSS JOIN LATERAL (VALUES ${eventRows.join(",\n       ")}) AS e(half_month, ${MEASURE_COLUMNS.join(", ")})
     WHERE e.half_month IS NOT NULL
     GROUP BY s.agency_id, s.field_id, e.half_month`;
}

/**
 * Rebuilds the summary of a province, or of some of its agencies (resolving agency ids), from
 * all their dossiers. Run it inside the transaction that changed what the summary derives from
 * (procedures, the calendar, dossiers loaded in bulk); a dossier import updates it instead
 * (updateDossierSummary).
 */
export async function refreshDossierSummary(client: SqlClient, provinceId: number, agencyIds?: readonly number[]): Promise<void> {
  if (agencyIds && agencyIds.length === 0) return;
  // A whole province is rebuilt after bulk loads (seed, migrations), when the planner's
  // statistics still describe a smaller table: then it reads the dossiers procedure by procedure
  // through an index, every page many times over (measured: 260 s instead of ~60 s at 5 million
  // dossiers). PGlite runs no autovacuum to refresh them, so gather them first (a sample, ~1 s).
  if (!agencyIds) await client.query("ANALYZE dossier, procedure");
  const params: unknown[] = [provinceId];
  let agencyFilter = "";
  if (agencyIds) {
    params.push([...agencyIds]);
    agencyFilter = " AND agency_id = ANY($2::int[])";
  }
  await client.query(`DELETE FROM dossier_summary WHERE province_id = $1${agencyFilter}`, params);
  await client.query(`DELETE FROM dossier_summary_agency WHERE province_id = $1${agencyFilter}`, params);
  // MATERIALIZED: each dossier's flags and half-months computed once, not once per event row
  // that reads them (inlined, they made a 5-million-dossier rebuild four times slower)
  await client.query(
    `WITH s AS MATERIALIZED (${perDossierSql("dossier")}${agencyIds ? " AND d.resolving_agency_id = ANY($2::int[])" : ""})
     INSERT INTO dossier_summary (province_id, agency_id, field_id, half_month, ${MEASURE_COLUMNS.join(", ")})
     SELECT $1, grouped.* FROM (${summaryRowsSql()}) grouped`,
    params,
  );
  await client.query(
    `INSERT INTO dossier_summary_agency (province_id, agency_id, half_month, ${MEASURE_COLUMNS.join(", ")})
     SELECT province_id, agency_id, half_month, ${MEASURE_COLUMNS.map((m) => `sum(${m})::int`).join(", ")}
     FROM dossier_summary WHERE province_id = $1${agencyFilter}
     GROUP BY province_id, agency_id, half_month`,
    params,
  );
  if (!agencyIds) await client.query("ANALYZE dossier_summary, dossier_summary_agency");
}

/** The given dossiers of a province: relations of rows with the dossier table's columns (SQL; $1 is the province). */
export interface ChangedDossiers {
  /** their rows as the summary counts them now (none for a new dossier) */
  before: string;
  /** their current rows (none for a deleted one) */
  after: string;
}

/**
 * Brings the summary up to date after some dossiers changed, at a cost proportional to their
 * number however large their agencies: takes away what their `before` rows contributed, adds
 * what their `after` rows contribute — the same rules as a rebuild, so the summary is then
 * exactly what refreshDossierSummary would build. It assumes the summary was exact for the
 * `before` rows and the current procedures (a dossier import changes neither procedures nor the
 * calendar). Rows left with nothing to count are deleted: a rebuild never makes them.
 */
export async function updateDossierSummary(client: SqlClient, provinceId: number, dossiers: ChangedDossiers): Promise<void> {
  const add = (table: string) => MEASURE_COLUMNS.map((m) => `${m} = ${table}.${m} + EXCLUDED.${m}`).join(", ");
  const nothingLeft = (row: string) => MEASURE_COLUMNS.map((m) => `${row}.${m} = 0`).join(" AND ");
  const { rows: emptied } = await client.query<{ agency_id: number; field_id: number | null; half_month: number }>(
    `WITH s AS MATERIALIZED (
       SELECT -1 AS weight, b.* FROM (${perDossierSql(dossiers.before)}) b
       UNION ALL
       SELECT 1, a.* FROM (${perDossierSql(dossiers.after)}) a),
     delta AS MATERIALIZED (
       SELECT * FROM (${summaryRowsSql("s.weight")}) grouped WHERE NOT (${nothingLeft("grouped")})),
     fine AS (
       INSERT INTO dossier_summary AS t (province_id, agency_id, field_id, half_month, ${MEASURE_COLUMNS.join(", ")})
       SELECT $1, delta.* FROM delta
       ON CONFLICT (province_id, agency_id, field_id, half_month) DO UPDATE SET ${add("t")}
       RETURNING t.agency_id, t.field_id, t.half_month, ${nothingLeft("t")} AS emptied),
     by_agency AS (
       INSERT INTO dossier_summary_agency AS t (province_id, agency_id, half_month, ${MEASURE_COLUMNS.join(", ")})
       SELECT $1, agency_id, half_month, ${MEASURE_COLUMNS.map((m) => `sum(${m})::int`).join(", ")}
       FROM delta GROUP BY agency_id, half_month
       HAVING ${MEASURE_COLUMNS.map((m) => `sum(${m}) <> 0`).join(" OR ")}
       ON CONFLICT (province_id, agency_id, half_month) DO UPDATE SET ${add("t")}
       RETURNING t.agency_id, t.half_month, ${nothingLeft("t")} AS emptied)
     SELECT agency_id, field_id, half_month FROM fine WHERE emptied
     UNION ALL
     SELECT agency_id, NULL, half_month FROM by_agency WHERE emptied`,
    [provinceId],
  );
  // a statement does not see its own writes: the emptied rows go in the next ones
  const fine = emptied.filter((r) => r.field_id !== null);
  const byAgency = emptied.filter((r) => r.field_id === null);
  if (fine.length) {
    await client.query(
      `DELETE FROM dossier_summary WHERE province_id = $1
       AND (agency_id, field_id, half_month) IN (SELECT * FROM unnest($2::int[], $3::int[], $4::int[]))`,
      [provinceId, fine.map((r) => r.agency_id), fine.map((r) => r.field_id), fine.map((r) => r.half_month)],
    );
  }
  if (byAgency.length) {
    await client.query(
      `DELETE FROM dossier_summary_agency WHERE province_id = $1
       AND (agency_id, half_month) IN (SELECT * FROM unnest($2::int[], $3::int[]))`,
      [provinceId, byAgency.map((r) => r.agency_id), byAgency.map((r) => r.half_month)],
    );
  }
}

const sum = (measure: string, where?: string) => `coalesce(sum(${measure})${where ? ` FILTER (WHERE ${where})` : ""}, 0)::int`;

/**
 * SQL of each counter over the summary rows of the half-months up to the window's last (L),
 * `first` being the window's first half-month (F). Populations as in lib/domain/counters.ts.
 * A dossier is received before it finishes or falls due, so:
 *   counted = received ≤ L − finished < F;  carried over = received < F − finished < F;
 *   in progress at the end = received ≤ L − finished ≤ L;
 *   past due at the end = fell due ≤ L − (fell due and finished) ≤ L.
 */
function counterSql(first: string): Record<keyof Counters, string> {
  const inWindow = `half_month >= ${first}`;
  const beforeWindow = `half_month < ${first}`;
  return {
    c4: sum("received_online", inWindow),
    c5: sum("received - received_online", inWindow),
    c6: sum("received - finished", beforeWindow),
    c8: sum("finished_before", inWindow),
    c9: sum("finished_on_time", inWindow),
    c10: sum("finished_late", inWindow),
    c12: sum("received - finished - overdue + overdue_ended"),
    c13: sum("overdue - overdue_ended"),
    synced: sum("received_synced", inWindow),
    dueBeyondLegal: sum("received_due_beyond_legal", inWindow),
    feeBearing: sum("received_fee_bearing", inWindow),
    paidOnline: sum("received_paid_online", inWindow),
    vneidVerified: sum("received_vneid_verified", inWindow),
    lateWithApology: `(${sum("finished_late_apology", inWindow)} + ${sum("overdue_apology - overdue_ended_apology")})`,
    historyGap: `(${sum("received_history_gap")} - ${sum("finished_history_gap", beforeWindow)})`,
    resultExpected: sum("result_expected", inWindow),
    resultPresent: sum("result_present", inWindow),
    resultMissing: sum("result_missing", inWindow),
    resultBlank: sum("result_blank", inWindow),
    resultArchive: sum("result_archive", inWindow),
    resultIdentical: sum("result_identical", inWindow),
    resultDefective: sum("result_defective", inWindow),
    digitisedWithResult: sum("digitised_with_result", inWindow),
  };
}

export type CounterGrouping = "agency" | "agency-field" | "field";

export interface GroupedCounters {
  agencyId: number | null;
  fieldId: number | null;
  counters: Counters;
}

/**
 * Counters of a window per agency (and field), read from the summary. Groups without a
 * counted dossier are absent. `agencyIds` narrows to some agencies (a viewer's scope).
 */
export async function windowCounters(
  client: SqlClient,
  provinceId: number,
  window: DateWindow,
  grouping: CounterGrouping,
  agencyIds?: readonly number[],
): Promise<GroupedCounters[]> {
  const { first, last } = periodHalfMonths(window);
  const sql = counterSql("$2");
  const groupColumns = grouping === "agency" ? ["agency_id"] : grouping === "field" ? ["field_id"] : ["agency_id", "field_id"];
  const table = grouping === "agency" ? "dossier_summary_agency" : "dossier_summary";
  const params: unknown[] = [provinceId, first, last];
  if (agencyIds) params.push([...agencyIds]);
  const counted = `(${sum("received")} - ${sum("finished", "half_month < $2")})`;
  const { rows } = await client.query<Record<string, number>>(
    `SELECT ${groupColumns.join(", ")}, ${COUNTER_NAMES.map((name) => `${sql[name]} AS "${name}"`).join(", ")}
     FROM ${table}
     WHERE province_id = $1 AND half_month <= $3${agencyIds ? " AND agency_id = ANY($4::int[])" : ""}
     GROUP BY ${groupColumns.join(", ")}
     HAVING ${counted} > 0
     ORDER BY ${groupColumns.join(", ")}`,
    params,
  );
  return rows.map((row) => {
    const counters = emptyCounters();
    for (const name of COUNTER_NAMES) counters[name] = Number(row[name]);
    return { agencyId: row.agency_id ?? null, fieldId: row.field_id ?? null, counters };
  });
}

/**
 * Counters of one agency (or of the whole province: agency null) for each of several windows in
 * one query (an agency page's trend, a series of Bộ chỉ số 766 periods): the summary rows of each
 * window joined to the window's bounds, grouped by window. In the order of `windows`; a window
 * without a counted dossier gives empty counters.
 */
export async function windowSeries(client: SqlClient, provinceId: number, windows: readonly DateWindow[], agencyId: number | null): Promise<Counters[]> {
  if (windows.length === 0) return [];
  const bounds = windows.map(periodHalfMonths);
  const sql = counterSql("w.first");
  const params: unknown[] = [provinceId, bounds.map((b) => b.first), bounds.map((b) => b.last)];
  const agencyFilter = agencyId === null ? "" : ` AND s.agency_id = $${params.push(agencyId)}`;
  const { rows } = await client.query<Record<string, number>>(
    `SELECT w.i, ${COUNTER_NAMES.map((name) => `${sql[name]} AS "${name}"`).join(", ")}
     FROM unnest($2::int[], $3::int[]) WITH ORDINALITY AS w(first, last, i)
     LEFT JOIN dossier_summary_agency s ON s.province_id = $1${agencyFilter} AND s.half_month <= w.last
     GROUP BY w.i
     ORDER BY w.i`,
    params,
  );
  return rows.map((row) => {
    const counters = emptyCounters();
    for (const name of COUNTER_NAMES) counters[name] = Number(row[name]);
    return counters;
  });
}
