// The quarterly report form Biểu 06 (DOMAIN.md §5) as an agency's focal officer fills it: one
// row per lĩnh vực, the eight independent cells (c4 c5 c6 c8 c9 c10 c12 c13) as non-negative
// integers with an optional comment per cell; the totals (c3 = 4+5+6, c7 = 8+9+10,
// c11 = 12+13) are derived, never entered nor stored. The same Zod schemas validate the form in
// the browser and again on the server.
//
// Two levels, because an officer may save a draft at any time:
// - ReportFormSchema: what a draft must satisfy (shape, non-negative integers, one row per
//   lĩnh vực). Saving a draft needs only this.
// - SubmittableReportSchema: the same plus the identity 3 = 7 + 11 of every row (the other three
//   identities hold by construction, the totals being derived). Submitting needs this.
//
// Mapping to and from the exchange JSON of DATA_FORMATS §5 ({MaDonVi, Ky, Dong[…]}) is here too.
import { z } from "zod";
import { FORM06_BASE_COLUMNS, form06Columns, identityViolations, type Form06Columns, type IdentityViolation } from "./counters";

/** The cells an officer enters. */
export const REPORT_CELLS = FORM06_BASE_COLUMNS;
export type ReportCell = (typeof REPORT_CELLS)[number];
export type ReportCells = Record<ReportCell, number>;

/** Column numbers and Vietnamese headers of Biểu 06, for messages and the form's header. */
export const FORM06_COLUMN_LABELS: Record<keyof Form06Columns, { number: number; label: string }> = {
  c3: { number: 3, label: "Tổng số hồ sơ tiếp nhận" },
  c4: { number: 4, label: "Tiếp nhận trực tuyến trong kỳ" },
  c5: { number: 5, label: "Tiếp nhận trực tiếp, bưu chính trong kỳ" },
  c6: { number: 6, label: "Kỳ trước chuyển qua" },
  c7: { number: 7, label: "Tổng số hồ sơ đã giải quyết" },
  c8: { number: 8, label: "Đã giải quyết trước hạn" },
  c9: { number: 9, label: "Đã giải quyết đúng hạn" },
  c10: { number: 10, label: "Đã giải quyết quá hạn" },
  c11: { number: 11, label: "Tổng số hồ sơ đang giải quyết" },
  c12: { number: 12, label: "Đang giải quyết trong hạn" },
  c13: { number: 13, label: "Đang giải quyết quá hạn" },
};

/** JSON key of DATA_FORMATS §5 of each cell. */
export const EXCHANGE_KEYS: Record<ReportCell, string> = {
  c4: "TiepNhanTrucTuyen",
  c5: "TiepNhanTrucTiep",
  c6: "KyTruocChuyenQua",
  c8: "DaGiaiQuyetTruocHan",
  c9: "DaGiaiQuyetDungHan",
  c10: "DaGiaiQuyetQuaHan",
  c12: "DangGiaiQuyetTrongHan",
  c13: "DangGiaiQuyetQuaHan",
};

/** Largest value of a cell: the database column is a 32-bit integer. */
export const MAX_CELL_VALUE = 2_147_483_647;
export const MAX_COMMENT_LENGTH = 1000;
export const MAX_REPORT_ROWS = 1000;

const cellNumber = (column: ReportCell) => {
  const name = `cột ${FORM06_COLUMN_LABELS[column].number} (${FORM06_COLUMN_LABELS[column].label})`;
  return z
    .number({ error: `Nhập số hồ sơ ở ${name}.` })
    .int({ error: `${name[0]!.toUpperCase()}${name.slice(1)} phải là số nguyên.` })
    .min(0, { error: `${name[0]!.toUpperCase()}${name.slice(1)} không được âm.` })
    .max(MAX_CELL_VALUE, { error: `${name[0]!.toUpperCase()}${name.slice(1)} vượt quá giá trị cho phép.` });
};

/** A lĩnh vực code as reported: kept as written (trimmed), because a row may name a code the catalogue lacks. */
export const FieldCodeSchema = z
  .string({ error: "Thiếu mã lĩnh vực." })
  .trim()
  .min(1, { error: "Thiếu mã lĩnh vực." })
  .max(60, { error: "Mã lĩnh vực dài quá 60 ký tự." });

export const CellCommentsSchema = z.partialRecord(
  z.enum(REPORT_CELLS),
  z.string().trim().max(MAX_COMMENT_LENGTH, { error: `Ghi chú tối đa ${MAX_COMMENT_LENGTH} ký tự.` }),
);
export type CellComments = z.infer<typeof CellCommentsSchema>;

export const ReportRowSchema = z.object({
  fieldCode: FieldCodeSchema,
  c4: cellNumber("c4"),
  c5: cellNumber("c5"),
  c6: cellNumber("c6"),
  c8: cellNumber("c8"),
  c9: cellNumber("c9"),
  c10: cellNumber("c10"),
  c12: cellNumber("c12"),
  c13: cellNumber("c13"),
  /** comments per cell; empty comments are dropped */
  comments: CellCommentsSchema.default({}).transform((comments) => Object.fromEntries(Object.entries(comments).filter(([, text]) => text)) as CellComments),
});
export type ReportRow = z.infer<typeof ReportRowSchema>;
export type ReportRowInput = z.input<typeof ReportRowSchema>;

/** A draft's rows: shape, non-negative integers, each lĩnh vực once. */
export const ReportFormSchema = z
  .object({
    rows: z.array(ReportRowSchema).max(MAX_REPORT_ROWS, { error: `Báo cáo có tối đa ${MAX_REPORT_ROWS} dòng lĩnh vực.` }),
  })
  .superRefine((form, ctx) => {
    const seen = new Map<string, number>();
    form.rows.forEach((row, index) => {
      const first = seen.get(row.fieldCode);
      if (first === undefined) seen.set(row.fieldCode, index);
      else ctx.addIssue({ code: "custom", path: ["rows", index, "fieldCode"], message: `Lĩnh vực ${row.fieldCode} đã có ở dòng ${first + 1}: mỗi lĩnh vực chỉ một dòng.` });
    });
  });
export type ReportForm = z.infer<typeof ReportFormSchema>;
export type ReportFormInput = z.input<typeof ReportFormSchema>;

/** The eleven columns of a row, totals derived. */
export function rowColumns(row: ReportCells): Form06Columns {
  return form06Columns(row);
}

/**
 * The message for a row that breaks an identity, naming the lĩnh vực and the columns, e.g.
 * "Lĩnh vực G09-TN01: cột 3 (tổng tiếp nhận = 515) phải bằng cột 7 (đã giải quyết = 392) +
 * cột 11 (đang giải quyết = 100), tức 492; chênh lệch 23."
 */
export function identityMessage(fieldCode: string, violation: IdentityViolation, columns: Form06Columns): string {
  const gap = `chênh lệch ${Math.abs(violation.left - violation.right)}`;
  switch (violation.identity) {
    case "3=7+11":
      return `Lĩnh vực ${fieldCode}: cột 3 (tổng tiếp nhận = ${columns.c3}) phải bằng cột 7 (đã giải quyết = ${columns.c7}) + cột 11 (đang giải quyết = ${columns.c11}), tức ${violation.right}; ${gap}.`;
    case "3=4+5+6":
      return `Lĩnh vực ${fieldCode}: cột 3 (= ${columns.c3}) phải bằng cột 4 + cột 5 + cột 6 (= ${violation.right}); ${gap}.`;
    case "7=8+9+10":
      return `Lĩnh vực ${fieldCode}: cột 7 (= ${columns.c7}) phải bằng cột 8 + cột 9 + cột 10 (= ${violation.right}); ${gap}.`;
    case "11=12+13":
      return `Lĩnh vực ${fieldCode}: cột 11 (= ${columns.c11}) phải bằng cột 12 + cột 13 (= ${violation.right}); ${gap}.`;
  }
}

/** Column whose cell shows an identity's message in the form (the left-hand total). */
export const IDENTITY_COLUMN: Record<IdentityViolation["identity"], "c3" | "c7" | "c11"> = {
  "3=4+5+6": "c3",
  "3=7+11": "c3",
  "7=8+9+10": "c7",
  "11=12+13": "c11",
};

/** Every identity a form's rows break, with its message. */
export function formIdentityIssues(rows: readonly (ReportCells & { fieldCode: string })[]): { rowIndex: number; fieldCode: string; column: "c3" | "c7" | "c11"; violation: IdentityViolation; message: string }[] {
  return rows.flatMap((row, rowIndex) => {
    const columns = rowColumns(row);
    return identityViolations(columns).map((violation) => ({
      rowIndex, fieldCode: row.fieldCode, column: IDENTITY_COLUMN[violation.identity], violation, message: identityMessage(row.fieldCode, violation, columns),
    }));
  });
}

/** What a submitted report must satisfy: a valid draft whose every row keeps 3 = 7 + 11. */
export const SubmittableReportSchema = ReportFormSchema.superRefine((form, ctx) => {
  for (const issue of formIdentityIssues(form.rows)) ctx.addIssue({ code: "custom", path: ["rows", issue.rowIndex, issue.column], message: issue.message });
});

/** An empty row for a lĩnh vực (the officer adds a row the pre-fill lacked). */
export function emptyRow(fieldCode: string): ReportRow {
  return { fieldCode, c4: 0, c5: 0, c6: 0, c8: 0, c9: 0, c10: 0, c12: 0, c13: 0, comments: {} };
}

/** Sum of the rows' eleven columns (the report's total line). */
export function formTotals(rows: readonly ReportCells[]): Form06Columns {
  const total = form06Columns({ c4: 0, c5: 0, c6: 0, c8: 0, c9: 0, c10: 0, c12: 0, c13: 0 });
  for (const row of rows) {
    const columns = rowColumns(row);
    for (const key of Object.keys(total) as (keyof Form06Columns)[]) total[key] += columns[key];
  }
  return total;
}

// ── Exchange JSON (DATA_FORMATS §5) ──────────────────────────────────────────────────────────

const exchangeCell = (column: ReportCell) => {
  const key = EXCHANGE_KEYS[column];
  return z
    .number({ error: `${key}: cần một số nguyên không âm.` })
    .int({ error: `${key}: cần một số nguyên.` })
    .min(0, { error: `${key}: không được âm.` })
    .max(MAX_CELL_VALUE, { error: `${key}: vượt quá giá trị cho phép.` });
};

/**
 * A row of the exchange JSON. A missing cell is 0 (reading: an empty cell of the paper form);
 * unknown keys (e.g. totals someone sent anyway) are ignored, as for every exchange format.
 */
export const ExchangeRowSchema = z.object({
  MaLinhVuc: FieldCodeSchema,
  TiepNhanTrucTuyen: exchangeCell("c4").default(0),
  TiepNhanTrucTiep: exchangeCell("c5").default(0),
  KyTruocChuyenQua: exchangeCell("c6").default(0),
  DaGiaiQuyetTruocHan: exchangeCell("c8").default(0),
  DaGiaiQuyetDungHan: exchangeCell("c9").default(0),
  DaGiaiQuyetQuaHan: exchangeCell("c10").default(0),
  DangGiaiQuyetTrongHan: exchangeCell("c12").default(0),
  DangGiaiQuyetQuaHan: exchangeCell("c13").default(0),
  /** ext: comments per cell, keyed like the cells ({"DaGiaiQuyetQuaHan": "…"}) */
  GhiChu: z.record(z.string(), z.string().max(MAX_COMMENT_LENGTH)).optional(),
});

export const ExchangeReportSchema = z.object({
  MaDonVi: z.string({ error: "Thiếu MaDonVi (mã cơ quan, đơn vị báo cáo)." }).trim().min(1, { error: "Thiếu MaDonVi (mã cơ quan, đơn vị báo cáo)." }).max(60),
  Ky: z.string({ error: "Thiếu Ky (kỳ báo cáo, ví dụ 2024-Q1)." }).trim().min(1, { error: "Thiếu Ky (kỳ báo cáo, ví dụ 2024-Q1)." }).max(20),
  Dong: z.array(ExchangeRowSchema, { error: "Thiếu Dong (danh sách các dòng lĩnh vực)." }).max(MAX_REPORT_ROWS, { error: `Báo cáo có tối đa ${MAX_REPORT_ROWS} dòng lĩnh vực.` }),
});
export type ExchangeReport = z.infer<typeof ExchangeReportSchema>;
export type ExchangeReportInput = z.input<typeof ExchangeReportSchema>;

const CELL_BY_EXCHANGE_KEY = new Map(REPORT_CELLS.map((c) => [EXCHANGE_KEYS[c], c]));

/** The form's rows of an exchange report (not yet validated as a form: pass them to ReportFormSchema). */
export function formFromExchange(report: ExchangeReport): ReportFormInput {
  return {
    rows: report.Dong.map((d) => {
      const comments: Partial<Record<ReportCell, string>> = {};
      for (const [key, text] of Object.entries(d.GhiChu ?? {})) {
        const cell = CELL_BY_EXCHANGE_KEY.get(key) ?? (REPORT_CELLS as readonly string[]).find((c) => c === key);
        if (cell) comments[cell as ReportCell] = text;
      }
      return {
        fieldCode: d.MaLinhVuc,
        c4: d.TiepNhanTrucTuyen, c5: d.TiepNhanTrucTiep, c6: d.KyTruocChuyenQua,
        c8: d.DaGiaiQuyetTruocHan, c9: d.DaGiaiQuyetDungHan, c10: d.DaGiaiQuyetQuaHan,
        c12: d.DangGiaiQuyetTrongHan, c13: d.DangGiaiQuyetQuaHan,
        comments,
      };
    }),
  };
}

/** The exchange JSON of a report (totals are derived, never sent). */
export function exchangeFromForm(agencyCode: string, period: string, rows: readonly ReportRow[]): ExchangeReport {
  return {
    MaDonVi: agencyCode,
    Ky: period,
    Dong: rows.map((row) => {
      const comments = Object.entries(row.comments).filter(([, text]) => text);
      return {
        MaLinhVuc: row.fieldCode,
        TiepNhanTrucTuyen: row.c4, TiepNhanTrucTiep: row.c5, KyTruocChuyenQua: row.c6,
        DaGiaiQuyetTruocHan: row.c8, DaGiaiQuyetDungHan: row.c9, DaGiaiQuyetQuaHan: row.c10,
        DangGiaiQuyetTrongHan: row.c12, DangGiaiQuyetQuaHan: row.c13,
        ...(comments.length ? { GhiChu: Object.fromEntries(comments.map(([cell, text]) => [EXCHANGE_KEYS[cell as ReportCell], text!])) } : {}),
      };
    }),
  };
}

/** The first message of a failed validation, for a one-line answer (API, CLI). */
export function firstIssueMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? "Báo cáo không hợp lệ.";
}
