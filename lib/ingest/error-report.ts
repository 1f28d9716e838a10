// The error report of an import, for the people who fix the file: one row per rejected record
// (or warning) with its record number, key, field and message, as CSV or XLSX, Vietnamese
// headers. Both are written as streams from chunks of rows, so a report of a million rows costs
// no more memory than one chunk.
//
// Formula injection: the CSV goes through lib/csv (a cell starting with = + - @ is prefixed with
// a quote). The XLSX holds every value as a text cell (never a formula cell), which spreadsheets
// display as typed and never evaluate — so keys and messages are shown unaltered there.
import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { CSV_BOM, csvLine } from "@/lib/csv";
import { log } from "@/lib/log";
import { KINDS } from "./kinds";
import { OUTCOME_REJECTED, OUTCOME_WARNING, type ImportKind } from "./types";

/** One issue of an import, as stored in import_row_error. */
export interface IssueRow {
  record: number;
  key: string | null;
  field: string | null;
  message: string;
  /** false: a warning, the record was imported */
  rejected: boolean;
}

export function errorReportHeader(kind: ImportKind): string[] {
  return ["Bản ghi số", `Khóa (${KINDS[kind].keyField})`, "Trường", "Nội dung lỗi", "Xử lý"];
}

const cells = (r: IssueRow) => [r.record, r.key, r.field, r.message, r.rejected ? OUTCOME_REJECTED : OUTCOME_WARNING] as const;

/** The report as CSV text pieces: BOM and header, then the rows of each chunk. */
export async function* errorReportCsv(kind: ImportKind, chunks: AsyncIterable<IssueRow[]> | Iterable<IssueRow[]>): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(errorReportHeader(kind));
  for await (const chunk of chunks) yield chunk.map((r) => csvLine(cells(r))).join("");
}

/** The report as an XLSX workbook stream (one sheet, header frozen, filters on). */
export function errorReportXlsx(kind: ImportKind, chunks: AsyncIterable<IssueRow[]> | Iterable<IssueRow[]>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet("Lỗi nhập", { views: [{ state: "frozen", ySplit: 1 }] });
  const header = errorReportHeader(kind);
  sheet.columns = [{ width: 12 }, { width: 28 }, { width: 22 }, { width: 90 }, { width: 24 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  headerRow.commit();
  (async () => {
    for await (const chunk of chunks) {
      for (const r of chunk) sheet.addRow([...cells(r)]).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    log.error({ err: error }, "import error report: XLSX failed");
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return out;
}
