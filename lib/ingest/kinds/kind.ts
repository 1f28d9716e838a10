// What the pipeline needs to know of each kind of record: its fields, how to validate one record
// (a Zod schema built once per import over the catalogues it references), its natural key, and
// how to write a batch and keep derived data exact.
import type { z } from "zod";
import type { SqlClient } from "@/lib/db/sql";
import type { ImportIssue, ImportKind } from "../types";
import type { FieldCatalog } from "../readers/header";

export type DbImportKind = "AGENCIES" | "PROCEDURES" | "DOSSIERS" | "HOLIDAYS" | "INDEX_SNAPSHOTS";

/** A record that passed its schema, with its number in the file and its key. */
export interface ValidRecord<R> {
  no: number;
  key: string;
  record: R;
}

/** Keys a batch inserted and rewrote; every other key of the batch was unchanged. */
export interface BatchWrite {
  inserted: string[];
  updated: string[];
}

export interface KindDefinition<R, C> {
  kind: ImportKind;
  dbKind: DbImportKind;
  catalog: FieldCatalog;
  /** the field(s) that make the natural key, as named in errors */
  keyField: string;
  /** records validated and written together */
  batchSize: number;
  /** the key of a raw record, for messages (even when the record is invalid) */
  rawKey(values: Record<string, unknown>): string | null;
  /** catalogues and state of one import, loaded once before the first record */
  load(client: SqlClient, provinceId: number): Promise<C>;
  /** the schema of one record, over the loaded catalogues */
  schema(context: C): z.ZodType<R>;
  keyOf(record: R): string;
  /** whether a later record of the same key replaces an earlier one (default: always) */
  supersedes?(later: R, earlier: R): boolean;
  /** checks between the records of a batch (references to each other): issues reject those records */
  checkBatch?(records: ValidRecord<R>[], context: C): ImportIssue[];
  /** writes a batch of records with distinct keys */
  write(client: SqlClient, provinceId: number, batchId: number, records: R[], context: C): Promise<BatchWrite>;
  /**
   * after the last batch, in the same transaction: derived data (legal due dates, statistics
   * summary). The pipeline's temporary table import_key(key, record_no, outcome) then holds
   * what each batch did to each key it wrote: 'I' inserted, 'U' rewrote, 'N' left unchanged.
   */
  finish?(client: SqlClient, provinceId: number, context: C): Promise<void>;
}

/** A raw value as text for messages. */
export function rawText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text.length ? text : null;
}
