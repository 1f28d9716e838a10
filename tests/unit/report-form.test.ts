import { describe, expect, it } from "vitest";
import {
  emptyRow, exchangeFromForm, ExchangeReportSchema, formFromExchange, formIdentityIssues, formTotals, ReportFormSchema, rowColumns, SubmittableReportSchema,
  type ReportRowInput,
} from "@/lib/domain/report-form";
import { defaultDeadline, reportingRate, timeliness } from "@/lib/domain/report-deadline";
import { parsePeriod } from "@/lib/domain/periods";

// the example of DATA_FORMATS §5: 120 + 340 + 55 = 515 received, 300 + 80 + 12 = 392 resolved, 100 + 23 = 123 in progress
const EXAMPLE = {
  MaDonVi: "H20.17", Ky: "2024-Q1",
  Dong: [{ MaLinhVuc: "G09-TN01", TiepNhanTrucTuyen: 120, TiepNhanTrucTiep: 340, KyTruocChuyenQua: 55, DaGiaiQuyetTruocHan: 300, DaGiaiQuyetDungHan: 80, DaGiaiQuyetQuaHan: 12, DangGiaiQuyetTrongHan: 100, DangGiaiQuyetQuaHan: 23 }],
};

const valid: ReportRowInput = { fieldCode: "G09-TN01", c4: 120, c5: 340, c6: 55, c8: 300, c9: 80, c10: 12, c12: 100, c13: 23 };

describe("ReportFormSchema (drafts)", () => {
  it("accepts non-negative integers and drops empty comments", () => {
    const form = ReportFormSchema.parse({ rows: [{ ...valid, comments: { c10: "  3 hồ sơ chờ bổ sung ", c4: "  " } }] });
    expect(form.rows[0]!.comments).toEqual({ c10: "3 hồ sơ chờ bổ sung" });
  });

  it("defaults comments to none and trims the field code", () => {
    expect(ReportFormSchema.parse({ rows: [{ ...valid, fieldCode: " G09-TN01 " }] }).rows[0]).toMatchObject({ fieldCode: "G09-TN01", comments: {} });
  });

  it.each([
    [{ c10: -1 }, "Cột 10 (Đã giải quyết quá hạn) không được âm."],
    [{ c4: 1.5 }, "Cột 4 (Tiếp nhận trực tuyến trong kỳ) phải là số nguyên."],
    [{ c13: "5" }, "Nhập số hồ sơ ở cột 13 (Đang giải quyết quá hạn)."],
    [{ c6: 3_000_000_000 }, "Cột 6 (Kỳ trước chuyển qua) vượt quá giá trị cho phép."],
    [{ fieldCode: "" }, "Thiếu mã lĩnh vực."],
  ])("refuses %o with a Vietnamese message naming the column", (change, message) => {
    const result = ReportFormSchema.safeParse({ rows: [{ ...valid, ...change }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe(message);
  });

  it("refuses a lĩnh vực twice, naming the first row", () => {
    const result = ReportFormSchema.safeParse({ rows: [valid, emptyRow("X"), valid] });
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ["rows", 2, "fieldCode"], message: "Lĩnh vực G09-TN01 đã có ở dòng 1: mỗi lĩnh vực chỉ một dòng." })]);
  });

  it("refuses comments that are too long or on unknown cells", () => {
    expect(ReportFormSchema.safeParse({ rows: [{ ...valid, comments: { c10: "x".repeat(1001) } }] }).success).toBe(false);
    expect(ReportFormSchema.safeParse({ rows: [{ ...valid, comments: { c3: "tổng" } }] }).success).toBe(false);
  });

  it("saves a draft that breaks the identity (checked on submit)", () => {
    expect(ReportFormSchema.safeParse({ rows: [{ ...valid, c13: 0 }] }).success).toBe(true);
  });
});

describe("SubmittableReportSchema", () => {
  it("accepts rows keeping 3 = 7 + 11, and an empty report", () => {
    expect(SubmittableReportSchema.safeParse({ rows: [valid] }).success).toBe(true);
    expect(SubmittableReportSchema.safeParse({ rows: [] }).success).toBe(true);
  });

  it("refuses a row with 3 ≠ 7 + 11, the message naming the lĩnh vực, the columns and the values, on column 3", () => {
    const result = SubmittableReportSchema.safeParse({ rows: [emptyRow("A"), { ...valid, c13: 0 }] });
    expect(result.error!.issues).toEqual([expect.objectContaining({
      path: ["rows", 1, "c3"],
      message: "Lĩnh vực G09-TN01: cột 3 (tổng tiếp nhận = 515) phải bằng cột 7 (đã giải quyết = 392) + cột 11 (đang giải quyết = 100), tức 492; chênh lệch 23.",
    })]);
  });
});

describe("derived totals", () => {
  it("computes 3 = 4+5+6, 7 = 8+9+10, 11 = 12+13 per row and over rows", () => {
    expect(rowColumns({ ...emptyRow("A"), ...valid })).toMatchObject({ c3: 515, c7: 392, c11: 123 });
    expect(formTotals([{ ...emptyRow("A"), ...valid }, { ...emptyRow("B"), c5: 2, c12: 2 }])).toMatchObject({ c3: 517, c5: 342, c7: 392, c11: 125, c12: 102 });
  });

  it("lists the identity issues of a form", () => {
    expect(formIdentityIssues([{ ...emptyRow("A"), c4: 1 }])).toEqual([expect.objectContaining({ rowIndex: 0, fieldCode: "A", column: "c3", violation: { identity: "3=7+11", left: 1, right: 0 } })]);
  });
});

describe("exchange JSON (DATA_FORMATS §5)", () => {
  it("maps the example to the form's cells", () => {
    const form = ReportFormSchema.parse(formFromExchange(ExchangeReportSchema.parse(EXAMPLE)));
    expect(form.rows).toEqual([{ ...valid, comments: {} }]);
  });

  it("reads a missing cell as 0, ignores totals sent anyway, maps comments by exchange key or cell", () => {
    const exchange = ExchangeReportSchema.parse({
      MaDonVi: "H20.17", Ky: "2024-Q1",
      Dong: [{ MaLinhVuc: "X", TiepNhanTrucTiep: 2, DaGiaiQuyetDungHan: 2, TongTiepNhan: 99, GhiChu: { DaGiaiQuyetDungHan: "rút hồ sơ", c5: "bưu chính", Khac: "bỏ qua" } }],
    });
    expect(ReportFormSchema.parse(formFromExchange(exchange)).rows[0]).toEqual({ ...emptyRow("X"), c5: 2, c9: 2, comments: { c9: "rút hồ sơ", c5: "bưu chính" } });
  });

  it("round-trips through exchangeFromForm", () => {
    const form = ReportFormSchema.parse({ rows: [{ ...valid, comments: { c10: "trễ do lũ" } }] });
    const exchange = exchangeFromForm("H20.17", "2024-Q1", form.rows);
    expect(exchange).toEqual({ ...EXAMPLE, Dong: [{ ...EXAMPLE.Dong[0], GhiChu: { DaGiaiQuyetQuaHan: "trễ do lũ" } }] });
    expect(ReportFormSchema.parse(formFromExchange(ExchangeReportSchema.parse(exchange))).rows).toEqual(form.rows);
  });

  it("names the JSON key of a bad value", () => {
    const result = ExchangeReportSchema.safeParse({ ...EXAMPLE, Dong: [{ MaLinhVuc: "X", DangGiaiQuyetQuaHan: -2 }] });
    expect(result.error!.issues[0]!.message).toBe("DangGiaiQuyetQuaHan: không được âm.");
    expect(ExchangeReportSchema.safeParse({ Ky: "2024-Q1", Dong: [] }).error!.issues[0]!.message).toBe("Thiếu MaDonVi (mã cơ quan, đơn vị báo cáo).");
  });
});

describe("deadlines and timeliness", () => {
  it("defaults to the window's end + 4 days (the 18th of the last month)", () => {
    expect(defaultDeadline(parsePeriod("2024-Q1", "reporting"))).toBe("2024-03-18");
    expect(defaultDeadline(parsePeriod("2024", "reporting"))).toBe("2024-12-18");
    expect(defaultDeadline({ start: "2024-01-01", end: "2024-12-30" })).toBe("2025-01-03");
  });

  it("classifies submissions by the first submission's date", () => {
    expect(timeliness("2024-03-18", "2024-03-18", "2024-04-01")).toBe("on_time");
    expect(timeliness("2024-03-19", "2024-03-18", "2024-04-01")).toBe("late");
    expect(timeliness(null, "2024-03-18", "2024-03-19")).toBe("missing");
    expect(timeliness(null, "2024-03-18", "2024-03-18")).toBe("pending");
  });

  it("computes the reporting rate", () => {
    expect(reportingRate(["on_time", "on_time", "late", "missing"])).toEqual({ expected: 4, submitted: 3, onTime: 2, late: 1, missing: 1, pending: 0, submittedShare: 0.75, onTimeShare: 0.5 });
    expect(reportingRate([]).submittedShare).toBeNull();
  });
});
