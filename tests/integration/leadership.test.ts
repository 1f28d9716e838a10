// The leadership view through its service, on the demo province: the rank history across the
// 2025 break read from the imported snapshots, the comparison provinces from the URL, the
// agencies' points at stake held to the dossiers the explorer lists and to the province's
// missing points, the exports, and the refusal of a focal officer (audited).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { seedDemo } from "@/lib/seed/seed-demo";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { parsePeriod } from "@/lib/domain/periods";
import { agencyStakesExport, getLeadershipView, LeadershipQuery, rankHistoryExport } from "@/lib/services/leadership";
import { countFigure, INDICATOR_FIGURES } from "@/lib/stats/drilldown";
import { tableCsv } from "@/lib/export/table";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewers";

const FROM = { ip: "198.51.100.7", userAgent: "vitest" };
const q = (params: Record<string, string | string[]>) => LeadershipQuery.parse(params);

describe.each(DB_KINDS)("leadership view on %s", (kind) => {
  let t: TestDb;
  let sql: pg.Client;
  let leadership: Viewer;
  let focal: Viewer;
  beforeAll(async () => {
    t = await openTestDb(kind);
    await seedDemo(t.url, { dossiers: 5000, seed: "leadership" });
    sql = new pg.Client({ connectionString: t.url });
    await sql.connect();
    leadership = await viewerOf(t.db, "lanhdao");
    focal = await viewerOf(t.db, "daumoi.nnmt");
  }, 120_000);
  afterAll(async () => {
    await sql?.end();
    await t?.close();
  });

  const stored = async (period: string, code: string) =>
    (await sql.query<{ rank: number; provinces_ranked: number; total: string }>(`SELECT rank, provinces_ranked, total::text FROM national_index_snapshot WHERE period = $1 AND province_code = $2`, [period, code])).rows[0];

  it("gives the province's rank over the last 12 quarters, with its basis, and no change of rank across the 2025 break", async () => {
    const view = await getLeadershipView(t.db, sql, leadership, q({ ky: "2026-Q3" }), FROM);
    expect(view.province).toEqual({ code: "H87", name: "Đồng Tháp" });
    expect(view.period.code).toBe("2026-Q3");
    expect(view.periods.map((p) => p.code)).toEqual(["2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]);
    expect(view.noSnapshots).toBe(false);
    for (const point of view.own.points) {
      const row = (await stored(point.period.code, "H87"))!;
      expect([point.snapshot!.rank, point.snapshot!.provincesRanked, point.snapshot!.total], point.period.code).toEqual([row.rank, row.provinces_ranked, Number(row.total)]);
      expect(point.snapshot!.provincesRanked).toBe(point.period.end < "2025-07-01" ? 63 : 34);
    }
    expect(view.breaks.map((b) => [b.period.code, b.from, b.to])).toEqual([["2025-Q3", 63, 34]]);
    const [q2, q3, q4] = view.own.points.slice(6, 9);
    expect(q3!.rankChange).toEqual({ kind: "break", previousRank: q2!.snapshot!.rank, previousProvincesRanked: 63, provincesRanked: 34 });
    expect(q4!.rankChange).toEqual({ kind: "change", change: q3!.snapshot!.rank - q4!.snapshot!.rank, previousRank: q3!.snapshot!.rank, provincesRanked: 34 });
    expect(view.latest?.period.code).toBe("2026-Q3");
  });

  it("reads the comparison provinces from the URL: known codes only, not the province itself, at most five", async () => {
    const view = await getLeadershipView(t.db, sql, leadership, q({ ky: "2026-Q3", "so-sanh": ["H01,h79", "H02", "=cmd", "H87", "H99"] }), FROM);
    expect(view.compared.map((c) => c.code)).toEqual(["H01", "H79", "H02"]);
    expect(view.comparable.some((c) => c.code === "H87")).toBe(false);
    // Hà Giang was merged on 1/7/2025: ranked among 63 before, absent after
    const haGiang = view.compared[2]!;
    expect(haGiang.points.filter((p) => p.snapshot).every((p) => p.snapshot!.provincesRanked === 63)).toBe(true);
    expect(haGiang.points.slice(7).every((p) => p.snapshot === null)).toBe(true);
    const many = await getLeadershipView(t.db, sql, leadership, q({ ky: "2026-Q3", "so-sanh": "H01,H79,H48,H31,H92,H96,H22" }), FROM);
    expect(many.compared.map((c) => c.code)).toEqual(["H01", "H79", "H48", "H31", "H92"]);
  });

  it("shows monthly history when a month is chosen, across the break", async () => {
    const view = await getLeadershipView(t.db, sql, leadership, q({ ky: "2026-10" }), FROM);
    expect(view.periods).toHaveLength(24);
    expect(view.breaks.map((b) => b.period.code)).toEqual(["2025-07"]);
  });

  it("gives each agency's points at stake: its shortfall is the dossiers the explorer lists, linear stakes add up to the points the province misses", async () => {
    const period = parsePeriod("2026-Q3", "calendar");
    const view = await getLeadershipView(t.db, sql, leadership, q({ ky: "2026-Q3" }), FROM);
    const local = view.local!;
    expect(local.stakeCodes).toEqual(["1.4", "2.1", "3.3", "3.6", "4.1", "4.2", "4.5", "5.3"]);
    expect(local.rows.length).toBe(Math.min(15, local.totalRows));
    // most points at stake first
    for (let i = 1; i < local.rows.length; i++) expect(local.rows[i - 1]!.total).toBeGreaterThanOrEqual(local.rows[i]!.total);
    expect(local.rows[0]!.total).toBeGreaterThan(0);
    for (const row of local.rows.slice(0, 3)) {
      for (const code of local.stakeCodes) {
        const shortfall = await countFigure(sql, { provinceId: leadership.provinceId, window: period, figure: INDICATOR_FIGURES[code]!.shortfall, agencyIds: [row.agency.id] });
        expect(row.stakes[code]!.shortfall, `${row.agency.code} ${code}`).toBe(shortfall);
      }
    }
    const indicators = local.stakes.index.groups.flatMap((g) => g.indicators);
    for (const code of ["1.4", "2.1", "3.6", "4.1", "4.2", "4.5"]) {
      const province = indicators.find((i) => i.code === code)!;
      expect(province.status).toBe("computed");
      const sum = local.stakes.agencies.reduce((s, a) => s + (a.stakes[code]!.status === "computed" ? (a.stakes[code] as { points: number }).points : 0), 0);
      expect(sum, code).toBeCloseTo(province.maxPoints - province.points!, 9);
    }
  });

  it("filters the agencies by level, sorts and pages them on the server", async () => {
    const all = await getLeadershipView(t.db, sql, leadership, q({ ky: "2026-Q3" }), FROM);
    const departments = await getLeadershipView(t.db, sql, leadership, q({ ky: "2026-Q3", cap: "SO" }), FROM);
    expect(departments.local!.rows.every((r) => r.agency.level === "SO")).toBe(true);
    expect(departments.local!.totalRows).toBeLessThan(all.local!.totalRows);
    const byName = await getLeadershipView(t.db, sql, leadership, q({ ky: "2026-Q3", sap: "ten" }), FROM);
    const names = byName.local!.rows.map((r) => r.agency.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "vi")));
    const page2 = await getLeadershipView(t.db, sql, leadership, q({ ky: "2026-Q3", trang: "2" }), FROM);
    expect(page2.local!.rows[0]!.agency.id).not.toBe(all.local!.rows[0]!.agency.id);
    const late = await getLeadershipView(t.db, sql, leadership, q({ ky: "2026-Q3", sap: "2.1", chieu: "giam" }), FROM);
    const points = late.local!.rows.map((r) => (r.stakes["2.1"]!.status === "computed" ? (r.stakes["2.1"] as { points: number }).points : -1));
    expect(points).toEqual([...points].sort((a, b) => b - a));
  });

  it("exports the rank history and the agencies with the periods' dates in the title", async () => {
    const history = await rankHistoryExport(t.db, sql, leadership, q({ ky: "2026-Q3", "so-sanh": "H01" }), FROM);
    expect(history.table.title).toBe("Điểm và thứ hạng Bộ chỉ số 766 — tỉnh Đồng Tháp — Quý IV/2023 (01/10/2023) – Quý III/2026 (30/09/2026)");
    expect(history.baseName).toBe("chi-so-766-thu-hang-2026-Q3");
    const rows = [...(history.table.rows as Iterable<unknown>)];
    expect(rows).toHaveLength(24);
    let csv = "";
    for await (const piece of tableCsv(history.table)) csv += piece;
    expect(csv).toContain("không so sánh được (kỳ trước");
    expect(csv).toContain(`"Quý III/2025","01/07/2025","30/09/2025","H87","Đồng Tháp"`);
    const agencies = await agencyStakesExport(t.db, sql, leadership, q({ ky: "2026-Q3" }), FROM);
    expect(agencies.table.title).toContain("Quý III/2026 — theo lịch (01/07/2026 – 30/09/2026)");
    const view = await getLeadershipView(t.db, sql, leadership, q({ ky: "2026-Q3" }), FROM);
    expect([...(agencies.table.rows as Iterable<unknown>)]).toHaveLength(view.local!.totalRows);
  });

  it("refuses a focal officer and records the attempt", async () => {
    await expect(getLeadershipView(t.db, sql, focal, q({ ky: "2026-Q3" }), FROM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(rankHistoryExport(t.db, sql, focal, q({}), FROM)).rejects.toBeInstanceOf(ForbiddenError);
    const denied = await t.db.auditLog.findMany({ where: { action: "auth.denied", userId: focal.userId } });
    expect(denied.map((d) => d.after)).toEqual([{ attempted: "leadership.view" }, { attempted: "leadership.view" }]);
  });

  it("says there is nothing to show when no snapshot was imported, and still computes the local indicators", async () => {
    await sql.query("DELETE FROM national_index_snapshot");
    const view = await getLeadershipView(t.db, sql, leadership, q({ ky: "2026-Q3" }), FROM);
    expect(view.noSnapshots).toBe(true);
    expect(view.latest).toBeNull();
    expect(view.own.points.every((p) => p.snapshot === null)).toBe(true);
    expect(view.local!.totalRows).toBeGreaterThan(0);
  });
});
