import { describe, expect, it } from "vitest";
import { RATE_PAGE_SIZE, RateQuery, rateTablePage, type RateRow } from "@/lib/report-rate";
import { offeredWindows } from "@/lib/report-windows";

const row = (code: string, name: string, over: Partial<RateRow> = {}): RateRow => ({
  agency: { id: Number(code.replace(/\D/g, "")), code, name }, reportId: null, status: null, firstSubmittedOn: null, timeliness: "missing", openFindings: 0, ...over,
});

const ROWS: RateRow[] = [
  row("A1", "Sở Tư pháp", { reportId: 1, status: "APPROVED", timeliness: "on_time", firstSubmittedOn: "2026-03-16" }),
  row("A2", "Sở Nông nghiệp và Môi trường", { reportId: 2, status: "SUBMITTED", timeliness: "late", firstSubmittedOn: "2026-03-20", openFindings: 4 }),
  row("A3", "Ủy ban nhân dân xã An Bình"),
  row("A4", "Sở Y tế", { reportId: 4, status: "DRAFT", timeliness: "pending" }),
];

const page = (params: Record<string, string>) => rateTablePage(ROWS, RateQuery.parse(params));
const codes = (params: Record<string, string>) => page(params).rows.map((r) => r.agency.code);

describe("the office's reporting-rate table", () => {
  it("sorts by agency name in Vietnamese order by default", () => {
    expect(codes({})).toEqual(["A2", "A1", "A4", "A3"]);
  });
  it("filters by timeliness, status (also 'not started'), open findings and name or code", () => {
    expect(codes({ nop: "tre-han" })).toEqual(["A2"]);
    expect(codes({ nop: "chua-gui" })).toEqual(["A3"]);
    expect(codes({ trangthai: "NONE" })).toEqual(["A3"]);
    expect(codes({ trangthai: "APPROVED" })).toEqual(["A1"]);
    expect(codes({ phathien: "co" })).toEqual(["A2"]);
    expect(codes({ q: "tư pháp" })).toEqual(["A1"]);
    expect(codes({ q: "a4" })).toEqual(["A4"]);
  });
  it("sorts by timeliness worst first, by open findings, by first submission date (not submitted last)", () => {
    expect(codes({ sap: "nop", chieu: "giam" })).toEqual(["A3", "A2", "A4", "A1"]);
    expect(codes({ sap: "phathien", chieu: "giam" })[0]).toBe("A2");
    expect(codes({ sap: "ngaygui", chieu: "tang" })).toEqual(["A1", "A2", "A3", "A4"]);
  });
  it("falls back to defaults on malformed URL values", () => {
    expect(RateQuery.parse({ sap: "x", chieu: "y", nop: "z", trang: "-2" })).toMatchObject({ sap: "coquan", chieu: "tang", nop: undefined, trang: 1 });
  });
  it("pages, clamping a page beyond the last", () => {
    const many = Array.from({ length: RATE_PAGE_SIZE + 3 }, (_, i) => row(`B${i + 1}`, `Cơ quan ${String(i + 1).padStart(2, "0")}`));
    const second = rateTablePage(many, RateQuery.parse({ trang: "9" }));
    expect(second).toMatchObject({ total: RATE_PAGE_SIZE + 3, pages: 2, page: 2 });
    expect(second.rows).toHaveLength(3);
  });
});

describe("the windows offered to a focal officer", () => {
  it("on 01/12/2026: the running quarter, the four before, and the longer windows ending by 14/12/2026, latest end first", () => {
    expect(offeredWindows("2026-12-01").map((p) => p.code)).toEqual([
      "2026-Q4", "2026", "2026-Q3", "2026-9M", "2026-Q2", "2026-H1", "2026-Q1", "2025-Q4", "2025", "2025-9M", "2025-H1",
    ]);
  });
  it("on 15/12/2026 the running quarter is already 2027-Q1 (windows start on the 15th); 2027's longer windows are not offered yet", () => {
    const codes = offeredWindows("2026-12-15").map((p) => p.code);
    expect(codes.slice(0, 3)).toEqual(["2027-Q1", "2026-Q4", "2026"]);
    expect(codes.filter((c) => c.startsWith("2027"))).toEqual(["2027-Q1"]);
  });
});
