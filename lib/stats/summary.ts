// The statistics summary: an exact pre-aggregation of counted dossiers by half-month (see the
// DossierSummary model), and the window aggregate read from it. It must give the same counters
// as lib/domain/counters.ts over the same dossiers — tests/integration/stats-agreement.test.ts
// holds them to each other on generated data.
//
// The summary is derived data. Every writer of dossiers (seed, imports) calls
// refreshDossierSummary for the agencies it touched in the same transaction, so figures are
// exact as soon as the change commits. Changes to procedures (field, fees, result) or to the
// calendar call it for the whole province.
import type { SqlClient } from "@/lib/db/sql";
import { ARCHIVE_EXTENSIONS, ARCHIVE_MEDIA_TYPES } from "@/lib/domain/classification";
import { COUNTER_NAMES, emptyCounters, type Counters } from "@/lib/domain/counters";
import { periodHalfMonths, type DateWindow } from "@/lib/domain/periods";

/** finished_seg of a dossier that is not finished: after every window. */
export const NOT_FINISHED_SEG = 2147483647;

/** SQL of the half-month index of a date expression (lib/domain/periods.ts halfMonthOf). */
export function halfMonthSql(date: string): string {
  return `((extract(year from ${date})::int * 12 + extract(month from ${date})::int - 1) * 2 + (extract(day from ${date})::int >= 15)::int)`;
}

/** SQL: the date is the last day of its half-month (the 14th or the last day of the month). */
function lastDayOfHalfMonthSql(date: string): string {
  return `(extract(day from ${date})::int = 14 OR ${date} = (date_trunc('month', ${date}) + interval '1 month - 1 day')::date)`;
}

const ARCHIVE_TYPES_SQL = `ARRAY[${ARCHIVE_MEDIA_TYPES.map((t) => `'${t}'`).join(", ")}]`;
const ARCHIVE_NAME_SQL = `'\\.(${ARCHIVE_EXTENSIONS.join("|")})$'`;

/**
 * The per-dossier lateral every statistics query joins: `x.ended` (finished: status 7–10 with an
 * end date), `x.due` (the due date held to), and the result-file facts. `d` is the dossier, `p`
 * its procedure.
 */
export const DOSSIER_FROM_SQL = `
  FROM dossier d
  JOIN procedure p ON p.province_id = d.province_id AND p.id = d.procedure_id
  CROSS JOIN LATERAL (SELECT
    d.status >= 7 AND d.finished_on IS NOT NULL AS ended,
    coalesce(d.due_on, d.legal_due_on) AS due,
    p.returns_result AND d.status IN (9, 10) AS expected,
    (d.result_file_name IS NOT NULL OR d.result_file_sha256 IS NOT NULL OR d.result_file_size IS NOT NULL) AS has_file,
    (d.result_file_blank IS TRUE OR d.result_file_size = 0) AS blank,
    (lower(trim(d.result_file_type)) = ANY(${ARCHIVE_TYPES_SQL}) OR lower(trim(d.result_file_name)) ~ ${ARCHIVE_NAME_SQL}) IS TRUE AS archive,
    (d.result_file_sha256 IS NOT NULL AND lower(d.result_file_sha256) = ANY(lower(d.component_sha256::text)::text[])) AS identical
  ) x`;

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

/** Key and measures of one dossier in the summary. */
const PER_DOSSIER = `
  SELECT d.province_id, d.resolving_agency_id AS agency_id, p.field_id,
    ${halfMonthSql("d.received_on")} AS received_seg,
    CASE WHEN x.ended THEN ${halfMonthSql("d.finished_on")} ELSE ${NOT_FINISHED_SEG} END AS finished_seg,
    CASE WHEN NOT x.ended THEN 0
         WHEN d.status = 7 OR x.due IS NULL OR d.finished_on = x.due THEN 2
         WHEN d.finished_on < x.due THEN 1 ELSE 3 END AS timing,
    CASE WHEN x.due IS NULL THEN ${NOT_FINISHED_SEG}
         WHEN ${lastDayOfHalfMonthSql("x.due")} THEN ${halfMonthSql("x.due")} + 1
         ELSE ${halfMonthSql("x.due")} END AS overdue_from_seg,
    (NOT x.ended AND d.status IN (5, 6)) AS waiting,
    (${FLAG_SQL.online})::int AS online,
    (${FLAG_SQL.synced})::int AS synced,
    (${FLAG_SQL.apologyLetter})::int AS apology_letter,
    (${FLAG_SQL.historyGap})::int AS history_gap,
    (${FLAG_SQL.dueBeyondLegal})::int AS due_beyond_legal,
    (${FLAG_SQL.resultExpected})::int AS result_expected,
    (${FLAG_SQL.resultPresent})::int AS result_present,
    (${FLAG_SQL.resultMissing})::int AS result_missing,
    (${FLAG_SQL.resultBlank})::int AS result_blank,
    (${FLAG_SQL.resultArchive})::int AS result_archive,
    (${FLAG_SQL.resultIdentical})::int AS result_identical,
    (${FLAG_SQL.resultDefective})::int AS result_defective,
    (${FLAG_SQL.feeBearing})::int AS fee_bearing,
    (${FLAG_SQL.paidOnline})::int AS paid_online,
    (${FLAG_SQL.digitisedWithResult})::int AS digitised_with_result,
    (${FLAG_SQL.vneidVerified})::int AS vneid_verified
  ${DOSSIER_FROM_SQL}
  WHERE d.province_id = $1 AND d.status NOT IN (1, 3)`;

const KEY_COLUMNS = ["province_id", "agency_id", "field_id", "received_seg", "finished_seg", "timing", "overdue_from_seg", "waiting"];
const MEASURE_COLUMNS = [
  "online", "synced", "apology_letter", "history_gap", "due_beyond_legal", "result_expected", "result_present", "result_missing",
  "result_blank", "result_archive", "result_identical", "result_defective", "fee_bearing", "paid_online", "digitised_with_result", "vneid_verified",
];

/**
 * Rebuilds the summary of a province, or of some of its agencies (resolving agency ids), from
 * the dossiers. Run it inside the transaction that changed the dossiers.
 */
export async function refreshDossierSummary(client: SqlClient, provinceId: number, agencyIds?: readonly number[]): Promise<void> {
  if (agencyIds && agencyIds.length === 0) return;
  const params: unknown[] = [provinceId];
  let agencyFilter = "";
  if (agencyIds) {
    params.push([...agencyIds]);
    agencyFilter = " AND agency_id = ANY($2::int[])";
  }
  await client.query(`DELETE FROM dossier_summary WHERE province_id = $1${agencyFilter}`, params);
  await client.query(
    `INSERT INTO dossier_summary (${KEY_COLUMNS.join(", ")}, dossiers, ${MEASURE_COLUMNS.join(", ")})
     SELECT ${KEY_COLUMNS.join(", ")}, count(*)::int, ${MEASURE_COLUMNS.map((m) => `sum(${m})::int`).join(", ")}
     FROM (${PER_DOSSIER}${agencyIds ? " AND d.resolving_agency_id = ANY($2::int[])" : ""}) s
     GROUP BY ${KEY_COLUMNS.join(", ")}`,
    params,
  );
}

/**
 * SQL of each counter over summary rows of a window whose first and last half-months are the
 * parameters $F and $L (substituted by the caller). Populations as in lib/domain/counters.ts.
 */
function counterSql(first: string, last: string): Record<keyof Counters, string> {
  const received = `received_seg >= ${first}`;
  const resolved = `finished_seg <= ${last}`;
  const within = `finished_seg > ${last} AND (waiting OR overdue_from_seg > ${last})`;
  const overdue = `finished_seg > ${last} AND NOT waiting AND overdue_from_seg <= ${last}`;
  const sum = (measure: string, where?: string) => `coalesce(sum(${measure})${where ? ` FILTER (WHERE ${where})` : ""}, 0)::int`;
  return {
    c4: sum("online", received),
    c5: sum("dossiers - online", received),
    c6: sum("dossiers", `received_seg < ${first}`),
    c8: sum("dossiers", `${resolved} AND timing = 1`),
    c9: sum("dossiers", `${resolved} AND timing = 2`),
    c10: sum("dossiers", `${resolved} AND timing = 3`),
    c12: sum("dossiers", within),
    c13: sum("dossiers", overdue),
    synced: sum("synced", received),
    dueBeyondLegal: sum("due_beyond_legal", received),
    feeBearing: sum("fee_bearing", received),
    paidOnline: sum("paid_online", received),
    vneidVerified: sum("vneid_verified", received),
    lateWithApology: sum("apology_letter", `(${resolved} AND timing = 3) OR (${overdue})`),
    historyGap: sum("history_gap"),
    resultExpected: sum("result_expected", resolved),
    resultPresent: sum("result_present", resolved),
    resultMissing: sum("result_missing", resolved),
    resultBlank: sum("result_blank", resolved),
    resultArchive: sum("result_archive", resolved),
    resultIdentical: sum("result_identical", resolved),
    resultDefective: sum("result_defective", resolved),
    digitisedWithResult: sum("digitised_with_result", resolved),
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
  const sql = counterSql("$2", "$3");
  const groupColumns = grouping === "agency" ? ["agency_id"] : grouping === "field" ? ["field_id"] : ["agency_id", "field_id"];
  const params: unknown[] = [provinceId, first, last];
  if (agencyIds) params.push([...agencyIds]);
  const { rows } = await client.query<Record<string, number>>(
    `SELECT ${groupColumns.join(", ")}, ${COUNTER_NAMES.map((name) => `${sql[name]} AS "${name}"`).join(", ")}
     FROM dossier_summary
     WHERE province_id = $1 AND received_seg <= $3 AND finished_seg >= $2${agencyIds ? " AND agency_id = ANY($4::int[])" : ""}
     GROUP BY ${groupColumns.join(", ")}
     ORDER BY ${groupColumns.join(", ")}`,
    params,
  );
  return rows.map((row) => {
    const counters = emptyCounters();
    for (const name of COUNTER_NAMES) counters[name] = Number(row[name]);
    return { agencyId: row.agency_id ?? null, fieldId: row.field_id ?? null, counters };
  });
}
