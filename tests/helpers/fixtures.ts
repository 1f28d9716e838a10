// Small hand-made provinces for tests: a province with agencies, fields and procedures, and
// dossiers given by their instants (local dates derived as the importers derive them).
import { bulkInsert } from "@/lib/db/bulk";
import type { SqlClient } from "@/lib/db/sql";
import { isoDate, localDayOf } from "@/lib/domain/local-time";

export interface FixtureProvince {
  provinceId: number;
  agency: Record<string, number>;
  field: Record<string, number>;
  procedure: Record<string, number>;
}

export interface FixtureSpec {
  code: string;
  agencies: { code: string; name: string; level: string }[];
  fields: { code: string; name: string }[];
  procedures: { code: string; field: string; legalDays: number; levels: string[]; returnsResult?: boolean; hasFees?: boolean }[];
}

/**
 * The catalogue of the summary's property tests: two fields, and procedures with and without a
 * result, fees, at department and commune level, of 5, 3 and 1 working days.
 */
export const PROPERTY_CATALOGUE: Pick<FixtureSpec, "fields" | "procedures"> = {
  fields: [{ code: "F1", name: "Lĩnh vực 1" }, { code: "F2", name: "Lĩnh vực 2" }],
  procedures: [
    { code: "P1", field: "F1", legalDays: 5, levels: ["SO"], returnsResult: true, hasFees: true },
    { code: "P2", field: "F1", legalDays: 3, levels: ["XA"], returnsResult: false },
    { code: "P3", field: "F2", legalDays: 1, levels: ["SO", "XA"], returnsResult: true },
  ],
};

export async function createFixtureProvince(client: SqlClient, spec: FixtureSpec): Promise<FixtureProvince> {
  const provinceId: number = (await client.query(`INSERT INTO province (code, name) VALUES ($1, $2) RETURNING id`, [spec.code, `Tỉnh ${spec.code}`])).rows[0]!.id;
  const agency: Record<string, number> = {};
  for (const a of spec.agencies) {
    agency[a.code] = (await client.query(`INSERT INTO agency (province_id, code, name, level) VALUES ($1, $2, $3, $4::agency_level) RETURNING id`, [provinceId, a.code, a.name, a.level])).rows[0]!.id;
  }
  const field: Record<string, number> = {};
  for (const f of spec.fields) {
    field[f.code] = (await client.query(`INSERT INTO field (province_id, code, name) VALUES ($1, $2, $3) RETURNING id`, [provinceId, f.code, f.name])).rows[0]!.id;
  }
  const procedure: Record<string, number> = {};
  for (const p of spec.procedures) {
    procedure[p.code] = (await client.query(
      `INSERT INTO procedure (province_id, code, name, field_id, legal_days, competent_levels, returns_result, has_fees)
       VALUES ($1, $2, $3, $4, $5, $6::agency_level[], $7, $8) RETURNING id`,
      [provinceId, p.code, `Thủ tục ${p.code}`, field[p.field], p.legalDays, p.levels, p.returnsResult ?? true, p.hasFees ?? false],
    )).rows[0]!.id;
  }
  return { provinceId, agency, field, procedure };
}

export interface FixtureDossier {
  code: string;
  procedureId: number;
  agencyId: number;
  status: number;
  channel: number;
  receivedAt: Date;
  dueAt: Date | null;
  legalDueAt?: Date | null;
  finishedAt: Date | null;
  synced?: boolean;
  apologyLetter?: boolean;
  processingSteps?: number | null;
  supplementCount?: number | null;
  onlinePayment?: number | null;
  componentsDigitised?: boolean | null;
  vneidVerified?: boolean | null;
  resultFile?: { name: string | null; type: string | null; size: number | null; blank: boolean | null; sha256: string | null };
  componentSha256?: string[];
}

const localDate = (d: Date | null | undefined) => (d ? isoDate(localDayOf(d)) : null);
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export async function insertFixtureDossiers(client: SqlClient, provinceId: number, dossiers: readonly FixtureDossier[]): Promise<number> {
  const column = <T,>(f: (d: FixtureDossier) => T) => dossiers.map(f);
  return bulkInsert(client, "dossier", [
    { name: "province_id", type: "int" }, { name: "code", type: "text" }, { name: "procedure_id", type: "int" }, { name: "resolving_agency_id", type: "int" },
    { name: "channel", type: "int2" }, { name: "status", type: "int2" },
    { name: "received_at", type: "timestamptz" }, { name: "received_on", type: "date" }, { name: "due_at", type: "timestamptz" }, { name: "due_on", type: "date" },
    { name: "legal_due_at", type: "timestamptz" }, { name: "legal_due_on", type: "date" }, { name: "finished_at", type: "timestamptz" }, { name: "finished_on", type: "date" },
    { name: "synced_to_national", type: "bool" }, { name: "apology_letter", type: "bool" }, { name: "processing_steps", type: "int" }, { name: "supplement_count", type: "int" },
    { name: "online_payment", type: "int2" }, { name: "components_digitised", type: "bool" }, { name: "vneid_verified", type: "bool" },
    { name: "result_file_name", type: "text" }, { name: "result_file_type", type: "text" }, { name: "result_file_size", type: "int8" },
    { name: "result_file_blank", type: "bool" }, { name: "result_file_sha256", type: "text" },
    { name: "component_sha256", type: "text", transform: "string_to_array($, ';')" },
  ], [
    column(() => provinceId), column((d) => d.code), column((d) => d.procedureId), column((d) => d.agencyId), column((d) => d.channel), column((d) => d.status),
    column((d) => iso(d.receivedAt)), column((d) => localDate(d.receivedAt)), column((d) => iso(d.dueAt)), column((d) => localDate(d.dueAt)),
    column((d) => iso(d.legalDueAt)), column((d) => localDate(d.legalDueAt)), column((d) => iso(d.finishedAt)), column((d) => localDate(d.finishedAt)),
    column((d) => d.synced ?? false), column((d) => d.apologyLetter ?? false), column((d) => d.processingSteps ?? null), column((d) => d.supplementCount ?? null),
    column((d) => d.onlinePayment ?? null), column((d) => d.componentsDigitised ?? null), column((d) => d.vneidVerified ?? null),
    column((d) => d.resultFile?.name ?? null), column((d) => d.resultFile?.type ?? null), column((d) => d.resultFile?.size ?? null),
    column((d) => d.resultFile?.blank ?? null), column((d) => d.resultFile?.sha256 ?? null), column((d) => (d.componentSha256 ?? []).join(";")),
  ]);
}
