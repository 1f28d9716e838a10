// An import refused or aborted as a whole: nothing could be read (encoding, header, not a
// workbook, empty, missing file…), the file breaks off (malformed quoting, truncated JSON), or
// the database failed. Its message is for the user, in Vietnamese; nothing was stored.

export type ImportFailureCode =
  | "ENCODING" | "EMPTY" | "HEADER" | "SEPARATOR" | "MALFORMED" | "NOT_WORKBOOK" | "TOO_LARGE" | "UNSUPPORTED" | "NOT_FOUND" | "PROVINCE" | "DATABASE";

export class ImportError extends Error {
  /** the import_batch row (status FAILED) that records this failure, when one could be written */
  failedBatchId: number | null = null;

  constructor(readonly code: ImportFailureCode, message: string) {
    super(message);
    this.name = "ImportError";
  }

  /** nothing could be read from the input (as opposed to a failure while writing) */
  get unreadable(): boolean {
    return this.code !== "DATABASE";
  }
}
