// The dossiers of an agency about to become overdue (lib/domain/early-warning.ts): SQL selects
// the warned statuses due from today to the warning horizon; the working days left of each are
// computed by the same pure function that defines the horizon.
import type { SqlClient } from "@/lib/db/sql";
import { dayFromIso, isoDate } from "@/lib/domain/local-time";
import { WARNED_STATUSES, warningHorizon, workingDaysLeft, type WorkingDays } from "@/lib/domain/early-warning";

export interface WarnedDossier {
  id: string;
  code: string;
  procedureCode: string;
  procedureName: string;
  status: number;
  channel: number;
  receivedAt: Date;
  /** NgayHenTra (null when the dossier is held to its legal due date) */
  dueAt: Date | null;
  /** the due date held to, yyyy-MM-dd */
  due: string;
  workingDaysLeft: number;
}

export interface EarlyWarningQuery {
  provinceId: number;
  agencyId: number;
  /** yyyy-MM-dd, Vietnam */
  today: string;
  days: number;
  calendar: WorkingDays;
}

export interface EarlyWarningPage {
  /** the last due date included (yyyy-MM-dd) */
  horizon: string;
  total: number;
  dossiers: WarnedDossier[];
}

/** The warned dossiers, soonest due first; one page of them, or all when `page` is absent (exports). */
export async function earlyWarningDossiers(client: SqlClient, query: EarlyWarningQuery, page?: { page: number; pageSize: number }): Promise<EarlyWarningPage> {
  const today = dayFromIso(query.today);
  const horizon = isoDate(warningHorizon(query.calendar, today, query.days));
  const params: unknown[] = [query.provinceId, query.agencyId, [...WARNED_STATUSES], query.today, horizon];
  const limit = page ? ` LIMIT $${params.push(page.pageSize)} OFFSET $${params.push((page.page - 1) * page.pageSize)}` : "";
  const { rows } = await client.query<{
    id: string; code: string; procedure_code: string; procedure_name: string; status: number; channel: number;
    received_at: Date; due_at: Date | null; due: string; total: string;
  }>(
    `SELECT d.id::text AS id, d.code, p.code AS procedure_code, p.name AS procedure_name, d.status, d.channel,
            d.received_at, d.due_at, to_char(x.due, 'YYYY-MM-DD') AS due, count(*) OVER () AS total
     FROM dossier d
     JOIN procedure p ON p.province_id = d.province_id AND p.id = d.procedure_id
     CROSS JOIN LATERAL (SELECT coalesce(d.due_on, d.legal_due_on) AS due) x
     WHERE d.province_id = $1 AND d.resolving_agency_id = $2 AND d.status = ANY($3::int[])
       AND x.due BETWEEN $4::date AND $5::date
     ORDER BY x.due, d.due_at NULLS LAST, d.code${limit}`,
    params,
  );
  const total = rows.length ? Number(rows[0]!.total) : page && page.page > 1 ? await countWarned(client, params.slice(0, 5)) : 0;
  return {
    horizon,
    total,
    dossiers: rows.map((r) => ({
      id: r.id, code: r.code, procedureCode: r.procedure_code, procedureName: r.procedure_name, status: r.status, channel: r.channel,
      receivedAt: r.received_at, dueAt: r.due_at, due: r.due, workingDaysLeft: workingDaysLeft(query.calendar, today, dayFromIso(r.due))!,
    })),
  };
}

/** The count alone, for a page past the last one (the window count of an empty page is unknown). */
async function countWarned(client: SqlClient, params: unknown[]): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM dossier d
     WHERE d.province_id = $1 AND d.resolving_agency_id = $2 AND d.status = ANY($3::int[])
       AND coalesce(d.due_on, d.legal_due_on) BETWEEN $4::date AND $5::date`,
    params,
  );
  return Number(rows[0]!.n);
}
