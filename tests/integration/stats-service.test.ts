// The figures through the authorizing service: province-wide roles see every agency, a focal
// officer only their scope (ranks still among all agencies), naming another agency is refused and
// audited; penalty rule versions apply from their first day and never rewrite ended windows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { seedDemo } from "@/lib/seed/seed-demo";
import { ForbiddenError, type ApiPrincipal, type Viewer } from "@/lib/auth/permissions";
import { UserFacingError } from "@/lib/errors";
import { getFigureDossiers, getForm06, getIndex766, getScorecard, FigureQuery } from "@/lib/services/stats";
import { createPenaltyRuleSet, listPenaltyRuleSets } from "@/lib/services/penalty-rules";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewers";

const FROM = { ip: "198.51.100.4", userAgent: "vitest" };

describe.each(DB_KINDS)("statistics service on %s", (kind) => {
  let t: TestDb;
  let sql: pg.Client;
  let office: Viewer;
  let focal: Viewer;
  let admin: Viewer;
  beforeAll(async () => {
    t = await openTestDb(kind);
    await seedDemo(t.url, { dossiers: 5000, seed: "service" });
    sql = new pg.Client({ connectionString: t.url });
    await sql.connect();
    office = await viewerOf(t.db, "vanphong");
    focal = await viewerOf(t.db, "daumoi.nnmt");
    admin = await viewerOf(t.db, "admin");
  }, 120_000);
  afterAll(async () => {
    await sql?.end();
    await t?.close();
  });

  const inScope = (v: Viewer, id: number) => v.agencyScope !== "province" && v.agencyScope.has(id);

  it("gives office staff every agency and a focal officer only their own, ranked among all", async () => {
    const all = await getScorecard(t.db, sql, office, { period: "2026-Q1" }, FROM);
    const own = await getScorecard(t.db, sql, focal, { period: "2026-Q1" }, FROM);
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.length).toBeLessThan(all.rows.length);
    for (const row of own.rows) {
      expect(inScope(focal, row.agency.id)).toBe(true);
      const same = all.rows.find((r) => r.agency.id === row.agency.id)!;
      expect([row.rank, row.rankOf]).toEqual([same.rank, same.rankOf]);
    }
  });

  it("shows province totals of Biểu 06 only to province-wide roles", async () => {
    const forOffice = await getForm06(t.db, sql, office, { period: "2026-Q1" }, FROM);
    const forFocal = await getForm06(t.db, sql, focal, { period: "2026-Q1" }, FROM);
    expect(forOffice.provinceVisible).toBe(true);
    expect(forFocal.provinceVisible).toBe(false);
    expect(forFocal.report.agencies.every((a) => inScope(focal, a.agency.id))).toBe(true);
  });

  it("refuses a focal officer another agency's figures and records the attempt", async () => {
    const justice = await t.db.agency.findFirstOrThrow({ where: { name: { contains: "Tư pháp" } } });
    await expect(getScorecard(t.db, sql, focal, { period: "2026-Q1", agency: justice.code }, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getFigureDossiers(t.db, sql, focal, FigureQuery.parse({ period: "2026-Q1", figure: "c13", agency: justice.code }), FROM)).rejects.toBeInstanceOf(ForbiddenError);
    const denied = await t.db.auditLog.findMany({ where: { action: "auth.denied", userId: focal.userId } });
    expect(denied.length).toBe(2);
    expect(denied[0]!.entityId).toBe(String(justice.id));
    expect(denied[0]!.after).toMatchObject({ attempted: "stats.agency" });
  });

  it("lists the dossiers behind a figure within the focal officer's scope only", async () => {
    const { page } = await getFigureDossiers(t.db, sql, focal, FigureQuery.parse({ period: "2026-Q1", figure: "c3", pageSize: 200 }), FROM);
    const own = await getForm06(t.db, sql, focal, { period: "2026-Q1" }, FROM);
    expect(page.total).toBe(own.report.agencies.reduce((s, a) => s + a.total.c3, 0));
    expect(page.dossiers.every((d) => inScope(focal, d.agencyId))).toBe(true);
  });

  it("asks a focal officer to name their agency for the 766 index, and gives the province to the office", async () => {
    await expect(getIndex766(t.db, sql, focal, { period: "2026-Q1" }, FROM)).rejects.toBeInstanceOf(UserFacingError);
    const province = await getIndex766(t.db, sql, office, { period: "2026-Q1" }, FROM);
    expect(province.agency).toBeNull();
    expect(province.points).toBeGreaterThan(0);
    await expect(getIndex766(t.db, sql, office, { period: "2026-H1" }, FROM)).rejects.toBeInstanceOf(UserFacingError);
  });

  it("requires the stats:read scope of an API key", async () => {
    const key: ApiPrincipal = { kind: "api", apiClientId: 1, provinceId: office.provinceId, name: "khác", scopes: ["dossiers:write"] };
    await expect(getScorecard(t.db, sql, key, { period: "2026-Q1" }, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    const reader: ApiPrincipal = { ...key, scopes: ["stats:read"] };
    expect((await getScorecard(t.db, sql, reader, { period: "2026-Q1" }, FROM)).rows.length).toBeGreaterThan(0);
  });

  it("applies a new penalty version from its first day only, without rewriting ended windows", async () => {
    const before = await getScorecard(t.db, sql, office, { period: "2026-Q1" }, FROM);
    const now = new Date("2026-03-20T10:00:00+07:00");
    await expect(createPenaltyRuleSet(t.db, office, { validFrom: "2026-03-21", note: "Thử quyền", rules: [{ level: "SO", thresholdPercent: 50, points: 1 }] }, FROM, now))
      .rejects.toBeInstanceOf(ForbiddenError);
    await expect(createPenaltyRuleSet(t.db, admin, { validFrom: "2026-03-20", note: "Hôm nay", rules: [{ level: "SO", thresholdPercent: 50, points: 1 }] }, FROM, now))
      .rejects.toBeInstanceOf(UserFacingError);
    const id = await createPenaltyRuleSet(t.db, admin, { validFrom: "2026-03-21", note: "QĐ thử nghiệm", rules: [{ level: "SO", thresholdPercent: 50, points: 1 }] }, FROM, now);
    const after = await getScorecard(t.db, sql, office, { period: "2026-Q1" }, FROM);
    expect(after.rows.map((r) => r.penalty)).toEqual(before.rows.map((r) => r.penalty));
    const q2 = await getScorecard(t.db, sql, office, { period: "2026-Q2" }, FROM);
    expect(q2.ruleSet?.id).toBe(id);
    const department = q2.rows.find((r) => r.agency.level === "SO")!;
    expect(department.penalty).toEqual({ threshold: 0.5, points: 1, exceeded: department.overdueShare > 0.5 });
    expect(q2.rows.find((r) => r.agency.level === "XA")?.penalty ?? null).toBeNull();
    const versions = await listPenaltyRuleSets(t.db, office, FROM);
    expect(versions.map((v) => v.validFrom)).toEqual(["2026-03-21", "2020-01-01"]);
    // thresholds keep what the column holds (a percentage with 3 decimals), exactly, in the rules and in the audit trail
    await expect(createPenaltyRuleSet(t.db, admin, { validFrom: "2026-04-01", note: "Quá nhiều số lẻ", rules: [{ level: "SO", thresholdPercent: 1.2345, points: 1 }] }, FROM, now))
      .rejects.toThrow(/3 chữ số thập phân/);
    await expect(createPenaltyRuleSet(t.db, admin, { validFrom: "2026-04-01", note: "Quá nhiều số lẻ", rules: [{ level: "SO", thresholdPercent: 2, points: 0.125 }] }, FROM, now))
      .rejects.toThrow(/2 chữ số thập phân/);
    const exact = await createPenaltyRuleSet(t.db, admin, { validFrom: "2026-04-01", note: "Ngưỡng 0,7%", rules: [{ level: "SO", thresholdPercent: 0.7, points: 0.25 }] }, FROM, now);
    expect((await listPenaltyRuleSets(t.db, office, FROM))[0]!.rules).toEqual([{ level: "SO", threshold: 0.007, points: 0.25 }]);
    const exactAudit = await t.db.auditLog.findFirstOrThrow({ where: { action: "settings.penalty.create", entityId: String(exact) } });
    expect(exactAudit.after).toMatchObject({ rules: [{ level: "SO", threshold: 0.007, points: 0.25 }] });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "settings.penalty.create", entityId: String(id) } });
    expect(audit.after).toMatchObject({ validFrom: "2026-03-21", rules: [{ level: "SO", threshold: 0.5, points: 1 }] });
  });
});
