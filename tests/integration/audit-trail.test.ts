import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { AuditQuery, exportAudit, listAudit, writeAudit, type AuditRow } from "@/lib/services/audit";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewers";

const FROM = { ip: "203.0.113.10", userAgent: "vitest" };

describe.each(DB_KINDS)("the audit viewer on %s", (kind) => {
  let t: TestDb;
  let office: Viewer;
  let focal: Viewer;

  beforeAll(async () => {
    t = await openTestDb(kind);
    const province = await t.db.province.create({ data: { code: "HQ", name: "Tỉnh Q" } });
    const other = await t.db.province.create({ data: { code: "HR", name: "Tỉnh R" } });
    const agency = await t.db.agency.create({ data: { provinceId: province.id, code: "SO1", name: "Sở Một", level: "SO" } });
    for (const [username, role] of [["vanphong", "OFFICE"], ["daumoi", "FOCAL"]] as const) {
      const u = await t.db.user.create({ data: { username, fullName: username, provinceId: province.id } });
      await t.db.roleAssignment.create({ data: { userId: u.id, role, provinceId: province.id, agencyId: role === "FOCAL" ? agency.id : null } });
    }
    office = await viewerOf(t.db, "vanphong");
    focal = await viewerOf(t.db, "daumoi");
    // 23:30 on 31/03 in Vietnam is 16:30 UTC: it belongs to 31/03, not 01/04
    const rows: [string, string, string, string, number | null][] = [
      ["2026-03-31T16:30:00Z", "vanphong", "report.approve", "SUCCESS", province.id],
      ["2026-03-31T17:30:00Z", "daumoi", "report.submit", "SUCCESS", province.id],
      ["2026-04-02T03:00:00Z", "daumoi", "auth.denied", "DENIED", province.id],
      ["2026-04-02T04:00:00Z", "khach", "auth.signin", "FAILED", null],
      ["2026-04-02T05:00:00Z", "nguoi.tinh.khac", "user.create", "SUCCESS", other.id],
    ];
    for (const [at, actor, action, outcome, provinceId] of rows) {
      await t.db.$executeRaw`INSERT INTO audit_log (at, actor, action, outcome, province_id, entity_type, entity_id, after)
        VALUES (${new Date(at)}, ${actor}, ${action}, ${outcome}::audit_outcome, ${provinceId}, 'report', '7', '{"n":1}'::jsonb)`;
    }
    for (let i = 0; i < 60; i++) await writeAudit(t.db, { provinceId: province.id, userId: null, actor: "=cmd|' /C calc'!A0", action: "bulk.test" });
  });
  afterAll(async () => {
    await t?.close();
  });

  const list = (query: Record<string, string>) => listAudit(t.db, office, AuditQuery.parse(query), FROM);

  it("shows the viewer's province and anonymous sign-in failures, never another province", async () => {
    const { rows, total } = await list({ hanhdong: "a" });
    expect(total).toBe(2);
    expect(rows.map((r) => r.action)).toEqual(["auth.signin", "auth.denied"]);
    expect((await list({ nguoidung: "tinh.khac" })).total).toBe(0);
  });

  it("filters by actor, action prefix, entity, outcome and Vietnam calendar days", async () => {
    expect((await list({ nguoidung: "DAUMOI" })).total).toBe(2);
    expect((await list({ hanhdong: "report." })).rows.map((r) => r.action)).toEqual(["report.submit", "report.approve"]);
    expect((await list({ hanhdong: "report.approve", doituong: "report", madoituong: "7" })).total).toBe(1);
    expect((await list({ ketqua: "DENIED" })).rows.map((r) => r.action)).toEqual(["auth.denied"]);
    expect((await list({ tu: "2026-03-31", den: "2026-03-31" })).rows.map((r) => r.action)).toEqual(["report.approve"]);
    expect((await list({ tu: "2026-04-01", den: "2026-04-02" })).total).toBe(3);
    // LIKE wildcards typed by the user are literal
    expect((await list({ hanhdong: "%" })).total).toBe(0);
  });

  it("pages 50 rows at a time, newest first", async () => {
    const first = await list({ hanhdong: "bulk." });
    const second = await list({ hanhdong: "bulk.", trang: "2" });
    expect(first.total).toBe(60);
    expect(first.rows).toHaveLength(50);
    expect(second.rows).toHaveLength(10);
    expect(first.rows[0]!.id > second.rows[0]!.id).toBe(true);
  });

  it("exports every matching row in chunks and records the export", async () => {
    const rows: AuditRow[] = [];
    for await (const chunk of await exportAudit(t.db, office, AuditQuery.parse({ hanhdong: "bulk." }), FROM)) rows.push(...chunk);
    expect(rows).toHaveLength(60);
    const exported = await t.db.auditLog.findFirstOrThrow({ where: { action: "audit.export" } });
    expect(exported).toMatchObject({ actor: "vanphong", after: { filters: { hanhdong: "bulk." } } });
  });

  it("is closed to focal officers, whose attempts are recorded", async () => {
    await expect(listAudit(t.db, focal, AuditQuery.parse({}), FROM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAudit(t.db, focal, AuditQuery.parse({}), FROM)).rejects.toBeInstanceOf(ForbiddenError);
    const attempts = await t.db.auditLog.findMany({ where: { userId: focal.userId, action: "auth.denied" } });
    expect(attempts.map((a) => (a.after as { attempted: string }).attempted).sort()).toEqual(["audit.export", "audit.view"]);
  });
});
