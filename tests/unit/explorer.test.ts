// Pure pieces of the dossier explorer: days overdue and the due-date check (mirrored in SQL and
// held to it in tests/integration/dossier-explorer.test.ts), its URL contract, the figures'
// names and the sentence describing a filter.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classify, type DossierDates } from "@/lib/domain/classification";
import { checkDueAgainstLegal, daysOverdue } from "@/lib/domain/dossier-checks";
import { countDossier, emptyCounters, form06Columns } from "@/lib/domain/counters";
import { parsePeriod } from "@/lib/domain/periods";
import { WorkingCalendar } from "@/lib/domain/working-days";
import { ExplorerFilter, explorerFilterHref, explorerHref, dossierHref } from "@/lib/links";
import { FIGURE_NAMES } from "@/lib/stats/drilldown";
import { figureFromCounters } from "@/lib/stats/figure-value";
import { classificationFigures, describeClassification, describeFilter, FIGURE_GROUPS, FIGURE_LABELS } from "@/lib/explorer/labels";

const Q1 = parsePeriod("2026-Q1", "reporting"); // 15/12/2025 – 14/03/2026
const open = (over: Partial<DossierDates> = {}): DossierDates => ({
  status: 4, channel: 1, receivedOn: "2026-01-05", dueOn: "2026-02-10", legalDueOn: null, finishedOn: null, ...over,
});

describe("days overdue", () => {
  it("counts calendar days past due of an open dossier as of the reference date", () => {
    expect(daysOverdue(open(), "2026-03-14")).toBe(32);
    expect(daysOverdue(open(), "2026-02-10")).toBeNull();
    expect(daysOverdue(open(), "2026-02-11")).toBe(1);
  });
  it("counts the days a resolved dossier was late, whatever the reference date after it", () => {
    const late = open({ status: 10, finishedOn: "2026-02-13" });
    expect(daysOverdue(late, "2026-03-14")).toBe(3);
    expect(daysOverdue(late, "2026-12-31")).toBe(3);
    expect(daysOverdue(open({ status: 9, finishedOn: "2026-02-10" }), "2026-03-14")).toBeNull();
  });
  it("reads a dossier finished after the reference date as still in progress then", () => {
    expect(daysOverdue(open({ status: 10, finishedOn: "2026-03-20" }), "2026-03-14")).toBe(32);
  });
  it("has none for withdrawn dossiers, dossiers waiting for the applicant and dossiers without a due date", () => {
    expect(daysOverdue(open({ status: 7, finishedOn: "2026-03-01" }), "2026-03-14")).toBeNull();
    expect(daysOverdue(open({ status: 5 }), "2026-03-14")).toBeNull();
    expect(daysOverdue(open({ status: 6 }), "2026-03-14")).toBeNull();
    expect(daysOverdue(open({ dueOn: null }), "2026-03-14")).toBeNull();
  });
  it("falls back to the legal due date", () => {
    expect(daysOverdue(open({ dueOn: null, legalDueOn: "2026-03-10" }), "2026-03-14")).toBe(4);
  });
  it("is positive exactly for dossiers classified late or past due in the window", () => {
    const date = fc.integer({ min: 0, max: 200 }).map((n) => new Date(Date.UTC(2025, 10, 1 + n)).toISOString().slice(0, 10));
    const dossier = fc.record({
      status: fc.integer({ min: 2, max: 10 }).filter((s) => s !== 3), channel: fc.constantFrom(1, 2, 3),
      receivedOn: date, dueOn: fc.option(date), legalDueOn: fc.option(date), finishedOn: fc.option(date),
    }).filter((d) => d.receivedOn <= Q1.end && (d.finishedOn === null || d.finishedOn >= d.receivedOn));
    fc.assert(fc.property(dossier, (d) => {
      const c = classify(d, Q1);
      fc.pre(c.counted);
      const late = c.counted && (c.outcome === "late" || c.outcome === "overdue");
      expect((daysOverdue(d, Q1.end) ?? 0) > 0).toBe(late);
    }), { numRuns: 500 });
  });
});

describe("due date against the legal one", () => {
  const calendar = new WorkingCalendar([{ date: "2026-02-16", kind: "NGHI" }, { date: "2026-02-17", kind: "NGHI" }]);
  const at = (iso: string) => new Date(`${iso}T10:00:00+07:00`);
  it("counts the excess in working days, skipping weekends and holidays", () => {
    // legal due Friday 13/02, system's due Wednesday 18/02: Mon 16 and Tue 17 are Tết, so one working day (18/02)
    expect(checkDueAgainstLegal(calendar, at("2026-02-18"), at("2026-02-13"), 0)).toEqual({ kind: "beyond-legal", workingDays: 1, explainedBySupplement: false });
    expect(checkDueAgainstLegal(calendar, at("2026-02-20"), at("2026-02-13"), 2)).toEqual({ kind: "beyond-legal", workingDays: 3, explainedBySupplement: true });
  });
  it("compares local dates: a later hour on the same day is within the legal date", () => {
    expect(checkDueAgainstLegal(calendar, new Date("2026-02-13T16:30:00+07:00"), new Date("2026-02-13T08:00:00+07:00"), 0)).toEqual({ kind: "within-legal" });
    expect(checkDueAgainstLegal(calendar, null, at("2026-02-13"), 0)).toEqual({ kind: "no-due" });
    expect(checkDueAgainstLegal(calendar, at("2026-02-13"), null, 0)).toEqual({ kind: "no-legal" });
  });
});

describe("the explorer's URL", () => {
  it("reads back what explorerHref writes, and drops what it does not understand", () => {
    const href = explorerHref({ period: "2026-Q1", family: "calendar", figure: "c13", agencyId: 12, fieldId: 3, procedureId: 45, status: 4, channel: 2 });
    expect(href).toBe("/ho-so?ky=2026-Q1&kieu=lich&chitieu=c13&coquan=12&linhvuc=3&thutuc=45&trangthai=4&kenh=2");
    const parsed = ExplorerFilter.parse(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(parsed).toEqual({ ky: "2026-Q1", kieu: "lich", chitieu: "c13", coquan: 12, linhvuc: 3, thutuc: 45, trangthai: 4, kenh: 2 });
    expect(ExplorerFilter.parse({ chitieu: "c99", coquan: "-1", trangthai: "11", sap: "ten", trang: "0", tu: "2026-02-30", den: "", q: "  " })).toEqual({});
    // what a submitted form sends for the fields left empty
    expect(ExplorerFilter.parse({ ky: "", kieu: "", chitieu: "", coquan: "", linhvuc: "", trangthai: "", kenh: "", q: "", tu: "", den: "" })).toEqual({});
  });
  it("keeps every filter, the sort and the page in the explorer's own links (page 1 left out)", () => {
    const filter = ExplorerFilter.parse({ ky: "2026-Q1", chitieu: "late", q: "H87-26", tu: "2026-01-01", den: "2026-01-31", sap: "quahan", chieu: "giam", trang: "3" });
    const href = explorerFilterHref(filter);
    expect(ExplorerFilter.parse(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(filter);
    expect(explorerFilterHref({ ...filter, trang: 1 })).not.toContain("trang=");
    expect(explorerFilterHref({}, "/ho-so/xuat")).toBe("/ho-so/xuat");
    expect(dossierHref("42", { code: "2026-Q1", family: "calendar" })).toBe("/ho-so/42?ky=2026-Q1&kieu=lich");
  });
});

describe("figures in words", () => {
  it("names every figure and offers each exactly once in the form", () => {
    for (const f of FIGURE_NAMES) expect(FIGURE_LABELS[f].length).toBeGreaterThan(5);
    expect(FIGURE_GROUPS.flatMap((g) => g.figures).sort()).toEqual([...FIGURE_NAMES].sort());
  });
  it("reads each figure from a window's counters", () => {
    const counters = emptyCounters();
    const d = (over: Partial<DossierDates>) => ({ ...open(over), agencyId: 1, fieldId: 1, synced: false, apologyLetter: false, processingSteps: 3, supplementCount: 0, onlinePayment: 0, componentsDigitised: false, vneidVerified: false, resultFileName: null, resultFileType: null, resultFileSize: null, resultFileBlank: null, resultFileSha256: null, componentSha256: [], procedureReturnsResult: true, procedureHasFees: false });
    countDossier(counters, d({}), Q1); // past due
    countDossier(counters, d({ status: 10, finishedOn: "2026-02-12" }), Q1); // late, no result file
    countDossier(counters, d({ status: 10, finishedOn: "2026-02-01", channel: 2 }), Q1); // before, online
    countDossier(counters, { ...d({ receivedOn: "2025-12-01", dueOn: "2026-04-01" }), apologyLetter: true }, Q1); // carried over, within
    const columns = form06Columns(counters);
    expect(figureFromCounters("c3", counters)).toBe(4);
    expect(figureFromCounters("late", counters)).toBe(columns.c10 + columns.c13);
    expect(figureFromCounters("late", counters)).toBe(2);
    expect(figureFromCounters("lateWithoutApology", counters)).toBe(2);
    expect(figureFromCounters("received", counters)).toBe(3);
    expect(figureFromCounters("unsynced", counters)).toBe(3);
    expect(figureFromCounters("resultMissing", counters)).toBe(2);
    expect(figureFromCounters("resultValid", counters)).toBe(0);
    expect(figureFromCounters("onTimeOrWithin", counters)).toBe(2);
  });
  it("describes a filter: figure, agency, narrowing filters, period with its dates", () => {
    expect(describeFilter({ figure: "c13", agency: { name: "Sở Tư pháp" }, period: Q1 }))
      .toBe("Hồ sơ đang giải quyết quá hạn (cột 13) — Sở Tư pháp — Quý I/2026 — kỳ báo cáo (15/12/2025 – 14/03/2026)");
    expect(describeFilter({ agency: "own-scope", status: 5, channel: 2, code: "H87", receivedFrom: "2026-01-01" }))
      .toBe("Tất cả hồ sơ — các cơ quan, đơn vị được giao — trạng thái “Yêu cầu bổ sung giấy tờ” — kênh trực tuyến — mã hồ sơ chứa “H87” — tiếp nhận từ 01/01/2026 — mọi thời gian");
    expect(describeFilter({ agency: "province", period: Q1, receivedFrom: "2026-01-01", receivedTo: "2026-01-31" }))
      .toBe("Hồ sơ tiếp nhận trong kỳ — toàn tỉnh — tiếp nhận từ 01/01/2026 đến 31/01/2026 — Quý I/2026 — kỳ báo cáo (15/12/2025 – 14/03/2026)");
  });
  it("describes how a dossier counts in a window", () => {
    const c = classify(open(), Q1);
    expect(describeClassification(c)).toEqual({ reception: "Tiếp nhận mới trực tiếp, qua bưu chính (cột 5)", outcome: "Đang giải quyết quá hạn (cột 13)" });
    expect(classificationFigures(c)).toEqual(["c5", "c13"]);
    expect(describeClassification(classify(open({ receivedOn: "2026-04-01" }), Q1))).toEqual({ excluded: "Không tính: hồ sơ được tiếp nhận sau ngày cuối của kỳ." });
    expect(classificationFigures(classify(open({ status: 1 }), Q1))).toEqual([]);
  });
});
