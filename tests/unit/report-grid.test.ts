import { describe, expect, it } from "vitest";
import { cellLabel, gridFromRows, gridRowColumns, gridToForm, gridTotals, parseCellText, stateFromIssues, validateGrid, type GridRow } from "@/lib/report-grid";
import { SubmittableReportSchema } from "@/lib/domain/report-form";

const row = (fieldCode: string, cells: Partial<Record<string, string>> = {}): GridRow => ({
  fieldCode,
  fieldName: `Lĩnh vực ${fieldCode}`,
  cells: { c4: "120", c5: "340", c6: "55", c8: "300", c9: "80", c10: "12", c12: "100", c13: "23", ...cells } as GridRow["cells"],
  comments: {},
});

describe("cell text", () => {
  it.each([
    ["0", 0], ["42", 42], [" 42 ", 42], ["1.234", 1234], ["1 234 567", 1234567], ["12.345.678", 12345678],
  ])("%j is %d", (text, n) => expect(parseCellText(text)).toBe(n));
  it.each(["", " ", "-1", "1,5", "1.5", "12.34", "abc", "1e3", "+3", "1.2345"])("%j is not a count", (text) => expect(parseCellText(text)).toBeNaN());
});

describe("the grid and the shared schema", () => {
  it("derives the totals of each row and of the report live", () => {
    const rows = [row("A"), row("B", { c4: "1", c5: "2", c6: "3", c8: "1", c9: "1", c10: "1", c12: "2", c13: "1" })];
    expect(gridRowColumns(rows[0]!)).toMatchObject({ c3: 515, c7: 392, c11: 123 });
    expect(gridTotals(rows)).toMatchObject({ c3: 521, c4: 121, c7: 395, c10: 13, c11: 126, c13: 24 });
    expect(gridTotals([row("A", { c10: "x" })])).toBeNull();
  });

  it("a valid grid is a valid report for the server's schema (the same Zod schema)", () => {
    const form = gridToForm([row("A")]);
    expect(SubmittableReportSchema.safeParse(form).success).toBe(true);
    expect(validateGrid([row("A")], "submit")).toEqual({ ok: true, cells: {}, form: [] });
  });

  it("puts a bad cell's Vietnamese message on that cell", () => {
    const check = validateGrid([row("A"), row("B", { c10: "-3" })], "draft");
    expect(check.ok).toBe(false);
    expect(Object.keys(check.cells)).toEqual(["1:c10"]);
    expect(check.cells["1:c10"]![0]).toMatch(/cột 10/);
  });

  it("a draft may break 3 = 7 + 11, a submission may not: the message sits on column 3 of the row", () => {
    const broken = [row("A", { c13: "0" })];
    expect(validateGrid(broken, "draft").ok).toBe(true);
    const check = validateGrid(broken, "submit");
    expect(check.ok).toBe(false);
    expect(check.cells["0:c3"]![0]).toMatch(/Lĩnh vực A: cột 3 .* chênh lệch 23/);
  });

  it("refuses a lĩnh vực twice", () => {
    const check = validateGrid([row("A"), row("A")], "draft");
    expect(check.cells["1:fieldCode"]![0]).toMatch(/đã có ở dòng 1/);
  });

  it("drops empty comments and keeps the others", () => {
    const r = { ...row("A"), comments: { c10: "Chờ bổ sung", c4: "  " } };
    expect(gridToForm([r]).rows[0]!.comments).toEqual({ c10: "Chờ bổ sung" });
  });

  it("labels each input by lĩnh vực, column number and meaning", () => {
    expect(cellLabel("Hộ tịch", "c10")).toBe("Lĩnh vực Hộ tịch, cột 10: đã giải quyết quá hạn");
    expect(cellLabel("Hộ tịch", "c4")).toBe("Lĩnh vực Hộ tịch, cột 4: tiếp nhận trực tuyến trong kỳ");
  });

  it("round-trips saved rows into the grid", () => {
    const grid = gridFromRows([{ fieldCode: "A", fieldName: "Hộ tịch", c4: 1, c5: 2, c6: 3, c8: 4, c9: 0, c10: 0, c12: 2, c13: 0, comments: { c4: "x" } }]);
    expect(grid[0]!.cells.c4).toBe("1");
    expect(gridToForm(grid).rows[0]).toEqual({ fieldCode: "A", c4: 1, c5: 2, c6: 3, c8: 4, c9: 0, c10: 0, c12: 2, c13: 0, comments: { c4: "x" } });
  });

  it("places the server's validation issues like the browser's", () => {
    const parsed = SubmittableReportSchema.safeParse(gridToForm([row("A", { c13: "0" })]));
    expect(parsed.success).toBe(false);
    const state = stateFromIssues(parsed.error!.issues, "Báo cáo chưa hợp lệ.");
    expect(state.conflict).toBe(false);
    expect(Object.keys(state.cellErrors)).toEqual(["0:c3"]);
  });
});
