// Every table of the dashboards exported as CSV or XLSX, the same way: a title naming what the
// table is and the period's exact dates, then Vietnamese headers, then the rows — as the table
// shows them, with numbers kept as numbers (XLSX) so a spreadsheet can sum them.
//
// Formula injection: CSV cells go through lib/csv (a cell starting with = + - @ is prefixed with
// a quote); XLSX cells are typed values, text is always a text cell and never a formula.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { CSV_BOM, csvLine } from "@/lib/csv";
import { log } from "@/lib/log";

export type ExportValue = string | number | null;

/** How a column's values are written: an integer 48076, a share 0.8186 (shown 81,86 %), a decimal 1.25, a date "2024-03-14", text. */
export type ExportKind = "text" | "integer" | "percent" | "decimal" | "date";

export interface ExportColumn<T> {
  header: string;
  kind: ExportKind;
  value: (row: T) => ExportValue;
  /** XLSX column width in characters */
  width?: number;
}

export interface ExportTable<T> {
  /** first line, e.g. "Bảng xếp hạng cơ quan, đơn vị — Quý I/2026 — kỳ báo cáo (15/12/2025 – 14/03/2026)" */
  title: string;
  /** further lines under the title (filters applied, the time it was exported) */
  notes?: readonly string[];
  /** XLSX sheet name (at most 31 characters, no []:*?/\) */
  sheet: string;
  columns: readonly ExportColumn<T>[];
  rows: Iterable<T> | AsyncIterable<T>;
}

export type ExportFormat = "csv" | "xlsx";

export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const vnPercent = new Intl.NumberFormat("vi-VN", { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const vnDecimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** CSV text of a value: numbers in vi-VN form (what the screen shows), dates dd/MM/yyyy. */
function csvValue(kind: ExportKind, value: ExportValue): string | number | null {
  if (value === null) return null;
  if (typeof value === "number") {
    if (kind === "percent") return vnPercent.format(value);
    if (kind === "decimal") return vnDecimal.format(value);
    return value;
  }
  if (kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
  return value;
}

/** The table as CSV text pieces (UTF-8 BOM, CRLF; title and notes as the first lines, then a blank line). */
export async function* tableCsv<T>(table: ExportTable<T>): AsyncGenerator<string> {
  let head = CSV_BOM + csvLine([table.title]);
  for (const note of table.notes ?? []) head += csvLine([note]);
  head += "\r\n" + csvLine(table.columns.map((c) => c.header));
  yield head;
  let chunk = "";
  for await (const row of table.rows) {
    chunk += csvLine(table.columns.map((c) => csvValue(c.kind, c.value(row))));
    if (chunk.length > 64_000) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

const NUMBER_FORMATS: Record<ExportKind, string | undefined> = {
  text: undefined,
  integer: "#,##0",
  percent: "0.00%",
  decimal: "#,##0.00",
  date: "dd/mm/yyyy",
};

function xlsxValue(kind: ExportKind, value: ExportValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  // text stays a text cell whatever it starts with: exceljs writes strings as strings, never formulas
  return value;
}

/** The table as an XLSX stream: title rows, bold frozen header with filters, typed cells. */
export function tableXlsx<T>(table: ExportTable<T>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const headerRowNumber = 2 + (table.notes?.length ?? 0) + 1;
  const sheet = workbook.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: "frozen", ySplit: headerRowNumber }] });
  sheet.columns = table.columns.map((c) => ({ width: c.width ?? (c.kind === "text" ? 36 : 14) }));
  const title = sheet.addRow([table.title]);
  title.font = { bold: true, size: 13 };
  title.commit();
  for (const note of table.notes ?? []) sheet.addRow([note]).commit();
  sheet.addRow([]).commit();
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  header.commit();
  sheet.autoFilter = { from: { row: headerRowNumber, column: 1 }, to: { row: headerRowNumber, column: table.columns.length } };
  (async () => {
    for await (const item of table.rows) {
      const row = sheet.addRow(table.columns.map((c) => xlsxValue(c.kind, c.value(item))));
      table.columns.forEach((c, i) => {
        const format = NUMBER_FORMATS[c.kind];
        if (format) row.getCell(i + 1).numFmt = format;
      });
      row.commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    log.error({ err: error }, "table export: XLSX failed");
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return out;
}

/** A download of the table; `baseName` is ASCII (e.g. "bang-xep-hang-2026-Q1"). */
export function tableDownload<T>(table: ExportTable<T>, format: ExportFormat, baseName: string): Response {
  const headers = (type: string, ext: string) => ({
    "content-type": type,
    "content-disposition": `attachment; filename="${baseName}.${ext}"`,
    "cache-control": "no-store",
  });
  if (format === "xlsx") {
    return new Response(Readable.toWeb(tableXlsx(table)) as ReadableStream<Uint8Array>, { headers: headers(XLSX_MEDIA_TYPE, "xlsx") });
  }
  const bytes = (async function* () {
    for await (const text of tableCsv(table)) yield Buffer.from(text, "utf8");
  })();
  return new Response(Readable.toWeb(Readable.from(bytes)) as ReadableStream<Uint8Array>, { headers: headers("text/csv; charset=utf-8", "csv") });
}
