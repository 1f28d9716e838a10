import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/auth/load-viewer";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { assignRole, createUser, getUser, listUsers, removeRole, resetUserPassword, setUserActive, UserListQuery } from "@/lib/services/users";
import { UserFacingError } from "@/lib/errors";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewers";

const FROM = { ip: "203.0.113.9", userAgent: "vitest" };
const TEMP = "Tam-Thoi-2026";

describe.each(DB_KINDS)("user administration on %s", (kind) => {
  let t: TestDb;
  let admin: Viewer;
  let agencyId: number;
  let foreignAgencyId: number;

  beforeAll(async () => {
    t = await openTestDb(kind);
    const province = await t.db.province.create({ data: { code: "HU", name: "Tỉnh U" } });
    const other = await t.db.province.create({ data: { code: "HV", name: "Tỉnh V" } });
    agencyId = (await t.db.agency.create({ data: { provinceId: province.id, code: "SO1", name: "Sở Một", level: "SO" } })).id;
    foreignAgencyId = (await t.db.agency.create({ data: { provinceId: other.id, code: "SO9", name: "Sở Chín", level: "SO" } })).id;
    const u = await t.db.user.create({ data: { username: "quantri", fullName: "Quản trị", provinceId: province.id } });
    await t.db.roleAssignment.create({ data: { userId: u.id, role: "ADMIN", provinceId: province.id } });
    await t.db.user.create({ data: { username: "tinh.khac", fullName: "Người tỉnh khác", provinceId: other.id } });
    admin = await viewerOf(t.db, "quantri");
  });
  afterAll(async () => {
    await t?.close();
  });

  it("creates a user with a temporary password to change, audited without any secret", async () => {
    await expect(createUser(t.db, admin, { username: "Nguyen.A", fullName: "Nguyễn A", password: "ngan" }, FROM)).rejects.toThrow(/ít nhất 10 ký tự/);
    await expect(createUser(t.db, admin, { username: "có dấu", fullName: "X Y", password: TEMP }, FROM)).rejects.toThrow(/Tên đăng nhập gồm/);
    const id = await createUser(t.db, admin, { username: " Nguyen.A ", fullName: "Nguyễn A", email: "", password: TEMP }, FROM);
    const user = await t.db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ username: "nguyen.a", mustChangePassword: true, active: true, email: null });
    await expect(createUser(t.db, admin, { username: "nguyen.a", fullName: "Trùng", password: TEMP }, FROM)).rejects.toThrow(/đã có người dùng/);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "user.create", entityId: String(id) } });
    expect(audit.after).toMatchObject({ username: "nguyen.a", roles: [] });
    expect(JSON.stringify(audit.after)).not.toMatch(/scrypt|Tam-Thoi/);
    const signIn = await signInWithPassword(t.db, { username: "nguyen.a", password: TEMP }, FROM);
    expect(signIn.ok).toBe(true);
    if (signIn.ok) expect((await loadViewer(t.db, signIn.userId, signIn.sessionVersion))?.mustChangePassword).toBe(true);
  });

  it("assigns roles with a valid scope only, recording before and after", async () => {
    const id = (await t.db.user.findUniqueOrThrow({ where: { username: "nguyen.a" } })).id;
    await expect(assignRole(t.db, admin, id, { role: "FOCAL" }, FROM)).rejects.toThrow(/cần chọn cơ quan/);
    await expect(assignRole(t.db, admin, id, { role: "OFFICE", agencyId: String(agencyId) }, FROM)).rejects.toThrow(/toàn tỉnh/);
    await expect(assignRole(t.db, admin, id, { role: "FOCAL", agencyId: String(foreignAgencyId) }, FROM)).rejects.toThrow(/Không tìm thấy cơ quan/);
    await expect(assignRole(t.db, admin, id, { role: "ROOT" }, FROM)).rejects.toThrow();
    await assignRole(t.db, admin, id, { role: "FOCAL", agencyId: String(agencyId), includeSubunits: "on" }, FROM);
    await expect(assignRole(t.db, admin, id, { role: "FOCAL", agencyId: String(agencyId) }, FROM)).rejects.toThrow(/đã có vai trò/);
    const viewer = await viewerOf(t.db, "nguyen.a");
    expect([...viewer.focalAgencyIds]).toEqual([agencyId]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "user.role-assign", entityId: String(id) } });
    expect(audit.before).toMatchObject({ roles: [] });
    expect(audit.after).toMatchObject({ roles: [{ role: "FOCAL", agencyId, includeSubunits: true }] });
    // removal
    const assignment = await t.db.roleAssignment.findFirstOrThrow({ where: { userId: id } });
    await removeRole(t.db, admin, assignment.id, FROM);
    expect((await viewerOf(t.db, "nguyen.a")).roles).toEqual([]);
  });

  it("deactivation ends sessions at once; reactivation needs a new sign-in", async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { username: "nguyen.a" } });
    expect(await loadViewer(t.db, user.id, user.sessionVersion)).not.toBeNull();
    await setUserActive(t.db, admin, user.id, false, FROM);
    expect(await loadViewer(t.db, user.id, user.sessionVersion)).toBeNull();
    expect((await signInWithPassword(t.db, { username: "nguyen.a", password: TEMP }, FROM)).ok).toBe(false);
    await expect(setUserActive(t.db, admin, user.id, false, FROM)).rejects.toThrow(/đã bị khóa/);
    await setUserActive(t.db, admin, user.id, true, FROM);
    // the session issued before the deactivation stays dead
    expect(await loadViewer(t.db, user.id, user.sessionVersion)).toBeNull();
    expect((await signInWithPassword(t.db, { username: "nguyen.a", password: TEMP }, FROM)).ok).toBe(true);
    const actions = (await t.db.auditLog.findMany({ where: { entityId: String(user.id), action: { in: ["user.deactivate", "user.reactivate"] } }, orderBy: { id: "asc" } }))
      .map((a) => [a.action, a.before, a.after]);
    expect(actions).toEqual([["user.deactivate", { active: true }, { active: false }], ["user.reactivate", { active: false }, { active: true }]]);
  });

  it("resets a password: old sessions end, the new one must be changed", async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { username: "nguyen.a" } });
    await t.db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
    await expect(resetUserPassword(t.db, admin, user.id, { password: "Nguyen.A-2026x" }, FROM)).rejects.toThrow(/chứa tên đăng nhập/);
    await resetUserPassword(t.db, admin, user.id, { password: "Dat-Lai-2026" }, FROM);
    expect(await loadViewer(t.db, user.id, user.sessionVersion)).toBeNull();
    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(true);
    expect((await signInWithPassword(t.db, { username: "nguyen.a", password: TEMP }, FROM)).ok).toBe(false);
    expect((await signInWithPassword(t.db, { username: "nguyen.a", password: "Dat-Lai-2026" }, FROM)).ok).toBe(true);
  });

  it("keeps one active admin and never lets admins lock themselves out", async () => {
    await expect(setUserActive(t.db, admin, admin.userId, false, FROM)).rejects.toThrow(/tự khóa/);
    const own = await t.db.roleAssignment.findFirstOrThrow({ where: { userId: admin.userId, role: "ADMIN" } });
    await expect(removeRole(t.db, admin, own.id, FROM)).rejects.toThrow(/quản trị viên cuối cùng/);
    expect(await t.db.roleAssignment.count({ where: { userId: admin.userId } })).toBe(1);
  });

  it("works within the admin's province only", async () => {
    const foreign = await t.db.user.findUniqueOrThrow({ where: { username: "tinh.khac" } });
    expect(await getUser(t.db, admin, foreign.id, FROM)).toBeNull();
    await expect(setUserActive(t.db, admin, foreign.id, false, FROM)).rejects.toBeInstanceOf(UserFacingError);
    await expect(resetUserPassword(t.db, admin, foreign.id, { password: "Dat-Lai-2026" }, FROM)).rejects.toBeInstanceOf(UserFacingError);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: foreign.id } })).active).toBe(true);
    const list = await listUsers(t.db, admin, UserListQuery.parse({}), FROM);
    expect(list.rows.map((u) => u.username)).toEqual(["nguyen.a", "quantri"]);
  });

  it("filters and pages the list from URL parameters", async () => {
    for (let i = 0; i < 30; i++) await t.db.user.create({ data: { username: `can.bo.${String(i).padStart(2, "0")}`, fullName: `Cán bộ ${i}`, provinceId: admin.provinceId, active: i % 2 === 0 } });
    const page1 = await listUsers(t.db, admin, UserListQuery.parse({ q: "can.bo" }), FROM);
    expect(page1.total).toBe(30);
    expect(page1.rows).toHaveLength(25);
    const page2 = await listUsers(t.db, admin, UserListQuery.parse({ q: "CÁN BỘ", trang: "2" }), FROM);
    expect(page2.rows.map((u) => u.username)).toEqual(["can.bo.25", "can.bo.26", "can.bo.27", "can.bo.28", "can.bo.29"]);
    expect((await listUsers(t.db, admin, UserListQuery.parse({ q: "can.bo", trangthai: "da-khoa" }), FROM)).total).toBe(15);
    expect((await listUsers(t.db, admin, UserListQuery.parse({ vaitro: "ADMIN" }), FROM)).rows.map((u) => u.username)).toEqual(["quantri"]);
    expect(UserListQuery.parse({ vaitro: "ROOT", trangthai: "x", trang: "-1" })).toMatchObject({ vaitro: undefined, trangthai: "tat-ca", trang: 1 });
  });

  it("refuses everything to non-admins and records each attempt", async () => {
    const focal = await viewerOf(t.db, "nguyen.a");
    const attempts = [
      () => listUsers(t.db, focal, UserListQuery.parse({}), FROM),
      () => createUser(t.db, focal, { username: "lau", fullName: "Lậu", password: TEMP }, FROM),
      () => assignRole(t.db, focal, focal.userId, { role: "ADMIN" }, FROM),
      () => setUserActive(t.db, focal, admin.userId, false, FROM),
      () => resetUserPassword(t.db, focal, admin.userId, { password: "Chiem-Quyen-2026" }, FROM),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
    const denied = await t.db.auditLog.findMany({ where: { action: "auth.denied", userId: focal.userId }, orderBy: { id: "asc" } });
    expect(denied.map((d) => (d.after as { attempted: string }).attempted)).toEqual(["user.list", "user.create", "user.role-assign", "user.deactivate", "user.password-reset"]);
    expect(await t.db.roleAssignment.count({ where: { userId: focal.userId } })).toBe(0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: admin.userId } })).active).toBe(true);
  });
});
