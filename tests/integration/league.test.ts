// The agency league table through its authorizing service: its figures are the engine's
// (scorecard per agency, index766 per agency — computed set-based here, one by one there), every
// agency that existed in the window is listed, historic districts only for windows before the
// reform; filtering, sorting and paging are applied to all rows; a focal officer gets their own
// agencies only, and a user without a role nothing (refusal audited).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { seedDemo } from "@/lib/seed/seed-demo";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { makePeriod } from "@/lib/domain/periods";
import { validInWindow } from "@/lib/domain/league";
import { LeagueQuery } from "@/lib/league-query";
import { getLeagueTable } from "@/lib/services/league";
import { agencyCompetenceSql, index766, loadAgencies, procedureCountsByAgency, scorecard } from "@/lib/stats/engine";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewers";

const FROM = { ip: "198.51.100.7", userAgent: "vitest" };
const Q1_2026 = makePeriod("reporting", "quarter", 2026, 1);
const Q1_2025 = makePeriod("reporting", "quarter", 2025, 1);
const query = (q: Record<string, string> = {}) => LeagueQuery.parse(q);

describe.each(DB_KINDS)("league table service on %s", (kind) => {
  let t: TestDb;
  let sql: pg.Client;
  let office: Viewer;
  let focal: Viewer;
  let provinceId: number;
  beforeAll(async () => {
    t = await openTestDb(kind);
    await seedDemo(t.url, { dossiers: 5000, seed: "league" });
    sql = new pg.Client({ connectionString: t.url });
    await sql.connect();
    office = await viewerOf(t.db, "vanphong");
    focal = await viewerOf(t.db, "daumoi.nnmt");
    provinceId = office.provinceId;
  }, 120_000);
  afterAll(async () => {
    await sql?.end();
    await t?.close();
  });

  it("shows the engine's scorecard and 766 points for every agency that existed in the window", async () => {
    const table = await getLeagueTable(t.db, sql, office, Q1_2026, query(), FROM, { allRows: true });
    const card = await scorecard(sql, provinceId, Q1_2026);
    const agencies = [...(await loadAgencies(sql, provinceId)).values()];
    const existing = agencies.filter((a) => validInWindow(a, Q1_2026));
    expect(new Set(table.rows.map((r) => r.agency.id))).toEqual(new Set([...existing.map((a) => a.id), ...card.rows.map((r) => r.agency.id)]));
    expect(table.total).toBe(table.agencyCount);
    expect(table.levels).not.toContain("HUYEN");
    for (const engineRow of card.rows) {
      const row = table.rows.find((r) => r.agency.id === engineRow.agency.id)!;
      expect(row.hasDossiers).toBe(true);
      expect(row.columns).toEqual(engineRow.columns);
      expect([row.overdueShare, row.apologyCoverage, row.syncRate, row.lateWithoutApology, row.unsynced]).toEqual(
        [engineRow.overdueShare, engineRow.apologyCoverage, engineRow.syncRate, engineRow.lateWithoutApology, engineRow.unsynced]);
      expect(row.resultFileDefects).toBe(engineRow.resultFileDefects);
      expect(row.penalty).toEqual(engineRow.penalty);
      expect([row.rank, row.rankOf, row.previousRank, row.rankChange]).toEqual([engineRow.rank, engineRow.rankOf, engineRow.previousRank, engineRow.rankChange]);
    }
    const idle = table.rows.filter((r) => !r.hasDossiers);
    for (const row of idle) expect([row.rank, row.columns.c3, row.band === "exceeded"]).toEqual([null, 0, false]);
    // the set-based 766 points equal index766 agency by agency (ranked and idle agencies of every level)
    const sample = [...new Map(table.rows.map((r) => [`${r.agency.level}-${r.hasDossiers}`, r])).values()];
    expect(sample.length).toBeGreaterThan(3);
    for (const row of sample) {
      const index = await index766(sql, provinceId, Q1_2026, row.agency.id);
      expect(row.points766).toBeCloseTo(index.points, 9);
      expect(row.computedMax766).toBeCloseTo(index.computedMaxPoints, 9);
    }
  });

  it("counts each agency's procedures set-based as the competence rule says, agency by agency", async () => {
    // the rule as a predicate per (agency, procedure), the way it reads (agencyCompetenceSql:
    // linked to the agency, or competent at its level with no agency of that level linked)
    const reference = async (agencyId: number) => (await sql.query(
      `WITH c AS (SELECT p.* FROM procedure p JOIN agency a ON a.province_id = p.province_id AND a.id = $4
                  WHERE p.province_id = $1 AND ${agencyCompetenceSql("p", "a")}),
       used AS (SELECT d.procedure_id, bool_or(d.channel = 2) AS online_dossier, bool_or(d.online_payment IN (1, 2)) AS paid_online
                FROM dossier d WHERE d.province_id = $1 AND d.status NOT IN (1, 3) AND d.received_on BETWEEN $2::date AND $3::date AND d.resolving_agency_id = $4
                GROUP BY d.procedure_id)
       SELECT count(*)::int AS "inCompetence", (count(*) FILTER (WHERE c.published))::int AS "published",
              (count(*) FILTER (WHERE c.online_level <> 'KHONG'))::int AS "online",
              (count(*) FILTER (WHERE c.online_level <> 'KHONG' AND used.online_dossier))::int AS "onlineWithOnlineDossier",
              (count(*) FILTER (WHERE c.has_fees))::int AS "feeBearing", (count(*) FILTER (WHERE c.has_fees AND c.fee_data_published))::int AS "feeDataPublished",
              (count(*) FILTER (WHERE c.has_fees AND used.paid_online))::int AS "feeBearingWithOnlinePayment"
       FROM c LEFT JOIN used ON used.procedure_id = c.id`,
      [provinceId, Q1_2026.start, Q1_2026.end, agencyId],
    )).rows[0];
    const ids = [...(await loadAgencies(sql, provinceId)).keys()];
    const counts = await procedureCountsByAgency(sql, provinceId, Q1_2026, ids);
    expect(counts.size).toBe(ids.length);
    const linked = new Set((await sql.query<{ agency_id: number }>("SELECT DISTINCT agency_id FROM procedure_agency")).rows.map((r) => r.agency_id));
    expect(linked.size).toBeGreaterThan(0);
    let checked = 0;
    for (const id of ids) {
      // every agency with linked procedures, and every fifth of the others
      if (!linked.has(id) && id % 5 !== 0) continue;
      expect(counts.get(id), `agency ${id}`).toEqual(await reference(id));
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    expect([...counts.values()].some((c) => c.onlineWithOnlineDossier > 0 && c.feeBearingWithOnlinePayment > 0)).toBe(true);
  });

  it("lists historic districts and former communes for windows before the reform", async () => {
    const before = await getLeagueTable(t.db, sql, office, Q1_2025, query({ cap: "HUYEN" }), FROM, { allRows: true });
    expect(before.levels).toContain("HUYEN");
    expect(before.rows.length).toBeGreaterThan(0);
    expect(before.rows.every((r) => r.agency.level === "HUYEN")).toBe(true);
    const after = await getLeagueTable(t.db, sql, office, Q1_2026, query({ cap: "HUYEN" }), FROM, { allRows: true });
    expect(after.rows).toEqual([]);
  });

  it("filters, sorts and pages all rows on the server", async () => {
    const all = (await getLeagueTable(t.db, sql, office, Q1_2026, query({ cap: "XA", sap: "c13", chieu: "giam" }), FROM, { allRows: true })).rows;
    expect(all.every((r) => r.agency.level === "XA")).toBe(true);
    const overdue = all.map((r) => r.columns.c13);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    const first = await getLeagueTable(t.db, sql, office, Q1_2026, query({ cap: "XA", sap: "c13", chieu: "giam", so: "25" }), FROM);
    const second = await getLeagueTable(t.db, sql, office, Q1_2026, query({ cap: "XA", sap: "c13", chieu: "giam", so: "25", trang: "2" }), FROM);
    expect(first.pages).toBe(Math.ceil(all.length / 25));
    expect([...first.rows, ...second.rows].map((r) => r.agency.id)).toEqual(all.slice(0, 50).map((r) => r.agency.id));
    const exceeded = await getLeagueTable(t.db, sql, office, Q1_2026, query({ vuot: "1" }), FROM, { allRows: true });
    expect(exceeded.rows.length).toBeGreaterThan(0);
    expect(exceeded.rows.every((r) => r.penalty!.exceeded && r.overdueShare > r.penalty!.threshold)).toBe(true);
    const land = await getLeagueTable(t.db, sql, office, Q1_2026, query({ q: "nong nghiep va moi truong" }), FROM, { allRows: true });
    expect(land.rows.map((r) => r.agency.name)).toEqual(["Sở Nông nghiệp và Môi trường"]);
  });

  it("gives a focal officer their own agencies, ranked among all; refuses a user without a role", async () => {
    const all = await getLeagueTable(t.db, sql, office, Q1_2026, query(), FROM, { allRows: true });
    const own = await getLeagueTable(t.db, sql, focal, Q1_2026, query(), FROM, { allRows: true });
    expect(own.scoped).toBe(true);
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.length).toBeLessThan(all.rows.length);
    for (const row of own.rows) {
      expect(focal.agencyScope !== "province" && focal.agencyScope.has(row.agency.id)).toBe(true);
      const same = all.rows.find((r) => r.agency.id === row.agency.id)!;
      expect([row.rank, row.rankOf, row.points766]).toEqual([same.rank, same.rankOf, same.points766]);
    }
    const searched = await getLeagueTable(t.db, sql, focal, Q1_2026, query({ q: "Tư pháp" }), FROM, { allRows: true });
    expect(searched.rows).toEqual([]);

    const nobody: Viewer = { ...focal, roles: [], agencyScope: new Set(), focalAgencyIds: new Set(), focalScope: new Set() };
    await expect(getLeagueTable(t.db, sql, nobody, Q1_2026, query(), FROM)).rejects.toBeInstanceOf(ForbiddenError);
    const denied = await t.db.auditLog.findFirstOrThrow({ where: { action: "auth.denied", userId: focal.userId } });
    expect(denied.after).toMatchObject({ attempted: "league.view" });
  });
});
