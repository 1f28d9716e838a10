// A Biểu 06 report (Biểu số 06/VPCP/KSTT, TT 01/2020/TT-VPCP; DOMAIN.md §5) as an XLSX sheet in
// the official layout, so that a focal officer or the office can print, sign and file it as is:
//
//   Biểu số 06/VPCP/KSTT   │ TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH…  │ Đơn vị báo cáo: …
//   Ban hành kèm theo …     │ Kỳ báo cáo: Quý I/2026                             │ Đơn vị nhận báo cáo: …
//                           │ (Từ ngày 15/12/2025 đến ngày 14/03/2026)           │
//                                                                 Đơn vị tính: Số hồ sơ TTHC
//   STT │ Lĩnh vực │ Số hồ sơ nhận giải quyết          │ Kết quả giải quyết
//       │          │ Tổng số │ Trong đó                │ Số hồ sơ đã giải quyết       │ Số hồ sơ đang giải quyết
//       │          │         │ Trực tuyến│Trực tiếp…│Từ kỳ trước │ Tổng số│Trước hạn│Đúng hạn│Quá hạn │ Tổng số│Trong hạn│Quá hạn
//   (1) │ (2)      │ (3)     │ (4) …                                                              (13)
//   1   │ …one row per lĩnh vực (per unit in the consolidated report)…
//       │ Tổng cộng│ sums of the rows
//
// Two steps: `form06Layout` is a pure description of the sheet (cells, merged ranges, widths) that
// unit tests check cell by cell; `form06Xlsx` writes it with exceljs. Figures are written as
// numbers (not formulas) so every spreadsheet program shows them without recalculation; the
// totals (columns 3, 7, 11 and the total row) are derived here from the eight entered cells, as
// on the form. Text is always a text cell, never a formula (exceljs writes strings as strings).
import ExcelJS from "exceljs";
import { FORM06_BASE_COLUMNS, FORM06_COLUMNS, form06Columns, sumColumns, type Form06Column, type Form06Columns } from "@/lib/domain/counters";
import { formatIsoDate } from "@/lib/domain/periods";
import { XLSX_MEDIA_TYPE } from "./table";

export type Form06BaseCells = Record<(typeof FORM06_BASE_COLUMNS)[number], number>;

export interface Form06Document {
  /** "Quý I/2026" (periodName) */
  periodName: string;
  /** window dates, yyyy-MM-dd, inclusive */
  windowStart: string;
  windowEnd: string;
  /** Đơn vị báo cáo: the agency (or the province's People's Committee for the consolidated report) */
  reportingUnit: string;
  /** Đơn vị nhận báo cáo: "Văn phòng UBND tỉnh …", or "Văn phòng Chính phủ" for the consolidated report */
  receivingUnit: string;
  /** heading of column (2): "Lĩnh vực" for an agency's report, "Cơ quan, đơn vị" for the consolidated one */
  rowHeading: string;
  rows: readonly { label: string; cells: Form06BaseCells; comments?: Partial<Record<Form06Column, string>> }[];
  /** a line under the title when the report is not final, e.g. "Bản nháp, chưa được duyệt" (absent for an approved report) */
  statusNote?: string;
}

export type CellStyle = "form-code" | "form-basis" | "title" | "period" | "window" | "unit" | "status" | "measure" | "header" | "column-number" | "index" | "label" | "number" | "total-label" | "total-number" | "signature-title" | "signature-hint";

export interface LayoutCell {
  /** 1-based row and column */
  row: number;
  col: number;
  value: string | number;
  style: CellStyle;
  /** an officer's comment on the cell, written as a cell note */
  note?: string;
}

export interface Form06Layout {
  cells: LayoutCell[];
  /** merged ranges in A1 notation, e.g. "C6:F6" */
  merges: string[];
  /** width of columns A…M in characters */
  widths: number[];
  /** row heights in points where the default is too small (wrapped header text) */
  heights: Record<number, number>;
  /** rows of the table header (repeated on every printed page) */
  headerRows: { first: number; last: number };
  /** first and last row of the bordered table (header to total row) */
  tableRows: { first: number; last: number };
  /** the total row */
  totalRow: number;
}

export const FORM06_TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";
export const FORM06_CODE = "Biểu số 06/VPCP/KSTT";
export const FORM06_BASIS = "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ";
export const FORM06_MEASURE = "Đơn vị tính: Số hồ sơ TTHC";
export const FORM06_COLUMN_COUNT = 13;

/** Column letter of a 1-based column number (A…Z is enough: the form has 13 columns). */
export function columnLetter(col: number): string {
  return String.fromCharCode(64 + col);
}

const range = (fromRow: number, fromCol: number, toRow: number, toCol: number) => `${columnLetter(fromCol)}${fromRow}:${columnLetter(toCol)}${toRow}`;

/** Sheet column of a Biểu 06 column: (1) STT = A, (2) the row's name = B, (3)…(13) = C…M. */
export function sheetColumnOf(column: Form06Column): number {
  return Number(column.slice(1));
}

const HEADER_FIRST_ROW = 6;

/** The sheet of a report: every cell, merged range and width, in the official layout. */
export function form06Layout(doc: Form06Document): Form06Layout {
  const cells: LayoutCell[] = [];
  const merges: string[] = [];
  const put = (row: number, col: number, value: string | number, style: CellStyle, note?: string) => cells.push({ row, col, value, style, ...(note ? { note } : {}) });
  const block = (row: number, col: number, toRow: number, toCol: number, value: string, style: CellStyle) => {
    put(row, col, value, style);
    if (toRow !== row || toCol !== col) merges.push(range(row, col, toRow, toCol));
  };

  // Heading: form code and legal basis on the left, title and period in the middle, units on the right.
  block(1, 1, 1, 3, FORM06_CODE, "form-code");
  block(2, 1, 3, 3, FORM06_BASIS, "form-basis");
  block(1, 4, 1, 10, FORM06_TITLE, "title");
  block(2, 4, 2, 10, `Kỳ báo cáo: ${doc.periodName}`, "period");
  block(3, 4, 3, 10, `(Từ ngày ${formatIsoDate(doc.windowStart)} đến ngày ${formatIsoDate(doc.windowEnd)})`, "window");
  block(1, 11, 1, 13, `Đơn vị báo cáo: ${doc.reportingUnit}`, "unit");
  block(2, 11, 3, 13, `Đơn vị nhận báo cáo: ${doc.receivingUnit}`, "unit");
  if (doc.statusNote) block(4, 1, 4, 13, doc.statusNote, "status");
  block(5, 10, 5, 13, FORM06_MEASURE, "measure");

  // Table header: three levels of merged cells, then the column numbers (1)…(13).
  const h = HEADER_FIRST_ROW;
  block(h, 1, h + 2, 1, "STT", "header");
  block(h, 2, h + 2, 2, doc.rowHeading, "header");
  block(h, 3, h, 6, "Số hồ sơ nhận giải quyết", "header");
  block(h, 7, h, 13, "Kết quả giải quyết", "header");
  block(h + 1, 3, h + 2, 3, "Tổng số", "header");
  block(h + 1, 4, h + 1, 6, "Trong đó", "header");
  block(h + 1, 7, h + 1, 10, "Số hồ sơ đã giải quyết", "header");
  block(h + 1, 11, h + 1, 13, "Số hồ sơ đang giải quyết", "header");
  const third: [number, string][] = [
    [4, "Trực tuyến"], [5, "Trực tiếp và dịch vụ bưu chính"], [6, "Từ kỳ trước"],
    [7, "Tổng số"], [8, "Trước hạn"], [9, "Đúng hạn"], [10, "Quá hạn"],
    [11, "Tổng số"], [12, "Trong hạn"], [13, "Quá hạn"],
  ];
  for (const [col, text] of third) put(h + 2, col, text, "header");
  const numbersRow = h + 3;
  for (let col = 1; col <= FORM06_COLUMN_COUNT; col++) put(numbersRow, col, `(${col})`, "column-number");

  // One row per lĩnh vực (or unit), then the total row.
  let row = numbersRow + 1;
  const derived: Form06Columns[] = [];
  doc.rows.forEach((r, index) => {
    const columns = form06Columns(r.cells);
    derived.push(columns);
    put(row, 1, index + 1, "index");
    put(row, 2, r.label, "label");
    for (const column of FORM06_COLUMNS) put(row, sheetColumnOf(column), columns[column], "number", r.comments?.[column]);
    row++;
  });
  const totals = sumColumns(derived);
  const totalRow = row;
  put(totalRow, 1, "", "total-label");
  put(totalRow, 2, "Tổng cộng", "total-label");
  for (const column of FORM06_COLUMNS) put(totalRow, sheetColumnOf(column), totals[column], "total-number");

  // Signatures, as on the paper form.
  const sign = totalRow + 2;
  put(sign, 10, "……, ngày …… tháng …… năm ……", "signature-hint");
  merges.push(range(sign, 10, sign, 13));
  block(sign + 1, 1, sign + 1, 4, "NGƯỜI LẬP BIỂU", "signature-title");
  block(sign + 2, 1, sign + 2, 4, "(Ký, ghi rõ họ tên)", "signature-hint");
  block(sign + 1, 10, sign + 1, 13, "THỦ TRƯỞNG ĐƠN VỊ", "signature-title");
  block(sign + 2, 10, sign + 2, 13, "(Ký, đóng dấu, ghi rõ họ tên)", "signature-hint");

  return {
    cells,
    merges,
    widths: [6, 34, 10, 11, 13, 10, 10, 10, 10, 10, 10, 10, 10],
    heights: { 1: 48, 2: 30, [h]: 30, [h + 1]: 30, [h + 2]: 45 },
    headerRows: { first: h, last: numbersRow },
    tableRows: { first: h, last: totalRow },
    totalRow,
  };
}

const FONT = "Times New Roman";
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const STYLES: Record<CellStyle, { font: Partial<ExcelJS.Font>; alignment: Partial<ExcelJS.Alignment>; numFmt?: string }> = {
  "form-code": { font: { name: FONT, size: 11, bold: true }, alignment: { horizontal: "left", vertical: "top" } },
  "form-basis": { font: { name: FONT, size: 9, italic: true }, alignment: { horizontal: "left", vertical: "top", wrapText: true } },
  title: { font: { name: FONT, size: 12, bold: true }, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  period: { font: { name: FONT, size: 12, bold: true }, alignment: { horizontal: "center", vertical: "middle" } },
  window: { font: { name: FONT, size: 11, italic: true }, alignment: { horizontal: "center", vertical: "middle" } },
  unit: { font: { name: FONT, size: 11 }, alignment: { horizontal: "left", vertical: "top", wrapText: true } },
  status: { font: { name: FONT, size: 11, italic: true, color: { argb: "FFB91C1C" } }, alignment: { horizontal: "center", vertical: "middle" } },
  measure: { font: { name: FONT, size: 11, italic: true }, alignment: { horizontal: "right", vertical: "middle" } },
  header: { font: { name: FONT, size: 11, bold: true }, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  "column-number": { font: { name: FONT, size: 10, italic: true }, alignment: { horizontal: "center", vertical: "middle" } },
  index: { font: { name: FONT, size: 11 }, alignment: { horizontal: "center", vertical: "middle" } },
  label: { font: { name: FONT, size: 11 }, alignment: { horizontal: "left", vertical: "middle", wrapText: true } },
  number: { font: { name: FONT, size: 11 }, alignment: { horizontal: "right", vertical: "middle" }, numFmt: "#,##0" },
  "total-label": { font: { name: FONT, size: 11, bold: true }, alignment: { horizontal: "center", vertical: "middle" } },
  "total-number": { font: { name: FONT, size: 11, bold: true }, alignment: { horizontal: "right", vertical: "middle" }, numFmt: "#,##0" },
  "signature-title": { font: { name: FONT, size: 11, bold: true }, alignment: { horizontal: "center", vertical: "middle" } },
  "signature-hint": { font: { name: FONT, size: 11, italic: true }, alignment: { horizontal: "center", vertical: "middle" } },
};

/** The report as an XLSX workbook (one sheet, A4 landscape, header rows repeated when printed). */
export async function form06Xlsx(doc: Form06Document): Promise<Buffer> {
  const layout = form06Layout(doc);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "TTHC Dashboard";
  const sheet = workbook.addWorksheet("Biểu 06", {
    pageSetup: {
      paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: `${layout.headerRows.first}:${layout.headerRows.last}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ state: "frozen", ySplit: layout.headerRows.last }],
  });
  sheet.columns = layout.widths.map((width) => ({ width }));
  for (const [row, height] of Object.entries(layout.heights)) sheet.getRow(Number(row)).height = height;
  for (const c of layout.cells) {
    const cell = sheet.getCell(c.row, c.col);
    cell.value = c.value;
    const style = STYLES[c.style];
    cell.font = style.font;
    cell.alignment = style.alignment;
    if (style.numFmt) cell.numFmt = style.numFmt;
    if (c.note) cell.note = c.note;
  }
  for (let row = layout.tableRows.first; row <= layout.tableRows.last; row++) {
    for (let col = 1; col <= FORM06_COLUMN_COUNT; col++) sheet.getCell(row, col).border = BORDER;
  }
  for (const merge of layout.merges) sheet.mergeCells(merge);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The download of a report's XLSX; `baseName` is ASCII (e.g. "bieu-06-H20.17-2026-Q1"). */
export async function form06Download(doc: Form06Document, baseName: string): Promise<Response> {
  const bytes = await form06Xlsx(doc);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": XLSX_MEDIA_TYPE,
      "content-disposition": `attachment; filename="${baseName}.xlsx"`,
      "cache-control": "no-store",
    },
  });
}
