// Reads stored dossiers back as the pure rules see them, so tests can hold the SQL aggregates
// to lib/domain on the same data.
import pg from "pg";
import type { DossierRecord } from "@/lib/domain/classification";
import { form06Columns, type Counters } from "@/lib/domain/counters";
import type { Figure } from "@/lib/stats/drilldown";

/** The counter a drill-down figure must equal. */
export function expectedFigure(figure: Figure, c: Counters): number {
  const columns = form06Columns(c);
  switch (figure) {
    case "received": return columns.c4 + columns.c5;
    case "late": return columns.c10 + columns.c13;
    case "lateWithoutApology": return columns.c10 + columns.c13 - c.lateWithApology;
    case "onTimeOrWithin": return columns.c8 + columns.c9 + columns.c12;
    case "unsynced": return columns.c4 + columns.c5 - c.synced;
    case "resultValid": return c.resultExpected - c.resultDefective;
    case "notPaidOnline": return c.feeBearing - c.paidOnline;
    case "vneidUnverified": return columns.c4 + columns.c5 - c.vneidVerified;
    case "notDigitisedWithResult": return c.resultExpected - c.digitisedWithResult;
    default: return figure in columns ? columns[figure as keyof typeof columns] : c[figure as keyof Counters];
  }
}

export async function loadDossierRecords(url: string, provinceId: number): Promise<DossierRecord[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT d.resolving_agency_id AS agency_id, p.field_id, d.status, d.channel,
              to_char(d.received_on, 'YYYY-MM-DD') AS received_on, to_char(d.due_on, 'YYYY-MM-DD') AS due_on,
              to_char(d.legal_due_on, 'YYYY-MM-DD') AS legal_due_on, to_char(d.finished_on, 'YYYY-MM-DD') AS finished_on,
              d.synced_to_national, d.apology_letter, d.processing_steps, d.supplement_count, d.online_payment, d.components_digitised,
              d.vneid_verified, d.result_file_name, d.result_file_type, d.result_file_size::float8 AS result_file_size, d.result_file_blank,
              d.result_file_sha256, d.component_sha256, p.returns_result, p.has_fees
       FROM dossier d JOIN procedure p ON p.province_id = d.province_id AND p.id = d.procedure_id
       WHERE d.province_id = $1`,
      [provinceId],
    );
    return rows.map((r) => ({
      agencyId: r.agency_id, fieldId: r.field_id, status: r.status, channel: r.channel,
      receivedOn: r.received_on, dueOn: r.due_on, legalDueOn: r.legal_due_on, finishedOn: r.finished_on,
      synced: r.synced_to_national, apologyLetter: r.apology_letter, processingSteps: r.processing_steps, supplementCount: r.supplement_count,
      onlinePayment: r.online_payment, componentsDigitised: r.components_digitised, vneidVerified: r.vneid_verified,
      resultFileName: r.result_file_name, resultFileType: r.result_file_type, resultFileSize: r.result_file_size, resultFileBlank: r.result_file_blank,
      resultFileSha256: r.result_file_sha256, componentSha256: r.component_sha256, procedureReturnsResult: r.returns_result, procedureHasFees: r.has_fees,
    }));
  } finally {
    await client.end();
  }
}
