// The dossiers behind every figure: for a window, a figure (a Biểu 06 column or a counted
// defect) is a predicate on the dossier table that selects exactly the dossiers its counter
// counts (lib/domain/counters.ts). Tests check each predicate's count against the counters.
import { z } from "zod";
import type { SqlClient } from "@/lib/db/sql";
import type { DateWindow } from "@/lib/domain/periods";
import { DOSSIER_FROM_SQL, FLAG_SQL } from "./summary";

const counted = "d.status NOT IN (1, 3) AND d.received_on <= $end AND NOT (x.ended AND d.finished_on < $start)";
const received = "d.received_on >= $start";
const resolved = "x.ended AND d.finished_on <= $end";
const inProgress = "NOT (x.ended AND d.finished_on <= $end)";
const waiting = "(NOT x.ended AND d.status IN (5, 6))";
const before = `${resolved} AND d.status <> 7 AND x.due IS NOT NULL AND d.finished_on < x.due`;
const onTime = `${resolved} AND (d.status = 7 OR x.due IS NULL OR d.finished_on = x.due)`;
const late = `${resolved} AND d.status <> 7 AND x.due IS NOT NULL AND d.finished_on > x.due`;
const within = `${inProgress} AND (${waiting} OR x.due IS NULL OR x.due >= $end)`;
const overdue = `${inProgress} AND NOT ${waiting} AND x.due < $end`;
const lateOrOverdue = `((${late}) OR (${overdue}))`;

/** Figure → predicate over DOSSIER_FROM_SQL, on top of "counted in the window". */
export const FIGURES = {
  c3: "TRUE",
  c4: `${received} AND d.channel = 2`,
  c5: `${received} AND d.channel <> 2`,
  c6: "d.received_on < $start",
  c7: resolved,
  c8: before,
  c9: onTime,
  c10: late,
  c11: inProgress,
  c12: within,
  c13: overdue,
  // newly received in the window (c4 + c5)
  received,
  late: lateOrOverdue,
  lateWithApology: `${lateOrOverdue} AND ${FLAG_SQL.apologyLetter}`,
  lateWithoutApology: `${lateOrOverdue} AND NOT ${FLAG_SQL.apologyLetter}`,
  // c8 + c9 + c12 = c3 − c10 − c13 (indicators 2.1 and 5.3)
  onTimeOrWithin: `(${before}) OR (${onTime}) OR (${within})`,
  synced: `${received} AND ${FLAG_SQL.synced}`,
  unsynced: `${received} AND NOT ${FLAG_SQL.synced}`,
  dueBeyondLegal: `${received} AND ${FLAG_SQL.dueBeyondLegal}`,
  feeBearing: `${received} AND ${FLAG_SQL.feeBearing}`,
  paidOnline: `${received} AND ${FLAG_SQL.paidOnline}`,
  // fee-bearing and not paid online (the shortfall of indicator 3.6)
  notPaidOnline: `${received} AND ${FLAG_SQL.feeBearing} AND NOT ${FLAG_SQL.paidOnline}`,
  vneidVerified: `${received} AND ${FLAG_SQL.vneidVerified}`,
  // newly received without a VNeID-verified applicant (the shortfall of indicator 4.5)
  vneidUnverified: `${received} AND NOT ${FLAG_SQL.vneidVerified}`,
  historyGap: FLAG_SQL.historyGap,
  resultExpected: `${resolved} AND ${FLAG_SQL.resultExpected}`,
  // expected and without any defect (indicator 4.1)
  resultValid: `${resolved} AND ${FLAG_SQL.resultExpected} AND NOT ${FLAG_SQL.resultDefective}`,
  digitisedWithResult: `${resolved} AND ${FLAG_SQL.digitisedWithResult}`,
  // a result expected and not digitised with its components (the shortfall of indicator 4.2)
  notDigitisedWithResult: `${resolved} AND ${FLAG_SQL.resultExpected} AND NOT ${FLAG_SQL.digitisedWithResult}`,
  resultMissing: `${resolved} AND ${FLAG_SQL.resultMissing}`,
  resultBlank: `${resolved} AND ${FLAG_SQL.resultBlank}`,
  resultArchive: `${resolved} AND ${FLAG_SQL.resultArchive}`,
  resultIdentical: `${resolved} AND ${FLAG_SQL.resultIdentical}`,
  resultDefective: `${resolved} AND ${FLAG_SQL.resultDefective}`,
} as const;

export type Figure = keyof typeof FIGURES;
export const FIGURE_NAMES = Object.keys(FIGURES) as Figure[];
export const FigureSchema = z.enum(FIGURE_NAMES as [Figure, ...Figure[]]);

/**
 * The figures behind the numerator and denominator of each Bộ chỉ số 766 indicator computed
 * from dossiers (lib/domain/indicators.ts), and behind its shortfall: the dossiers of the
 * denominator not in the numerator, those an agency would fix to win the indicator's points
 * (lib/domain/points-at-stake.ts). The catalogue indicators (1.1, 3.1, 3.2, 3.4, 3.5) count
 * procedures, not dossiers, and have none.
 */
export const INDICATOR_FIGURES: Readonly<Record<string, { numerator: Figure; denominator: Figure; shortfall: Figure }>> = {
  "1.4": { numerator: "synced", denominator: "received", shortfall: "unsynced" },
  "2.1": { numerator: "onTimeOrWithin", denominator: "c3", shortfall: "late" },
  // the online share only: the sync factor of 3.3 is 1.4's shortfall
  "3.3": { numerator: "c4", denominator: "received", shortfall: "c5" },
  "3.6": { numerator: "paidOnline", denominator: "feeBearing", shortfall: "notPaidOnline" },
  "4.1": { numerator: "resultValid", denominator: "resultExpected", shortfall: "resultDefective" },
  "4.2": { numerator: "digitisedWithResult", denominator: "resultExpected", shortfall: "notDigitisedWithResult" },
  "4.5": { numerator: "vneidVerified", denominator: "received", shortfall: "vneidUnverified" },
  "5.3": { numerator: "onTimeOrWithin", denominator: "c3", shortfall: "late" },
};

export interface DrilldownFilter {
  provinceId: number;
  window: DateWindow;
  figure: Figure;
  /** resolving agencies (a viewer's scope or one agency); absent = the whole province */
  agencyIds?: readonly number[];
  fieldId?: number;
  procedureId?: number;
}

/** A predicate over the window's dates as SQL of drilldownWhere's parameters ($2 first day, $3 last). */
const bind = (sql: string) => sql.replaceAll("$start", "$2::date").replaceAll("$end", "$3::date");

/** WHERE clause and parameters selecting the dossiers of a figure. */
export function drilldownWhere(filter: DrilldownFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [filter.provinceId, filter.window.start, filter.window.end];
  const clauses = ["d.province_id = $1", bind(counted), bind(FIGURES[filter.figure])];
  if (filter.agencyIds) {
    params.push([...filter.agencyIds]);
    clauses.push(`d.resolving_agency_id = ANY($${params.length}::int[])`);
  }
  if (filter.fieldId !== undefined) {
    params.push(filter.fieldId);
    clauses.push(`p.field_id = $${params.length}`);
  }
  if (filter.procedureId !== undefined) {
    params.push(filter.procedureId);
    clauses.push(`d.procedure_id = $${params.length}`);
  }
  return { where: clauses.map((c) => `(${c})`).join(" AND "), params };
}

export async function countFigure(client: SqlClient, filter: DrilldownFilter): Promise<number> {
  const { where, params } = drilldownWhere(filter);
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n ${DOSSIER_FROM_SQL} WHERE ${where}`, params);
  return Number(rows[0]!.n);
}

export interface DrilldownDossier {
  id: string;
  code: string;
  procedureCode: string;
  procedureName: string;
  agencyId: number;
  status: number;
  channel: number;
  receivedAt: Date;
  dueAt: Date | null;
  legalDueAt: Date | null;
  finishedAt: Date | null;
  apologyLetter: boolean;
  synced: boolean;
}

export interface DrilldownPage {
  total: number;
  page: number;
  pageSize: number;
  dossiers: DrilldownDossier[];
}

const DOSSIER_SELECT_SQL = `d.id::text AS id, d.code, p.code AS procedure_code, p.name AS procedure_name, d.resolving_agency_id AS agency_id, d.status, d.channel,
            d.received_at, d.due_at, d.legal_due_at, d.finished_at, d.apology_letter, d.synced_to_national AS synced`;

interface DossierRow {
  id: string; code: string; procedure_code: string; procedure_name: string; agency_id: number; status: number; channel: number;
  received_at: Date; due_at: Date | null; legal_due_at: Date | null; finished_at: Date | null; apology_letter: boolean; synced: boolean;
}

const dossierOf = (r: DossierRow): DrilldownDossier => ({
  id: r.id, code: r.code, procedureCode: r.procedure_code, procedureName: r.procedure_name, agencyId: r.agency_id, status: r.status,
  channel: r.channel, receivedAt: r.received_at, dueAt: r.due_at, legalDueAt: r.legal_due_at, finishedAt: r.finished_at,
  apologyLetter: r.apology_letter, synced: r.synced,
});

/**
 * One page of the dossiers behind a figure, newest reception first. `knownTotal`: the figure's
 * count when the caller has it already (from the summary's counters), saving a second pass.
 */
export async function listFigureDossiers(client: SqlClient, filter: DrilldownFilter, page: number, pageSize: number, knownTotal?: number): Promise<DrilldownPage> {
  const { where, params } = drilldownWhere(filter);
  const total = knownTotal ?? await countFigure(client, filter);
  const { rows } = await client.query<DossierRow>(
    `SELECT ${DOSSIER_SELECT_SQL}
     ${DOSSIER_FROM_SQL} WHERE ${where}
     ORDER BY d.received_at DESC, d.id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, pageSize, (page - 1) * pageSize],
  );
  return { total, page, pageSize, dossiers: rows.map(dossierOf) };
}

/**
 * The first `limit` dossiers (newest reception first, as listFigureDossiers orders them) behind
 * each of several figures, in one pass over the dossiers the filter selects (an agency page shows
 * a few of each defect; it knows their counts from the summary).
 */
export async function figureSamples(client: SqlClient, filter: Omit<DrilldownFilter, "figure">, figures: readonly Figure[], limit: number): Promise<Map<Figure, DrilldownDossier[]>> {
  const samples = new Map<Figure, DrilldownDossier[]>(figures.map((f) => [f, []]));
  if (figures.length === 0) return samples;
  const { where, params } = drilldownWhere({ ...filter, figure: "c3" });
  const { rows } = await client.query<DossierRow & { figure: Figure }>(
    `SELECT * FROM (
       SELECT f.figure, ${DOSSIER_SELECT_SQL}, row_number() OVER (PARTITION BY f.figure ORDER BY d.received_at DESC, d.id DESC) AS rn
       ${DOSSIER_FROM_SQL}
       CROSS JOIN LATERAL (VALUES ${figures.map((figure) => `('${FigureSchema.parse(figure)}', ${bind(FIGURES[figure])})`).join(", ")}) AS f(figure, hit)
       WHERE ${where} AND f.hit) s
     WHERE s.rn <= $${params.length + 1}
     ORDER BY s.figure, s.rn`,
    [...params, limit],
  );
  for (const r of rows) samples.get(r.figure)!.push(dossierOf(r));
  return samples;
}
