// The working-day calendar of a province as stored (holiday table, working hours), and the
// legal due dates derived from it. Legal due dates are stored on each dossier so that SQL can
// compare them; they are recomputed when the calendar or a procedure's legal time changes.
import type { SqlClient } from "@/lib/db/sql";
import { isoDate, localDayOf } from "@/lib/domain/local-time";
import { refreshDossierSummary } from "./summary";
import { DEFAULT_WORKING_HOURS, WorkingCalendar, legalDueAt, type HolidayDay } from "@/lib/domain/working-days";

/** The calendars of a province, by the date from which each set of working hours applies. */
export interface ProvinceCalendar {
  /** the calendar that applies to a dossier received on `day` (local day number) */
  forDay(day: number): WorkingCalendar;
}

export async function loadProvinceCalendar(client: SqlClient, provinceId: number): Promise<ProvinceCalendar> {
  const holidays = (await client.query<{ date: string; kind: "NGHI" | "LAMBU" }>(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind::text AS kind FROM holiday ORDER BY date`,
  )).rows satisfies HolidayDay[];
  const rules = (await client.query<{ valid_from: string; morning_start: string; morning_end: string; afternoon_start: string; afternoon_end: string; cutoff: string }>(
    `SELECT to_char(valid_from, 'YYYY-MM-DD') AS valid_from, morning_start, morning_end, afternoon_start, afternoon_end, cutoff
     FROM working_time_rule WHERE province_id = $1 ORDER BY valid_from`,
    [provinceId],
  )).rows;
  const defaultCalendar = new WorkingCalendar(holidays, DEFAULT_WORKING_HOURS);
  const versions = rules.map((r) => ({
    from: r.valid_from,
    calendar: new WorkingCalendar(holidays, { morningStart: r.morning_start, morningEnd: r.morning_end, afternoonStart: r.afternoon_start, afternoonEnd: r.afternoon_end, cutoff: r.cutoff }),
  }));
  const byDay = new Map<number, WorkingCalendar>();
  return {
    forDay(day) {
      let chosen = byDay.get(day);
      if (chosen) return chosen;
      const date = isoDate(day);
      chosen = defaultCalendar;
      for (const v of versions) if (v.from <= date) chosen = v.calendar;
      byDay.set(day, chosen);
      return chosen;
    },
  };
}

const RECOMPUTE_CHUNK = 20_000;

/** Which dossiers' legal due dates a change can move. */
export interface RecomputeScope {
  /** only dossiers of these procedures (their legal time changed) */
  procedureIds?: readonly number[];
  /**
   * only dossiers whose legal working time can span these local dates (a holiday added, removed
   * or changed): received on or before the last, due on or after the first (or not computed yet)
   */
  days?: { from: string; to: string };
  /** only dossiers that have no legal due date yet (statistics built once for older databases) */
  missingOnly?: boolean;
}

/**
 * Recomputes the stored legal due dates of a province's dossiers (all, or those `scope` names;
 * never those not received — statuses 1 and 3 — which have no legal time running)
 * after the holiday table, the working hours or legal times changed. Returns the number of
 * dossiers whose legal due date changed. Run it in the transaction of that change, then refresh
 * the summary.
 */
export async function recomputeLegalDueDates(client: SqlClient, provinceId: number, scope: RecomputeScope = {}): Promise<number> {
  const calendar = await loadProvinceCalendar(client, provinceId);
  const legalTimes = new Map((await client.query<{ id: number; legal_days: string; legal_days_online: string | null }>(
    `SELECT id, legal_days::text AS legal_days, legal_days_online::text AS legal_days_online FROM procedure WHERE province_id = $1`, [provinceId],
  )).rows.map((p) => [p.id, { legalDays: Number(p.legal_days), legalDaysOnline: p.legal_days_online === null ? null : Number(p.legal_days_online) }]));
  const bounds = (await client.query<{ first: string | null; last: string | null }>(
    `SELECT min(id)::text AS first, max(id)::text AS last FROM dossier WHERE province_id = $1`, [provinceId])).rows[0]!;
  if (bounds.first === null || bounds.last === null) return 0;
  let changed = 0;
  // consecutive ranges of the primary key, each one index range whatever the planner's
  // statistics say (after a bulk load they are stale, and a keyset "id > x ORDER BY id LIMIT n"
  // joined to procedures may then read the rest of the table for every chunk)
  for (let from = BigInt(bounds.first); from <= BigInt(bounds.last); from += BigInt(RECOMPUTE_CHUNK)) {
    const params: unknown[] = [provinceId, from.toString(), (from + BigInt(RECOMPUTE_CHUNK)).toString()];
    let filter = "";
    if (scope.procedureIds) filter += ` AND procedure_id = ANY($${params.push([...scope.procedureIds])}::int[])`;
    if (scope.days) {
      filter += ` AND received_on <= $${params.push(scope.days.to)}::date AND (legal_due_on IS NULL OR legal_due_on >= $${params.push(scope.days.from)}::date)`;
    }
    if (scope.missingOnly) filter += " AND legal_due_at IS NULL";
    const { rows } = await client.query<{ id: string; procedure_id: number; received_at: Date; channel: number; legal_due_at: Date | null }>(
      `SELECT id::text AS id, procedure_id, received_at, channel, legal_due_at FROM dossier
       WHERE province_id = $1 AND id >= $2::bigint AND id < $3::bigint AND status NOT IN (1, 3)${filter}`,
      params,
    );
    const ids: string[] = [];
    const dues: string[] = [];
    const dueDates: string[] = [];
    for (const r of rows) {
      const due = legalDueAt(calendar.forDay(localDayOf(r.received_at)), legalTimes.get(r.procedure_id)!, r.received_at, r.channel);
      if (r.legal_due_at?.getTime() === due.getTime()) continue;
      ids.push(r.id);
      dues.push(due.toISOString());
      dueDates.push(isoDate(localDayOf(due)));
    }
    if (ids.length === 0) continue;
    const result = await client.query(
      `UPDATE dossier d SET legal_due_at = u.due_at, legal_due_on = u.due_on
       FROM unnest($2::bigint[], $3::timestamptz[], $4::date[]) AS u(id, due_at, due_on)
       WHERE d.province_id = $1 AND d.id = u.id`,
      [provinceId, ids, dues, dueDates],
    );
    changed += result.rowCount ?? 0;
  }
  return changed;
}

/**
 * Derived statistics for provinces whose dossiers have no summary (a database created by an
 * earlier version, or one whose summary table a migration recreated): the legal due dates that
 * are missing, and the summary, built once. Cheap when there is nothing to do.
 */
export async function rebuildMissingStatistics(client: SqlClient): Promise<number[]> {
  const { rows } = await client.query<{ province_id: number }>(
    `SELECT p.id AS province_id FROM province p
     WHERE EXISTS (SELECT 1 FROM dossier d WHERE d.province_id = p.id AND d.status NOT IN (1, 3))
       AND NOT EXISTS (SELECT 1 FROM dossier_summary s WHERE s.province_id = p.id)`,
  );
  for (const { province_id } of rows) {
    await recomputeLegalDueDates(client, province_id, { missingOnly: true });
    await refreshDossierSummary(client, province_id);
  }
  return rows.map((r) => r.province_id);
}
