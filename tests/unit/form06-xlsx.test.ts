import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { form06Layout, form06Xlsx, FORM06_TITLE, type Form06Document } from "@/lib/export/form06-xlsx";

const DOC: Form06Document = {
  periodName: "Quý I/2026",
  windowStart: "2025-12-15",
  windowEnd: "2026-03-14",
  reportingUnit: "Sở Tư pháp",
  receivingUnit: "Văn phòng UBND tỉnh Demo",
  rowHeading: "Lĩnh vực",
  rows: [
    { label: "Hộ tịch (G09-TP01)", cells: { c4: 120, c5: 340, c6: 55, c8: 300, c9: 80, c10: 12, c12: 100, c13: 23 }, comments: { c10: "Chờ xác minh" } },
    { label: "Chứng thực (G09-TP02)", cells: { c4: 1, c5: 2, c6: 3, c8: 1, c9: 1, c10: 1, c12: 2, c13: 1 } },
  ],
};

const valueAt = (layout: ReturnType<typeof form06Layout>, row: number, col: number) => layout.cells.find((c) => c.row === row && c.col === col)?.value;

describe("Biểu 06 XLSX layout", () => {
  const layout = form06Layout(DOC);

  it("has the official heading: form code, title, period with its dates, reporting and receiving units, unit of measure", () => {
    expect(valueAt(layout, 1, 1)).toBe("Biểu số 06/VPCP/KSTT");
    expect(valueAt(layout, 2, 1)).toContain("Thông tư số 01/2020/TT-VPCP");
    expect(valueAt(layout, 1, 4)).toBe(FORM06_TITLE);
    expect(valueAt(layout, 2, 4)).toBe("Kỳ báo cáo: Quý I/2026");
    expect(valueAt(layout, 3, 4)).toBe("(Từ ngày 15/12/2025 đến ngày 14/03/2026)");
    expect(valueAt(layout, 1, 11)).toBe("Đơn vị báo cáo: Sở Tư pháp");
    expect(valueAt(layout, 2, 11)).toBe("Đơn vị nhận báo cáo: Văn phòng UBND tỉnh Demo");
    expect(valueAt(layout, 5, 10)).toBe("Đơn vị tính: Số hồ sơ TTHC");
    expect(layout.cells.some((c) => c.style === "status")).toBe(false);
  });

  it("merges the three header levels as on the paper form", () => {
    for (const merge of ["A6:A8", "B6:B8", "C6:F6", "G6:M6", "C7:C8", "D7:F7", "G7:J7", "K7:M7"]) expect(layout.merges).toContain(merge);
    expect(valueAt(layout, 6, 3)).toBe("Số hồ sơ nhận giải quyết");
    expect(valueAt(layout, 6, 7)).toBe("Kết quả giải quyết");
    expect(valueAt(layout, 7, 4)).toBe("Trong đó");
    expect(valueAt(layout, 7, 7)).toBe("Số hồ sơ đã giải quyết");
    expect(valueAt(layout, 7, 11)).toBe("Số hồ sơ đang giải quyết");
    expect([4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((col) => valueAt(layout, 8, col))).toEqual([
      "Trực tuyến", "Trực tiếp và dịch vụ bưu chính", "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn",
    ]);
    expect(layout.headerRows).toEqual({ first: 6, last: 9 });
  });

  it("no two merged ranges overlap (a spreadsheet refuses such a file)", () => {
    const taken = new Set<string>();
    for (const merge of layout.merges) {
      const [from, to] = merge.split(":") as [string, string];
      const [c1, r1, c2, r2] = [from.charCodeAt(0) - 64, Number(from.slice(1)), to.charCodeAt(0) - 64, Number(to.slice(1))];
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) {
        expect(taken.has(`${r}:${c}`), `${merge} overlaps`).toBe(false);
        taken.add(`${r}:${c}`);
      }
    }
  });

  it("numbers the columns (1)…(13)", () => {
    expect(Array.from({ length: 13 }, (_, i) => valueAt(layout, 9, i + 1))).toEqual(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
  });

  it("writes one row per lĩnh vực with derived totals (3 = 4+5+6, 7 = 8+9+10, 11 = 12+13), then the total row", () => {
    expect(Array.from({ length: 13 }, (_, i) => valueAt(layout, 10, i + 1))).toEqual([1, "Hộ tịch (G09-TP01)", 515, 120, 340, 55, 392, 300, 80, 12, 123, 100, 23]);
    expect(Array.from({ length: 13 }, (_, i) => valueAt(layout, 11, i + 1))).toEqual([2, "Chứng thực (G09-TP02)", 6, 1, 2, 3, 3, 1, 1, 1, 3, 2, 1]);
    expect(layout.totalRow).toBe(12);
    expect(Array.from({ length: 12 }, (_, i) => valueAt(layout, 12, i + 2))).toEqual(["Tổng cộng", 521, 121, 342, 58, 395, 301, 81, 13, 126, 102, 24]);
    expect(layout.tableRows).toEqual({ first: 6, last: 12 });
    expect(layout.cells.find((c) => c.row === 10 && c.col === 10)?.note).toBe("Chờ xác minh");
  });

  it("an empty report still has its header and a zero total row; a draft carries its status line", () => {
    const empty = form06Layout({ ...DOC, rows: [], statusNote: "Bản nháp, chưa được Văn phòng UBND tỉnh duyệt" });
    expect(empty.totalRow).toBe(10);
    expect(Array.from({ length: 11 }, (_, i) => valueAt(empty, 10, i + 3))).toEqual(Array(11).fill(0));
    expect(valueAt(empty, 4, 1)).toBe("Bản nháp, chưa được Văn phòng UBND tỉnh duyệt");
    expect(empty.merges).toContain("A4:M4");
  });

  it("a workbook that exceljs reads back: merged header, numbers as numbers, borders on the table, the comment as a note", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await form06Xlsx(DOC)) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Biểu 06");
    expect(sheet.getCell("D1").value).toBe(FORM06_TITLE);
    expect(sheet.getCell("D3").value).toBe("(Từ ngày 15/12/2025 đến ngày 14/03/2026)");
    expect(sheet.getCell("F6").isMerged).toBe(true);
    expect(sheet.getCell("F6").master.address).toBe("C6");
    expect(sheet.getCell("M9").value).toBe("(13)");
    expect(sheet.getCell("C10").value).toBe(515);
    expect(sheet.getCell("C12").value).toBe(521);
    expect(sheet.getCell("M12").border?.bottom?.style).toBe("thin");
    expect(sheet.getCell("J10").note).toBe("Chờ xác minh");
    expect(sheet.pageSetup.orientation).toBe("landscape");
  });
});
