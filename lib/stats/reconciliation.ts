// The data reconciliation compares a report with (lib/domain/reconciliation.ts): the system's
// Biểu 06 counts per agency and lĩnh vực from the statistics summary, the catalogue's fields, the
// fields within the agency's competence, and the other agencies' reports of the same window.
// Plain SQL over a SqlClient, so the CLI (`tthc reconcile`) and the services share it.
import type { SqlClient } from "@/lib/db/sql";
import { FORM06_BASE_COLUMNS } from "@/lib/domain/counters";
import type { Period } from "@/lib/domain/periods";
import { reconcile, sumByField, type BaseCells, type Reconciliation, type ReconciliationContext, type ReportedRow } from "@/lib/domain/reconciliation";
import { agencyCompetenceSql } from "./engine";
import { windowCounters } from "./summary";

export interface FieldInfo {
  id: number;
  code: string;
  name: string;
}

export interface LoadedContext {
  context: ReconciliationContext;
  /** every field of the province by code (for names and the explorer's links) */
  fields: Map<string, FieldInfo>;
}

const baseCells = (counters: BaseCells): BaseCells => Object.fromEntries(FORM06_BASE_COLUMNS.map((c) => [c, counters[c]])) as BaseCells;

/** The system's Biểu 06 cells of a window per agency, then per field code. */
export async function systemCellsByAgency(client: SqlClient, provinceId: number, window: Period, fieldCodes: Map<number, string>, agencyIds?: readonly number[]): Promise<Map<number, Map<string, BaseCells>>> {
  const groups = await windowCounters(client, provinceId, window, "agency-field", agencyIds);
  const result = new Map<number, Map<string, BaseCells>>();
  for (const g of groups) {
    const byField = result.get(g.agencyId!) ?? new Map<string, BaseCells>();
    byField.set(fieldCodes.get(g.fieldId!)!, baseCells(g.counters));
    result.set(g.agencyId!, byField);
  }
  return result;
}

export async function loadFields(client: SqlClient, provinceId: number): Promise<Map<string, FieldInfo>> {
  const { rows } = await client.query<FieldInfo>(`SELECT id, code, name FROM field WHERE province_id = $1 ORDER BY code`, [provinceId]);
  return new Map(rows.map((r) => [r.code, r]));
}

/**
 * Everything reconciliation needs for one agency's report of `period`; "other agencies' reports"
 * are those of every other agency for the same period.
 */
export async function loadReconciliationContext(client: SqlClient, provinceId: number, period: Period, agencyId: number): Promise<LoadedContext> {
  // one connection runs one query at a time: sequential awaits, not Promise.all
  const fields = await loadFields(client, provinceId);
  const fieldCodes = new Map([...fields.values()].map((f) => [f.id, f.code]));
  const system = await systemCellsByAgency(client, provinceId, period, fieldCodes);
  const catalogue = await client.query<{ code: string }>(
    `SELECT f.code FROM field f WHERE f.province_id = $1 AND EXISTS (SELECT 1 FROM procedure p WHERE p.province_id = f.province_id AND p.field_id = f.id)`,
    [provinceId],
  );
  const competent = await client.query<{ code: string }>(
    `SELECT DISTINCT f.code
       FROM procedure p JOIN field f ON f.province_id = p.province_id AND f.id = p.field_id
       JOIN agency a ON a.province_id = p.province_id AND a.id = $2
      WHERE p.province_id = $1 AND ${agencyCompetenceSql("p", "a")}`,
    [provinceId, agencyId],
  );
  // the other agencies' reports the office has in hand (submitted or approved); the province's
  // own (TINH) report would be the consolidation of all of them, so it is left out
  const others = await client.query<Record<"field_code" | (typeof FORM06_BASE_COLUMNS)[number], string>>(
    `SELECT rr.field_code, ${FORM06_BASE_COLUMNS.map((c) => `sum(rr.${c}) AS ${c}`).join(", ")}
       FROM report r JOIN report_row rr ON rr.province_id = r.province_id AND rr.report_id = r.id
       JOIN agency a ON a.province_id = r.province_id AND a.id = r.agency_id
      WHERE r.province_id = $1 AND r.period = $2 AND r.agency_id <> $3 AND r.status IN ('SUBMITTED', 'APPROVED') AND a.level <> 'TINH'
      GROUP BY rr.field_code`,
    [provinceId, period.code, agencyId],
  );
  const othersReported = new Map(others.rows.map((r) => [r.field_code, Object.fromEntries(FORM06_BASE_COLUMNS.map((c) => [c, Number(r[c])])) as BaseCells]));
  const othersSystem = sumByField([...system].filter(([id]) => id !== agencyId).map(([, byField]) => byField));
  return {
    context: {
      system: system.get(agencyId) ?? new Map(),
      catalogue: new Set(catalogue.rows.map((r) => r.code)),
      competentFields: new Set(competent.rows.map((r) => r.code)),
      othersSystem,
      othersReported,
      provinceSystem: sumByField(system.values()),
    },
    fields,
  };
}

/** Reconciles reported rows of an agency for `period` against the database. */
export async function reconcileAgainstSystem(client: SqlClient, provinceId: number, period: Period, agencyId: number, rows: readonly ReportedRow[]): Promise<Reconciliation & { fields: Map<string, FieldInfo> }> {
  const { context, fields } = await loadReconciliationContext(client, provinceId, period, agencyId);
  return { ...reconcile(rows, context), fields };
}
