// The vocabulary of the import pipeline, shared by its readers, kinds and callers.

export const IMPORT_KINDS = ["agencies", "procedures", "dossiers", "holidays", "index-snapshots"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  agencies: "cơ quan, đơn vị",
  procedures: "thủ tục hành chính",
  dossiers: "hồ sơ",
  holidays: "ngày nghỉ, ngày làm bù",
  "index-snapshots": "điểm Bộ chỉ số 766 các tỉnh",
};

/** How an issue of an import was handled, as reports and pages word it. */
export const OUTCOME_REJECTED = "Bị từ chối, không nhập";
export const OUTCOME_WARNING = "Cảnh báo, vẫn nhập";

export type FileFormat = "csv" | "xlsx" | "json";

/** One record as read from a file, before validation: field name → cell or JSON value. */
export interface RawRecord {
  /** 1-based record number: data rows of CSV/XLSX (header excluded), elements of a JSON array */
  no: number;
  values: Record<string, unknown>;
  /** why the reader could not make a record of it (its row has too many cells, a JSON element is not an object…) */
  problem?: string;
}

/** A rejected record's reason (or a warning): which record, its key, which field, why (in Vietnamese). */
export interface ImportIssue {
  record: number;
  key: string | null;
  field: string | null;
  message: string;
}

/**
 * What an import did. The first six keys are a contract (CLI `--json`, push API): never rename
 * them. `inserted + updated + unchanged` counts distinct keys written; `duplicates` the records
 * superseded by a later record with the same key in the same file; so
 * read = inserted + updated + unchanged + duplicates + rejected.
 */
export interface ImportSummary {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** why records were rejected: the first `maxIssuesInSummary` (all are stored with the batch) */
  errors: ImportIssue[];
  /** records kept with a warning (a key repeated in the file: the later record wins) */
  warnings: ImportIssue[];
  duplicates: number;
  /** errors + warnings beyond those listed */
  issuesNotShown: number;
  kind: ImportKind;
  format: FileFormat;
  fileName: string | null;
  dryRun: boolean;
  /** import_batch id of a committed import (null for a dry run) */
  batchId: number | null;
  /** province the records went to, e.g. "H87" */
  province: string;
  /** the province was created by this import (first agencies import of a deployment) */
  provinceCreated: boolean;
  seconds: number;
}

export type ImportPhase = "reading" | "finishing";

/** Progress of a running import, reported after each batch (a few thousand records). */
export interface ImportProgress {
  phase: ImportPhase;
  /** records read so far */
  records: number;
  /** bytes of the file read so far, and its size (null for JSON bodies already in memory) */
  bytesRead: number;
  bytesTotal: number | null;
}
