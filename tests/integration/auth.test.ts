import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { loadViewer } from "@/lib/auth/load-viewer";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { matchOidcUser } from "@/lib/auth/oidc";
import { signInWithPassword, THROTTLE } from "@/lib/auth/sign-in";
import { withTransaction } from "@/lib/db/sql";
import { AgencyListQuery, getAgency, listAgencies } from "@/lib/services/agencies";
import { recordDenied, writeAudit } from "@/lib/services/audit";
import { changeOwnPassword } from "@/lib/services/users";
import { UserFacingError } from "@/lib/errors";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewers";

const PASSWORD = "Mat-khau-2026";
const FROM = { ip: "203.0.113.7", userAgent: "vitest" };

describe.each(DB_KINDS)("sign-in, viewers and the audit trail on %s", (kind) => {
  let t: TestDb;
  let provinceId: number;
  let otherProvinceId: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await openTestDb(kind);
    provinceId = (await t.db.province.create({ data: { code: "HT", name: "Tỉnh Thử" } })).id;
    otherProvinceId = (await t.db.province.create({ data: { code: "HK", name: "Tỉnh Khác" } })).id;
    const agency = async (key: string, level: "TINH" | "SO" | "CHINHANH" | "XA", parent: string | null, province = provinceId) => {
      ids[key] = (await t.db.agency.create({ data: { provinceId: province, code: key, name: `Đơn vị ${key}`, level, parentId: parent ? ids[parent] : null } })).id;
    };
    await agency("tinh", "TINH", null);
    await agency("soA", "SO", "tinh");
    await agency("vpA", "SO", "soA");
    await agency("cnA", "CHINHANH", "vpA");
    await agency("soB", "SO", "tinh");
    await agency("xaOther", "XA", null, otherProvinceId);
    const passwordHash = await hashPassword(PASSWORD);
    const user = async (username: string, roles: { role: "ADMIN" | "OFFICE" | "LEADERSHIP" | "FOCAL"; agency?: string; includeSubunits?: boolean; province?: number }[]) => {
      const u = await t.db.user.create({ data: { username, fullName: username, passwordHash, provinceId } });
      for (const r of roles) {
        await t.db.roleAssignment.create({
          data: { userId: u.id, role: r.role, provinceId: r.province ?? provinceId, agencyId: r.agency ? ids[r.agency] : null, includeSubunits: r.includeSubunits ?? true },
        });
      }
      return u.id;
    };
    await user("quantri", [{ role: "ADMIN" }]);
    await user("daumoi.a", [{ role: "FOCAL", agency: "soA" }]);
    await user("daumoi.a.rieng", [{ role: "FOCAL", agency: "soA", includeSubunits: false }]);
    // a role granted in another province does not count in the user's own
    await user("daumoi.lac", [{ role: "FOCAL", agency: "xaOther", province: otherProvinceId }, { role: "FOCAL", agency: "soB" }]);
    await user("throttle.me", [{ role: "LEADERSHIP" }]);
    await user("reset.me", [{ role: "LEADERSHIP" }]);
    await user("still.ok", [{ role: "LEADERSHIP" }]);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe("viewer loading", () => {
    it("expands a focal officer's scope through every level of sub-units", async () => {
      const v = await viewerOf(t.db, "daumoi.a");
      expect(v.roles).toEqual(["FOCAL"]);
      expect([...(v.agencyScope as Set<number>)].sort()).toEqual([ids.soA, ids.vpA, ids.cnA].sort());
      expect([...v.focalAgencyIds]).toEqual([ids.soA]);
      expect(v.provinceName).toBe("Tỉnh Thử");
    });

    it("keeps the scope to the agency itself without includeSubunits, and ignores other provinces' roles", async () => {
      expect([...((await viewerOf(t.db, "daumoi.a.rieng")).agencyScope as Set<number>)]).toEqual([ids.soA]);
      expect([...((await viewerOf(t.db, "daumoi.lac")).agencyScope as Set<number>)]).toEqual([ids.soB]);
    });

    it("gives province-wide roles the whole province", async () => {
      const v = await viewerOf(t.db, "quantri");
      expect(v.agencyScope).toBe("province");
      expect(v.roles).toEqual(["ADMIN"]);
    });

    it("reads roles and the active flag from the database on every load", async () => {
      const user = await t.db.user.findUniqueOrThrow({ where: { username: "still.ok" } });
      expect((await loadViewer(t.db, user.id, user.sessionVersion))?.roles).toEqual(["LEADERSHIP"]);
      const extra = await t.db.roleAssignment.create({ data: { userId: user.id, role: "OFFICE", provinceId } });
      expect((await loadViewer(t.db, user.id, user.sessionVersion))?.roles).toEqual(["OFFICE", "LEADERSHIP"]);
      await t.db.roleAssignment.delete({ where: { id: extra.id } });
      await t.db.user.update({ where: { id: user.id }, data: { active: false } });
      expect(await loadViewer(t.db, user.id, user.sessionVersion)).toBeNull();
      await t.db.user.update({ where: { id: user.id }, data: { active: true } });
      expect(await loadViewer(t.db, user.id, user.sessionVersion)).not.toBeNull();
      // a session issued before a session reset is refused
      expect(await loadViewer(t.db, user.id, user.sessionVersion - 1)).toBeNull();
      expect(await loadViewer(t.db, 999_999, 1)).toBeNull();
    });
  });

  describe("services scoped by the viewer", () => {
    it("lists only the agencies in a focal officer's scope", async () => {
      const focal = await viewerOf(t.db, "daumoi.a");
      const result = await listAgencies(t.db, focal, AgencyListQuery.parse({ sap: "ma", chieu: "tang" }));
      expect(result.rows.map((r) => r.code)).toEqual(["cnA", "soA", "vpA"]);
      expect(result.total).toBe(3);
      const admin = await viewerOf(t.db, "quantri");
      expect((await listAgencies(t.db, admin, AgencyListQuery.parse({}))).total).toBe(5);
    });

    it("refuses an agency outside the scope and records the attempt", async () => {
      const focal = await viewerOf(t.db, "daumoi.a");
      expect((await getAgency(t.db, focal, ids.cnA!, FROM))?.code).toBe("cnA");
      const detail = await getAgency(t.db, focal, ids.soA!, FROM);
      expect(detail?.children.map((c) => c.code)).toEqual(["vpA"]);
      await expect(getAgency(t.db, focal, ids.soB!, FROM)).rejects.toBeInstanceOf(ForbiddenError);
      const denied = await t.db.auditLog.findFirstOrThrow({ where: { action: "auth.denied", userId: focal.userId }, orderBy: { id: "desc" } });
      expect(denied).toMatchObject({ outcome: "DENIED", entityType: "agency", entityId: String(ids.soB), actor: "daumoi.a", ip: FROM.ip, provinceId });
      expect(denied.after).toEqual({ attempted: "agency.view" });
      // another province's agency does not exist for this viewer
      expect(await getAgency(t.db, focal, ids.xaOther!, FROM)).toBeNull();
    });
  });

  describe("audit records", () => {
    const count = (action: string) => t.db.auditLog.count({ where: { action } });

    it("are written in the caller's Prisma transaction: a failing change leaves none", async () => {
      const admin = await viewerOf(t.db, "quantri");
      await expect(
        t.db.$transaction(async (tx) => {
          await tx.agency.update({ where: { provinceId_id: { provinceId, id: ids.soB! } }, data: { name: "Đổi tên" } });
          await writeAudit(tx, { provinceId, userId: admin.userId, actor: admin.username, action: "test.prisma-rollback", entity: "agency", entityId: ids.soB });
          throw new Error("the change fails after its audit record");
        }),
      ).rejects.toThrow(/fails/);
      expect(await count("test.prisma-rollback")).toBe(0);
      expect((await t.db.agency.findUniqueOrThrow({ where: { provinceId_id: { provinceId, id: ids.soB! } } })).name).toBe("Đơn vị soB");

      await t.db.$transaction(async (tx) => {
        await writeAudit(tx, { provinceId, userId: admin.userId, actor: admin.username, action: "test.prisma-commit", before: { n: 1n }, after: { n: 2 } });
      });
      const row = await t.db.auditLog.findFirstOrThrow({ where: { action: "test.prisma-commit" } });
      expect(row).toMatchObject({ before: { n: "1" }, after: { n: 2 }, outcome: "SUCCESS" });
    });

    it("are written in a node-postgres transaction as well, with the same all-or-nothing", async () => {
      await expect(
        withTransaction(t.url, async (client) => {
          await writeAudit(client, { provinceId, userId: null, actor: "cli", action: "test.pg-rollback" });
          await client.query("SELECT 1/0");
        }),
      ).rejects.toThrow(/division by zero/);
      expect(await count("test.pg-rollback")).toBe(0);
      await withTransaction(t.url, (client) => writeAudit(client, { provinceId, userId: null, actor: "cli", action: "test.pg-commit", entity: "x", entityId: 7 }));
      expect(await count("test.pg-commit")).toBe(1);
    });

    it("record denied attempts on their own, with who and where", async () => {
      const focal = await viewerOf(t.db, "daumoi.a.rieng");
      await recordDenied(t.db, focal, "user.create", FROM, { entity: "user", detail: { username: "x" } });
      const row = await t.db.auditLog.findFirstOrThrow({ where: { userId: focal.userId, action: "auth.denied" } });
      expect(row).toMatchObject({ outcome: "DENIED", userAgent: "vitest", after: { attempted: "user.create", username: "x" } });
    });
  });

  describe("password sign-in", () => {
    it("signs in with the right password, audits it and records the last sign-in", async () => {
      const result = await signInWithPassword(t.db, { username: "  Still.OK ", password: PASSWORD }, FROM);
      expect(result.ok).toBe(true);
      const user = await t.db.user.findUniqueOrThrow({ where: { username: "still.ok" } });
      expect(user.lastLoginAt).not.toBeNull();
      expect(await t.db.auditLog.count({ where: { action: "auth.signin", userId: user.id, outcome: "SUCCESS" } })).toBe(1);
    });

    it("refuses wrong passwords, unknown and deactivated users alike, auditing the real reason", async () => {
      const other = { ip: "198.51.100.1", userAgent: "vitest" };
      expect(await signInWithPassword(t.db, { username: "still.ok", password: "sai" }, other)).toEqual({ ok: false, reason: "invalid" });
      expect(await signInWithPassword(t.db, { username: "khong.co", password: PASSWORD }, other)).toEqual({ ok: false, reason: "invalid" });
      await t.db.user.update({ where: { username: "daumoi.lac" }, data: { active: false } });
      expect(await signInWithPassword(t.db, { username: "daumoi.lac", password: PASSWORD }, other)).toEqual({ ok: false, reason: "invalid" });
      const reasons = (await t.db.auditLog.findMany({ where: { action: "auth.signin", outcome: "FAILED", ip: other.ip }, orderBy: { id: "asc" } }))
        .map((r) => (r.after as { reason: string }).reason);
      expect(reasons).toEqual(["wrong-password", "unknown-user", "inactive"]);
    });

    it(`throttles an account after ${THROTTLE.perAccount} failures, even with the right password, and audits it`, async () => {
      const ip = (i: number) => ({ ip: `192.0.2.${i}`, userAgent: "vitest" });
      // failures before a success do not count
      for (let i = 0; i < THROTTLE.perAccount - 1; i++) await signInWithPassword(t.db, { username: "throttle.me", password: "sai" }, ip(i));
      expect((await signInWithPassword(t.db, { username: "throttle.me", password: PASSWORD }, ip(9))).ok).toBe(true);
      for (let i = 0; i < THROTTLE.perAccount; i++) {
        expect(await signInWithPassword(t.db, { username: "throttle.me", password: "sai" }, ip(i))).toEqual({ ok: false, reason: "invalid" });
      }
      expect(await signInWithPassword(t.db, { username: "throttle.me", password: PASSWORD }, ip(50))).toEqual({ ok: false, reason: "throttled" });
      const denied = await t.db.auditLog.findFirstOrThrow({ where: { action: "auth.signin", outcome: "DENIED", actor: "throttle.me" } });
      expect(denied.after).toMatchObject({ reason: "throttled", accountFailures: THROTTLE.perAccount });
      // other accounts are not affected
      expect((await signInWithPassword(t.db, { username: "still.ok", password: PASSWORD }, ip(50))).ok).toBe(true);
      // the lock lifts when the failures leave the window
      await t.db.$executeRaw`UPDATE login_attempt SET at = at - make_interval(mins => ${THROTTLE.windowMinutes + 1}) WHERE username = 'throttle.me'`;
      expect((await signInWithPassword(t.db, { username: "throttle.me", password: PASSWORD }, ip(50))).ok).toBe(true);
    });

    it(`throttles an address after ${THROTTLE.perAddress} failures, whatever the account`, async () => {
      const from = { ip: "233.252.0.9", userAgent: "vitest" };
      for (let i = 0; i < THROTTLE.perAddress; i++) await signInWithPassword(t.db, { username: `doan.${i}`, password: "x" }, from);
      expect(await signInWithPassword(t.db, { username: "still.ok", password: PASSWORD }, from)).toEqual({ ok: false, reason: "throttled" });
      expect((await signInWithPassword(t.db, { username: "still.ok", password: PASSWORD }, { ...from, ip: "233.252.0.10" })).ok).toBe(true);
      expect(await t.db.loginAttempt.count({ where: { ip: from.ip, throttled: true } })).toBe(1);
    });
  });

  describe("own password change", () => {
    it("requires the current password and the policy, then ends every session", async () => {
      const v: Viewer = await viewerOf(t.db, "reset.me");
      await expect(changeOwnPassword(t.db, v, { current: "sai", password: "Moi-Mat-Khau-1", confirm: "Moi-Mat-Khau-1" }, FROM)).rejects.toBeInstanceOf(UserFacingError);
      await expect(changeOwnPassword(t.db, v, { current: PASSWORD, password: "ngan", confirm: "ngan" }, FROM)).rejects.toThrow(/ít nhất 10 ký tự/);
      await expect(changeOwnPassword(t.db, v, { current: PASSWORD, password: "Moi-Mat-Khau-1", confirm: "khac" }, FROM)).rejects.toThrow();
      const before = await t.db.user.findUniqueOrThrow({ where: { id: v.userId } });
      await changeOwnPassword(t.db, v, { current: PASSWORD, password: "Moi-Mat-Khau-1", confirm: "Moi-Mat-Khau-1" }, FROM);
      expect(await loadViewer(t.db, v.userId, before.sessionVersion)).toBeNull();
      expect((await signInWithPassword(t.db, { username: "reset.me", password: "Moi-Mat-Khau-1" }, FROM)).ok).toBe(true);
      const audit = await t.db.auditLog.findMany({ where: { action: "user.password-change", userId: v.userId }, orderBy: { id: "asc" } });
      expect(audit.map((a) => a.outcome)).toEqual(["FAILED", "SUCCESS"]);
      expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain("Moi-Mat-Khau-1");
    });
  });

  describe("OpenID Connect", () => {
    const config = { usernameClaim: "preferred_username" };

    it("links an existing user once by the username claim, then recognises the subject; never creates users", async () => {
      const users = await t.db.user.count();
      expect(await matchOidcUser(t.db, { sub: "sso-1", preferred_username: "QuanTri" }, config, FROM)).toMatchObject({ userId: (await viewerOf(t.db, "quantri")).userId });
      expect((await t.db.user.findUniqueOrThrow({ where: { username: "quantri" } })).oidcSubject).toBe("sso-1");
      expect(await matchOidcUser(t.db, { sub: "sso-1" }, config, FROM)).not.toBeNull();
      // another identity claiming the same user name cannot take the linked account over
      expect(await matchOidcUser(t.db, { sub: "sso-2", preferred_username: "quantri" }, config, FROM)).toBeNull();
      expect(await matchOidcUser(t.db, { sub: "sso-3", preferred_username: "nguoi.la" }, config, FROM)).toBeNull();
      expect(await t.db.user.count()).toBe(users);
      const failures = await t.db.auditLog.findMany({ where: { action: "auth.signin", outcome: "FAILED", after: { path: ["method"], equals: "oidc" } } });
      expect(failures).toHaveLength(2);
      expect(await t.db.auditLog.count({ where: { action: "user.oidc-link" } })).toBe(1);
    });

    it("refuses a deactivated user", async () => {
      await t.db.user.update({ where: { username: "daumoi.a.rieng" }, data: { oidcSubject: "sso-9", active: false } });
      expect(await matchOidcUser(t.db, { sub: "sso-9" }, config, FROM)).toBeNull();
    });
  });
});
