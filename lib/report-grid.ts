// The Biểu 06 form's grid as the browser holds it (safe to import in client components): what
// the officer typed in each cell (text), turned into the report the shared Zod schemas of
// lib/domain/report-form.ts validate — the same schemas the server applies — and the errors
// of that validation placed on the cells they are about.
import type { z } from "zod";
import { form06Columns, type Form06Column, type Form06Columns } from "@/lib/domain/counters";
import { FORM06_COLUMN_LABELS, REPORT_CELLS, ReportFormSchema, SubmittableReportSchema, type ReportCell, type ReportFormInput } from "@/lib/domain/report-form";

export interface GridRow {
  fieldCode: string;
  /** the lĩnh vực's name (the code when the catalogue lacks it) */
  fieldName: string;
  /** what is typed in each entered cell */
  cells: Record<ReportCell, string>;
  comments: Partial<Record<ReportCell, string>>;
}

/**
 * The number a cell's text means: digits, optionally grouped with dots or spaces as vi-VN writes
 * them (1.234 = 1 234 = 1234). Anything else — empty, a decimal, a sign, letters — is NaN, which
 * the schema refuses with a message naming the column (a decimal comma "1,5" is not a count).
 */
export function parseCellText(text: string): number {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d{1,3}([. ]\d{3})+$/.test(t)) return Number(t.replace(/[. ]/g, ""));
  return Number.NaN;
}

/** The report input of the grid (to validate and to send to the server action). */
export function gridToForm(rows: readonly GridRow[]): ReportFormInput {
  return {
    rows: rows.map((r) => ({
      fieldCode: r.fieldCode,
      ...(Object.fromEntries(REPORT_CELLS.map((c) => [c, parseCellText(r.cells[c])])) as Record<ReportCell, number>),
      comments: Object.fromEntries(Object.entries(r.comments).filter(([, text]) => text?.trim())),
    })),
  };
}

/** Eleven columns of a grid row, totals derived; null when a cell is not a valid count yet. */
export function gridRowColumns(row: GridRow): Form06Columns | null {
  const values = REPORT_CELLS.map((c) => parseCellText(row.cells[c]));
  if (values.some((v) => !Number.isSafeInteger(v))) return null;
  return form06Columns(Object.fromEntries(REPORT_CELLS.map((c, i) => [c, values[i]!])) as Record<ReportCell, number>);
}

/** The total row; null while any cell is not a valid count. */
export function gridTotals(rows: readonly GridRow[]): Form06Columns | null {
  const columns = rows.map(gridRowColumns);
  if (columns.some((c) => c === null)) return null;
  const total = form06Columns({ c4: 0, c5: 0, c6: 0, c8: 0, c9: 0, c10: 0, c12: 0, c13: 0 });
  for (const c of columns as Form06Columns[]) for (const key of Object.keys(total) as Form06Column[]) total[key] += c[key];
  return total;
}

/** "rowIndex:column" → messages (the column is an entered cell, a derived total, or "comments"/"fieldCode"). */
export type CellErrors = Record<string, string[]>;

export const cellKey = (rowIndex: number, column: string) => `${rowIndex}:${column}`;

function placeIssues(issues: readonly z.core.$ZodIssue[]): { cells: CellErrors; form: string[] } {
  const cells: CellErrors = {};
  const form: string[] = [];
  for (const issue of issues) {
    const [root, rowIndex, column] = issue.path;
    if (root === "rows" && typeof rowIndex === "number" && typeof column === "string") (cells[cellKey(rowIndex, column)] ??= []).push(issue.message);
    else form.push(issue.message);
  }
  return { cells, form };
}

/**
 * Validation of the grid, with the schema of the step: a draft needs non-negative integers and
 * each lĩnh vực once; submitting needs also the identities (3 = 7 + 11 on every row).
 */
export function validateGrid(rows: readonly GridRow[], step: "draft" | "submit"): { ok: boolean; cells: CellErrors; form: string[] } {
  const schema = step === "draft" ? ReportFormSchema : SubmittableReportSchema;
  const result = schema.safeParse(gridToForm(rows));
  if (result.success) return { ok: true, cells: {}, form: [] };
  return { ok: false, ...placeIssues(result.error.issues) };
}

/** The accessible name of an input: "Lĩnh vực Hộ tịch, cột 10: đã giải quyết quá hạn". */
export function cellLabel(fieldName: string, column: Form06Column): string {
  const { number, label } = FORM06_COLUMN_LABELS[column];
  return `Lĩnh vực ${fieldName}, cột ${number}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** The grid of saved rows (numbers written as plain digits, so that the officer edits them as typed). */
export function gridFromRows(rows: readonly ({ fieldCode: string; fieldName: string; comments?: Partial<Record<ReportCell, string>> } & Record<ReportCell, number>)[]): GridRow[] {
  return rows.map((r) => ({
    fieldCode: r.fieldCode,
    fieldName: r.fieldName,
    cells: Object.fromEntries(REPORT_CELLS.map((c) => [c, String(r[c])])) as Record<ReportCell, string>,
    comments: { ...(r.comments ?? {}) },
  }));
}

/** What the report's server actions answer (save, submit): a typed state the form shows. */
export interface ReportActionState {
  ok: boolean;
  message: string | null;
  /** the report was saved by someone else since this form was loaded: nothing was saved */
  conflict: boolean;
  /** the report's version after a successful save (the next save sends it) */
  version?: number;
  cellErrors: CellErrors;
  formErrors: string[];
}

/** The state of the server's validation errors, placed on the cells like the browser's. */
export function stateFromIssues(issues: readonly z.core.$ZodIssue[], message: string): ReportActionState {
  const { cells, form } = placeIssues(issues);
  return { ok: false, message, conflict: false, cellErrors: cells, formErrors: form };
}
