import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo, DemoAlreadySeededError, DEMO_USERS } from "@/lib/seed/seed-demo";
import { seedReferenceData } from "@/lib/seed/reference";
import { withTransaction } from "@/lib/db/sql";
import { generateDemoProvince } from "@/lib/seed/demo-generator";
import { VIETNAM_HOLIDAYS } from "@/lib/domain/holidays-vn";
import { listAgencies, AgencyListQuery } from "@/lib/services/agencies";
import { currentProvince, provinceSummary } from "@/lib/services/province";
import type { Viewer } from "@/lib/auth/permissions";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewers";
import { allDossiers } from "../helpers/demo";

const DOSSIERS = 4000;

describe.each(DB_KINDS)("demo province on %s", (kind) => {
  let t: TestDb;
  let provinceId: number;
  let admin: Viewer;
  beforeAll(async () => {
    t = await openTestDb(kind);
    await seedDemo(t.url, { dossiers: DOSSIERS, seed: "it" });
    provinceId = (await t.db.province.findFirstOrThrow()).id;
    admin = await viewerOf(t.db, "admin");
  });
  afterAll(async () => {
    await t?.close();
  });

  it("stores exactly what the generator produced", async () => {
    const demo = generateDemoProvince({ dossiers: DOSSIERS, seed: "it" });
    const dossiers = allDossiers(demo);
    expect(await t.db.dossier.count()).toBe(DOSSIERS);
    expect(await t.db.agency.count()).toBe(demo.agencies.length);
    const byStatus = await t.db.dossier.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } });
    const expected = new Map<number, number>();
    for (const s of dossiers.status) expected.set(s, (expected.get(s) ?? 0) + 1);
    expect(byStatus.map((r) => [r.status, r._count])).toEqual([...expected].sort((a, b) => a[0] - b[0]));
    // a sample dossier round-trips field by field, local dates included
    const i = 1234;
    const stored = await t.db.dossier.findUniqueOrThrow({ where: { provinceId_code: { provinceId, code: dossiers.code[i]! } }, include: { procedure: true } });
    expect(stored.procedure.code).toBe(dossiers.procedureCode[i]);
    expect(stored.receivedAt.toISOString()).toBe(dossiers.receivedAt[i]!.toISOString());
    expect(stored.componentSha256).toEqual(dossiers.componentSha256[i]);
    const localDate = (d: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Ho_Chi_Minh" }).format(d);
    expect(stored.receivedOn.toISOString().slice(0, 10)).toBe(localDate(stored.receivedAt));
    if (stored.finishedAt) expect(stored.finishedOn!.toISOString().slice(0, 10)).toBe(localDate(stored.finishedAt));
  });

  it("links merged agencies to their successors and parents", async () => {
    const merged = await t.db.agency.findMany({ where: { provinceId, validTo: { not: null } }, include: { successor: true } });
    expect(merged.length).toBeGreaterThan(100);
    for (const a of merged) expect(a.successor, a.name).not.toBeNull();
    const communes = await t.db.agency.count({ where: { provinceId, level: "XA", validTo: null } });
    expect(communes).toBe(100);
    const oldCommune = await t.db.agency.findFirstOrThrow({ where: { provinceId, level: "XA", validTo: { not: null } }, include: { parent: true } });
    expect(oldCommune.parent?.level).toBe("HUYEN");
  });

  it("seeds users for every role, with focal officers scoped to an agency", async () => {
    const users = await t.db.user.findMany({ include: { roles: true } });
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_USERS.map((u) => u.username).sort());
    expect(new Set(users.flatMap((u) => u.roles.map((r) => r.role)))).toEqual(new Set(["ADMIN", "OFFICE", "LEADERSHIP", "FOCAL"]));
    for (const r of users.flatMap((u) => u.roles)) expect(r.agencyId !== null).toBe(r.role === "FOCAL");
    expect(users.every((u) => u.passwordHash?.startsWith("scrypt$"))).toBe(true);
  });

  it("seeds reference data, penalty rules, national snapshots and an audit record", async () => {
    expect(await t.db.holiday.count()).toBe(VIETNAM_HOLIDAYS.length);
    expect(await t.db.indicator.count()).toBe(20);
    expect(await t.db.penaltyRule.count()).toBe(6);
    expect(await t.db.nationalIndexSnapshot.count({ where: { period: "2025-06" } })).toBe(63);
    expect(await t.db.nationalIndexSnapshot.count({ where: { period: "2025-07" } })).toBe(34);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "seed.demo" } });
    expect(audit.actor).toBe("seed");
    const batch = await t.db.importBatch.findFirstOrThrow({ where: { source: "SEED" } });
    expect(batch.status).toBe("COMMITTED");
    expect(batch.inserted).toBe(DOSSIERS);
  });

  it("keeps reference data idempotent and refuses to seed the demo province twice, changing nothing", async () => {
    await withTransaction(t.url, seedReferenceData);
    expect(await t.db.holiday.count()).toBe(VIETNAM_HOLIDAYS.length);
    expect(await t.db.indicatorFramework.count()).toBe(1);
    await expect(seedDemo(t.url, { dossiers: 10, seed: "again" })).rejects.toBeInstanceOf(DemoAlreadySeededError);
    expect(await t.db.dossier.count()).toBe(DOSSIERS);
  });

  it("lists agencies with dossier counts, filtered, sorted and paged in SQL", async () => {
    const province = await currentProvince(t.db);
    expect(province?.code).toBe("H87");
    const summary = await provinceSummary(t.db, admin);
    expect(summary?.dossiers).toBe(DOSSIERS);

    const all = await listAgencies(t.db, admin, AgencyListQuery.parse({ hieuluc: "tat-ca", trang: 1 }));
    expect(all.total).toBe(await t.db.agency.count());
    expect(all.rows).toHaveLength(25);
    const counts = all.rows.map((r) => r.dossiers);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // the counts are the resolving agency's dossiers, excluding statuses 1 and 3 (never received)
    const top = all.rows[0]!;
    expect(top.dossiers).toBe(await t.db.dossier.count({ where: { provinceId, resolvingAgencyId: top.id, status: { notIn: [1, 3] } } }));

    const districts = await listAgencies(t.db, admin, AgencyListQuery.parse({ cap: "HUYEN", hieuluc: "da-giai-the", sap: "ten", chieu: "tang" }));
    expect(districts.rows.every((r) => r.level === "HUYEN" && r.validTo !== null && r.successorName)).toBe(true);
    const rootCollation = new Intl.Collator("und");
    expect(districts.rows.map((r) => r.name)).toEqual([...districts.rows.map((r) => r.name)].sort(rootCollation.compare));
    expect(districts.rows.findIndex((r) => r.name.startsWith("Huyện đảo"))).toBeLessThan(districts.rows.findIndex((r) => r.name.startsWith("Huyện Mỹ")));
    const current = await listAgencies(t.db, admin, AgencyListQuery.parse({ cap: "HUYEN" }));
    expect(current.total).toBe(0);

    const search = await listAgencies(t.db, admin, AgencyListQuery.parse({ q: "tư pháp" }));
    expect(search.rows.map((r) => r.name)).toContain("Sở Tư pháp");
    const page2 = await listAgencies(t.db, admin, AgencyListQuery.parse({ hieuluc: "tat-ca", trang: 2 }));
    expect(page2.rows[0]!.id).not.toBe(all.rows[0]!.id);
  });

  it("treats hostile or malformed URL parameters as defaults, never as SQL", async () => {
    const query = AgencyListQuery.parse({ cap: "SO'; DROP TABLE agency;--", sap: "name; DELETE", chieu: "x", trang: "-3", q: "'%_\\" });
    expect(query).toMatchObject({ cap: undefined, sap: "hoso", chieu: "giam", trang: 1 });
    const result = await listAgencies(t.db, admin, query);
    expect(result.total).toBe(0);
    expect(await t.db.agency.count()).toBeGreaterThan(0);
  });
});

describe.each(DB_KINDS)("an interrupted demo seed on %s", (kind) => {
  it("leaves nothing behind: one transaction, rolled back as a whole", async () => {
    const t = await openTestDb(kind);
    try {
      // a user who already holds a demo user name makes the seed fail at its last step
      const other = await t.db.province.create({ data: { code: "H01", name: "Hà Nội" } });
      await t.db.user.create({ data: { username: "lanhdao", fullName: "Đã có", provinceId: other.id } });
      await expect(seedDemo(t.url, { dossiers: 2_000, seed: "rollback" })).rejects.toThrow(/app_user_username_key|duplicate key/);
      expect(await t.db.province.count()).toBe(1);
      expect(await t.db.dossier.count()).toBe(0);
      expect(await t.db.agency.count()).toBe(0);
      expect(await t.db.nationalIndexSnapshot.count()).toBe(0);
      expect(await t.db.auditLog.count()).toBe(0);
    } finally {
      await t.close();
    }
  });
});
