// Size limits of imports, shared by the CLI, the web import page and the push API so that every
// door refuses the same things. Uploads and request bodies can be raised per deployment through
// the environment; the XLSX limits protect the server from "zip bombs" (a small file that
// expands to gigabytes) and are checked on the zip's central directory before a workbook is read.

export interface ImportLimits {
  /** largest file accepted (CLI and web upload), bytes */
  maxFileBytes: number;
  /** largest JSON body of the push API, bytes */
  maxRequestBytes: number;
  /** records in one import */
  maxRecords: number;
  /** one CSV record (all its cells), characters: a quote left open swallows the file up to here */
  maxRecordChars: number;
  xlsx: {
    /** zip entries of a workbook (a normal one has 10–30) */
    maxEntries: number;
    /** uncompressed size of all entries together, bytes */
    maxUncompressedBytes: number;
    /** uncompressed ÷ compressed size of one entry (sheet XML compresses 10–50×) */
    maxCompressionRatio: number;
    /** rows of the first sheet, header included (Excel's own maximum is 1,048,576) */
    maxRows: number;
  };
  /** errors and warnings returned in a summary (all of them are stored with the batch) */
  maxIssuesInSummary: number;
}

const MB = 1024 * 1024;

function megabytes(variable: string, fallback: number): number {
  const value = Number(process.env[variable]);
  return Number.isFinite(value) && value > 0 ? Math.round(value * MB) : fallback * MB;
}

/** The limits in force: defaults, with TTHC_IMPORT_MAX_FILE_MB and TTHC_IMPORT_MAX_REQUEST_MB applied. */
export function importLimits(): ImportLimits {
  return {
    maxFileBytes: megabytes("TTHC_IMPORT_MAX_FILE_MB", 1024),
    maxRequestBytes: megabytes("TTHC_IMPORT_MAX_REQUEST_MB", 20),
    maxRecords: 5_000_000,
    maxRecordChars: 1 * MB,
    xlsx: { maxEntries: 1000, maxUncompressedBytes: 4096 * MB, maxCompressionRatio: 200, maxRows: 1_048_576 },
    maxIssuesInSummary: 1000,
  };
}

export const IMPORT_LIMITS: ImportLimits = importLimits();

/** "1,5 GB", "20 MB", "254,1 KB", "120 byte" */
export function formatBytes(bytes: number): string {
  const format = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1024 * MB) return `${format(bytes / (1024 * MB))} GB`;
  if (bytes >= MB) return `${format(bytes / MB)} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes)} byte`;
}
