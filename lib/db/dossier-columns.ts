// The columns of the dossier table as bulk writers send them (name and PostgreSQL type of the
// unnest array parameter), shared by the demo seed and the import pipeline.
import type { BulkColumn } from "./bulk";

export const DOSSIER_COLUMNS = [
  { name: "province_id", type: "int" }, { name: "code", type: "text" }, { name: "procedure_id", type: "int" },
  { name: "resolving_agency_id", type: "int" }, { name: "receiving_agency_id", type: "int" }, { name: "channel", type: "int2" },
  { name: "status", type: "int2" }, { name: "received_at", type: "timestamptz" }, { name: "due_at", type: "timestamptz" },
  { name: "finished_at", type: "timestamptz" }, { name: "returned_at", type: "timestamptz" }, { name: "received_on", type: "date" },
  { name: "due_on", type: "date" }, { name: "finished_on", type: "date" }, { name: "legal_due_at", type: "timestamptz" },
  { name: "legal_due_on", type: "date" }, { name: "applicant_name", type: "text" }, { name: "applicant_type", type: "int2" },
  { name: "synced_to_national", type: "bool" }, { name: "processing_steps", type: "int" }, { name: "supplement_count", type: "int" },
  { name: "apology_letter", type: "bool" }, { name: "apology_new_due_at", type: "timestamptz" }, { name: "online_payment", type: "int2" },
  { name: "components_digitised", type: "bool" }, { name: "vneid_verified", type: "bool" }, { name: "result_file_name", type: "text" },
  { name: "result_file_type", type: "text" }, { name: "result_file_size", type: "int8" }, { name: "result_file_blank", type: "bool" },
  { name: "result_file_sha256", type: "text" }, { name: "component_sha256", type: "text", transform: "string_to_array($, ';')" },
  { name: "component_files", type: "jsonb" }, { name: "result_files", type: "jsonb" }, { name: "source_updated_at", type: "timestamptz" },
  { name: "import_batch_id", type: "int" },
] as const satisfies readonly BulkColumn[];

export type DossierColumnName = (typeof DOSSIER_COLUMNS)[number]["name"];

/** The given columns, in the given order (the order of the value arrays). */
export function dossierColumns(names: readonly DossierColumnName[]): BulkColumn[] {
  return names.map((name) => DOSSIER_COLUMNS.find((c) => c.name === name)!);
}
