// The import library: one pipeline for every kind (agencies, procedures, dossiers, holidays,
// index snapshots) and every file type (CSV, XLSX, JSON), used by the CLI (`tthc import`), the
// web import page and the push API (`POST /api/v1/dossiers`). See README "Nhập dữ liệu".
//
//   importFile({ url, kind, caller, file: { path } | { data, name }, dryRun?, onProgress?, province? })
//   importJsonBody({ url, kind, caller, body, name? })      // a JSON body already parsed
//
// Both return an ImportSummary ({read, inserted, updated, unchanged, rejected, errors, …}) when
// the batch committed (or, for a dry run, would commit) — even with rejected records — and throw
// ImportError (a Vietnamese message, `code`, `unreadable`, `failedBatchId`) when nothing was
// stored; ForbiddenError when the caller may not import (the attempt is audited).
import "server-only";
import path from "node:path";
import { runImport, type ImportOptions } from "./pipeline";
import { openFile, openJsonBody, type FileInput } from "./source";
import { IMPORT_LIMITS } from "./limits";
import { KINDS } from "./kinds";
import type { ImportSummary } from "./types";

export { dbKindOf, kindOfDb } from "./kinds";
export { IMPORT_API_SCOPES, type ImportCaller, type ImportOptions } from "./pipeline";
export type { FileInput } from "./source";
export { IMPORT_KINDS, IMPORT_KIND_LABELS, OUTCOME_REJECTED, OUTCOME_WARNING, type FileFormat, type ImportIssue, type ImportKind, type ImportProgress, type ImportSummary } from "./types";
export { IMPORT_LIMITS, importLimits, formatBytes, type ImportLimits } from "./limits";
export { ImportError, type ImportFailureCode } from "./errors";
export { IMPORT_FORMATS, TEMPLATE_NAMES, templateCsv, templateXlsx, type ColumnHelp, type KindFormat } from "./formats";
export { errorReportCsv, errorReportHeader, errorReportXlsx, type IssueRow } from "./error-report";

/** Imports a file (CSV, XLSX or JSON, told apart by content). */
export function importFile(options: ImportOptions & { file: FileInput }): Promise<ImportSummary> {
  const limits = options.limits ?? IMPORT_LIMITS;
  const name = "name" in options.file && options.file.name ? options.file.name : "path" in options.file ? path.basename(options.file.path) : null;
  return runImport(options, { name, open: () => openFile(options.file, KINDS[options.kind].catalog, limits) });
}

/**
 * Imports records already in memory as parsed JSON: an array, or the national envelope
 * {"service":"DongBoHoSoMC","data":[…]} (the push API's body, after its size check against
 * IMPORT_LIMITS.maxRequestBytes). Same validation and summary as a file; idempotent under
 * retries (a repeated body changes nothing).
 */
export function importJsonBody(options: ImportOptions & { body: unknown; name?: string }): Promise<ImportSummary> {
  return runImport(options, { name: options.name ?? null, open: async () => openJsonBody(options.body, KINDS[options.kind].catalog, options.name ?? null) });
}
