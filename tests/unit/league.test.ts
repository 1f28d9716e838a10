// The league table's pure rules: colour bands against the threshold, change of rank in words,
// agencies valid in a window, sorting (nulls last both ways, rank within level), filtering,
// paging, visible columns, and the URL state written and read back.
import { describe, expect, it } from "vitest";
import { form06Columns, emptyCounters } from "@/lib/domain/counters";
import {
  DEFAULT_VISIBLE_COLUMNS, filterLeagueRows, overdueBand, pageOf, penaltyPoints, rankChangeText, searchKey, sortLeagueRows, validInWindow, visibleColumns,
  type LeagueRow,
} from "@/lib/domain/league";
import type { AgencyLevel } from "@/lib/domain/scorecard";
import { LeagueQuery, leagueSearch, parseLeagueQuery, sortDirectionOf } from "@/lib/league-query";

function row(id: number, level: AgencyLevel, overrides: Partial<LeagueRow> & { c13?: number; name?: string } = {}): LeagueRow {
  const counters = { ...emptyCounters(), c5: 10, c13: overrides.c13 ?? 0 };
  return {
    agency: { id, code: `A${String(id).padStart(3, "0")}`, name: overrides.name ?? `Đơn vị ${id}`, level },
    hasDossiers: true, columns: form06Columns(counters), overdueShare: 0, late: 0, lateWithoutApology: 0, apologyCoverage: null, syncRate: null,
    unsynced: 0, resultFileDefects: 0, penalty: null, band: "none", rank: 1, rankOf: 1, previousRank: null, rankChange: null,
    points766: null, computedMax766: null, ...overrides,
  };
}

describe("colour band of the overdue share", () => {
  const rule = { threshold: 0.02 };
  it("is exceeded only strictly above the threshold", () => {
    expect(overdueBand(0.0201, rule)).toBe("exceeded");
    expect(overdueBand(0.02, rule)).toBe("near");
  });
  it("is near from three quarters of the threshold, within below", () => {
    expect(overdueBand(0.015, rule)).toBe("near");
    expect(overdueBand(0.0149, rule)).toBe("within");
    expect(overdueBand(0, rule)).toBe("within");
  });
  it("is none without a rule for the level", () => {
    expect(overdueBand(0.5, null)).toBe("none");
  });
  it("penalty points: the rule's points when exceeded, 0 within, none without a rule", () => {
    expect(penaltyPoints({ threshold: 0.02, points: 0.5, exceeded: true })).toBe(0.5);
    expect(penaltyPoints({ threshold: 0.02, points: 0.5, exceeded: false })).toBe(0);
    expect(penaltyPoints(null)).toBeNull();
  });
});

describe("change of rank in words", () => {
  it("says up, down, same and new", () => {
    expect(rankChangeText(2)).toEqual({ symbol: "▲ 2", words: "tăng 2 bậc so với kỳ trước" });
    expect(rankChangeText(-3)).toEqual({ symbol: "▼ 3", words: "giảm 3 bậc so với kỳ trước" });
    expect(rankChangeText(0).symbol).toBe("=");
    expect(rankChangeText(null).symbol).toBe("mới");
  });
});

describe("agencies valid in a window", () => {
  const q3 = { start: "2025-06-15", end: "2025-09-14" };
  it("keeps a district abolished inside the window and a commune formed inside it", () => {
    expect(validInWindow({ validFrom: null, validTo: "2025-06-30" }, q3)).toBe(true);
    expect(validInWindow({ validFrom: "2025-07-01", validTo: null }, q3)).toBe(true);
  });
  it("drops those gone before the window or formed after it", () => {
    expect(validInWindow({ validFrom: null, validTo: "2025-06-14" }, q3)).toBe(false);
    expect(validInWindow({ validFrom: "2025-09-15", validTo: null }, q3)).toBe(false);
    expect(validInWindow({ validFrom: null, validTo: null }, q3)).toBe(true);
  });
});

describe("sorting", () => {
  const rows = [
    row(1, "XA", { c13: 5, rank: 2, overdueShare: 0.5, apologyCoverage: 0.2 }),
    row(2, "SO", { c13: 1, rank: 1, overdueShare: 0.1, apologyCoverage: null }),
    row(3, "XA", { c13: 9, rank: 1, overdueShare: 0.9, apologyCoverage: 0.9 }),
    row(4, "SO", { c13: 0, rank: null, hasDossiers: false }),
    row(5, "SO", { c13: 1, rank: 2, overdueShare: 0.1, apologyCoverage: 0.5 }),
  ];
  const ids = (list: LeagueRow[]) => list.map((r) => r.agency.id);
  it("by a count, largest first, ties in the engine's order (level, rank, code)", () => {
    expect(ids(sortLeagueRows(rows, "c13", "desc"))).toEqual([3, 1, 2, 5, 4]);
    expect(ids(sortLeagueRows(rows, "c13", "asc"))).toEqual([4, 2, 5, 1, 3]);
  });
  it("keeps rows without a value last in both directions", () => {
    expect(ids(sortLeagueRows(rows, "xinloi", "asc"))).toEqual([1, 5, 3, 2, 4]);
    expect(ids(sortLeagueRows(rows, "xinloi", "desc"))).toEqual([3, 5, 1, 2, 4]);
  });
  it("by rank within each level, unranked last in its level", () => {
    expect(ids(sortLeagueRows(rows, "hang", "asc"))).toEqual([2, 5, 4, 3, 1]);
    expect(ids(sortLeagueRows(rows, "hang", "desc"))).toEqual([5, 2, 4, 1, 3]);
  });
  it("by name with Vietnamese collation", () => {
    const named = [row(1, "SO", { name: "Sở Y tế" }), row(2, "SO", { name: "Sở Đầu tư" }), row(3, "SO", { name: "Sở Du lịch" })];
    expect(ids(sortLeagueRows(named, "coquan", "asc"))).toEqual([3, 2, 1]);
  });
  it("uses the column's first direction when the URL gives none", () => {
    expect(sortDirectionOf({ sap: "c13", chieu: undefined })).toBe("desc");
    expect(sortDirectionOf({ sap: "hang", chieu: undefined })).toBe("asc");
    expect(sortDirectionOf({ sap: "c13", chieu: "tang" })).toBe("asc");
  });
});

describe("filtering and paging", () => {
  const rows = [
    row(1, "SO", { name: "Sở Nông nghiệp và Môi trường", band: "exceeded" }),
    row(2, "SO", { name: "Sở Tư pháp", band: "within" }),
    row(3, "XA", { name: "Xã Tân Hòa", band: "near" }),
  ];
  it("by level, by name without diacritics or case, by code, and exceeded only", () => {
    expect(filterLeagueRows(rows, { level: "XA" }).map((r) => r.agency.id)).toEqual([3]);
    expect(filterLeagueRows(rows, { text: "nong nghiep" }).map((r) => r.agency.id)).toEqual([1]);
    expect(filterLeagueRows(rows, { text: "TƯ PHÁP" }).map((r) => r.agency.id)).toEqual([2]);
    expect(filterLeagueRows(rows, { text: "a003" }).map((r) => r.agency.id)).toEqual([3]);
    expect(filterLeagueRows(rows, { exceededOnly: true }).map((r) => r.agency.id)).toEqual([1]);
    expect(searchKey("Đồng Tháp")).toBe("dong thap");
  });
  it("pages, clamping a page past the end to the last", () => {
    const list = Array.from({ length: 53 }, (_, i) => i);
    expect(pageOf(list, 3, 25)).toEqual({ rows: [50, 51, 52], page: 3, pages: 3 });
    expect(pageOf(list, 9, 25).page).toBe(3);
    expect(pageOf([], 1, 25)).toEqual({ rows: [], page: 1, pages: 1 });
  });
});

describe("visible columns and the URL state", () => {
  it("shows the default set when none is asked, and always the agency", () => {
    expect(visibleColumns(undefined).map((c) => c.id)).toEqual(DEFAULT_VISIBLE_COLUMNS);
    expect(visibleColumns(["c13", "c4"]).map((c) => c.id)).toEqual(["coquan", "c4", "c13"]);
  });
  it("reads back what it writes, leaving defaults out", () => {
    const query = LeagueQuery.parse({ ky: "2025-Q3", kieu: "lich", cap: "XA", q: "tân", vuot: "1", sap: "c13", chieu: "giam", trang: "2", so: "50", cot: "c3,c13" });
    const search = leagueSearch(query);
    expect(parseLeagueQuery(new URLSearchParams(search))).toEqual(query);
    expect(leagueSearch(LeagueQuery.parse({}))).toBe("");
  });
  it("falls back to defaults on malformed values instead of failing", () => {
    const query = parseLeagueQuery({ ky: "hôm qua", cap: "QUAN", sap: "drop table", chieu: "len", trang: "-1", so: "7", cot: "x,y" });
    expect(query).toEqual(LeagueQuery.parse({}));
    expect(parseLeagueQuery({ cot: "c13,zzz,c13" }).cot).toEqual(["c13"]);
  });
});
