import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblems } from "@/lib/auth/password-policy";
import { canAdminister, ROLES, type RoleName, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { UserFacingError } from "@/lib/errors";
import { auditActor, enforce, writeAudit } from "./audit";

export const ChangeOwnPasswordInput = z
  .object({
    current: z.string().max(200),
    password: z.string().max(200),
    confirm: z.string().max(200),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Mật khẩu nhập lại không khớp." });

/**
 * A user changes their own password (required after an administrator's reset). The current
 * password must be given; every session of the user ends (sign in again with the new one).
 */
export async function changeOwnPassword(db: Db, viewer: Viewer, input: unknown, request: RequestInfo): Promise<void> {
  const data = ChangeOwnPasswordInput.parse(input);
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordHash: true, mustChangePassword: true } });
  if (!user.passwordHash || !(await verifyPassword(data.current, user.passwordHash))) {
    await writeAudit(db, { ...auditActor(viewer, request), action: "user.password-change", entity: "user", entityId: viewer.userId, outcome: "FAILED", after: { reason: "wrong-current-password" } });
    throw new UserFacingError("Mật khẩu hiện tại không đúng.", "current");
  }
  const problems = passwordProblems(data.password, viewer.username);
  if (problems.length) throw new UserFacingError(problems.join(" "), "password");
  if (await verifyPassword(data.password, user.passwordHash)) throw new UserFacingError("Mật khẩu mới phải khác mật khẩu hiện tại.", "password");
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, {
      ...auditActor(viewer, request), action: "user.password-change", entity: "user", entityId: viewer.userId,
      before: { mustChangePassword: user.mustChangePassword }, after: { mustChangePassword: false, sessionsEnded: true },
    });
  });
}

// ───────────────────────────── Administration (ADMIN, own province) ─────────────────────────────

export const USER_PAGE_SIZE = 25;

/** The user list's URL state (?q=&vaitro=&trangthai=&trang=), validated at the boundary. */
export const UserListQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  vaitro: z.enum(ROLES).optional().catch(undefined),
  trangthai: z.enum(["hoat-dong", "da-khoa", "tat-ca"]).default("tat-ca").catch("tat-ca"),
  trang: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export interface RoleRow {
  id: number;
  role: RoleName;
  agencyId: number | null;
  agencyName: string | null;
  includeSubunits: boolean;
}

export interface UserRow {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  active: boolean;
  mustChangePassword: boolean;
  hasOidc: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  roles: RoleRow[];
}

const USERNAME = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, "Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.");

export const CreateUserInput = z.object({
  username: USERNAME,
  fullName: z.string().trim().min(2, "Nhập họ và tên.").max(200),
  email: z.union([z.literal(""), z.email("Thư điện tử không hợp lệ.").max(200)]).optional(),
  password: z.string().max(200),
});

export const AssignRoleInput = z.object({
  role: z.enum(ROLES, { message: "Chọn vai trò." }),
  agencyId: z.union([z.literal(""), z.coerce.number().int().positive()]).optional(),
  includeSubunits: z.union([z.literal("on"), z.boolean()]).optional(),
});

const userSelect = {
  id: true, username: true, fullName: true, email: true, active: true, mustChangePassword: true, oidcSubject: true, lastLoginAt: true, createdAt: true,
  roles: { select: { id: true, role: true, agencyId: true, includeSubunits: true, agency: { select: { name: true } } }, orderBy: { id: "asc" } },
} as const;

type SelectedUser = {
  id: number; username: string; fullName: string; email: string | null; active: boolean; mustChangePassword: boolean; oidcSubject: string | null;
  lastLoginAt: Date | null; createdAt: Date;
  roles: { id: number; role: RoleName; agencyId: number | null; includeSubunits: boolean; agency: { name: string } | null }[];
};

function toRow(u: SelectedUser): UserRow {
  return {
    id: u.id, username: u.username, fullName: u.fullName, email: u.email, active: u.active, mustChangePassword: u.mustChangePassword,
    hasOidc: u.oidcSubject !== null, lastLoginAt: u.lastLoginAt, createdAt: u.createdAt,
    roles: u.roles.map((r) => ({ id: r.id, role: r.role, agencyId: r.agencyId, agencyName: r.agency?.name ?? null, includeSubunits: r.includeSubunits })),
  };
}

/** What the audit trail keeps of a user: never a password or its hash. */
function snapshot(u: UserRow) {
  return {
    username: u.username, fullName: u.fullName, email: u.email, active: u.active, mustChangePassword: u.mustChangePassword,
    roles: u.roles.map((r) => ({ role: r.role, agencyId: r.agencyId, includeSubunits: r.includeSubunits })),
  };
}

async function gate(db: Db, viewer: Viewer, what: string, request: RequestInfo, entityId?: number) {
  await enforce(db, viewer, canAdminister(viewer), what, request, { entity: "user", entityId: entityId ?? null });
}

/** A user of the admin's province, or a "not found" that says nothing about other provinces. */
async function userOfProvince(db: Pick<Db, "user">, viewer: Viewer, userId: number): Promise<UserRow> {
  const user = await db.user.findFirst({ where: { id: userId, provinceId: viewer.provinceId }, select: userSelect });
  if (!user) throw new UserFacingError("Không tìm thấy người dùng.");
  return toRow(user);
}

export async function listUsers(db: Db, viewer: Viewer, query: UserListQuery, request: RequestInfo): Promise<{ rows: UserRow[]; total: number }> {
  await gate(db, viewer, "user.list", request);
  const where = {
    provinceId: viewer.provinceId,
    ...(query.q ? { OR: [{ username: { contains: query.q, mode: "insensitive" as const } }, { fullName: { contains: query.q, mode: "insensitive" as const } }] } : {}),
    ...(query.vaitro ? { roles: { some: { role: query.vaitro, provinceId: viewer.provinceId } } } : {}),
    ...(query.trangthai === "hoat-dong" ? { active: true } : query.trangthai === "da-khoa" ? { active: false } : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({ where, select: userSelect, orderBy: { username: "asc" }, skip: (query.trang - 1) * USER_PAGE_SIZE, take: USER_PAGE_SIZE }),
    db.user.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

export async function getUser(db: Db, viewer: Viewer, userId: number, request: RequestInfo): Promise<UserRow | null> {
  await gate(db, viewer, "user.view", request, userId);
  const user = await db.user.findFirst({ where: { id: userId, provinceId: viewer.provinceId }, select: userSelect });
  return user ? toRow(user) : null;
}

/** Creates a user of the admin's province with a temporary password (to change at first sign-in) and no role yet. */
export async function createUser(db: Db, viewer: Viewer, input: unknown, request: RequestInfo): Promise<number> {
  await gate(db, viewer, "user.create", request);
  const data = CreateUserInput.parse(input);
  const problems = passwordProblems(data.password, data.username);
  if (problems.length) throw new UserFacingError(problems.join(" "), "password");
  if (await db.user.findUnique({ where: { username: data.username }, select: { id: true } })) {
    throw new UserFacingError("Tên đăng nhập này đã có người dùng.", "username");
  }
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { username: data.username, fullName: data.fullName, email: data.email || null, passwordHash, mustChangePassword: true, provinceId: viewer.provinceId },
      select: userSelect,
    });
    await writeAudit(tx, { ...auditActor(viewer, request), action: "user.create", entity: "user", entityId: user.id, after: snapshot(toRow(user)) });
    return user.id;
  });
}

/** Gives a user a role: FOCAL for one agency of the province (and its sub-units if asked), the others province-wide. */
export async function assignRole(db: Db, viewer: Viewer, userId: number, input: unknown, request: RequestInfo): Promise<void> {
  await gate(db, viewer, "user.role-assign", request, userId);
  const data = AssignRoleInput.parse(input);
  const agencyId = data.agencyId === "" || data.agencyId === undefined ? null : data.agencyId;
  if (data.role === "FOCAL" && agencyId === null) throw new UserFacingError("Vai trò đầu mối cần chọn cơ quan, đơn vị.", "agencyId");
  if (data.role !== "FOCAL" && agencyId !== null) throw new UserFacingError("Chỉ vai trò đầu mối gắn với một cơ quan, đơn vị; các vai trò khác áp dụng toàn tỉnh.", "agencyId");
  if (agencyId !== null && !(await db.agency.findUnique({ where: { provinceId_id: { provinceId: viewer.provinceId, id: agencyId } }, select: { id: true } }))) {
    throw new UserFacingError("Không tìm thấy cơ quan, đơn vị.", "agencyId");
  }
  const includeSubunits = data.role === "FOCAL" ? data.includeSubunits === "on" || data.includeSubunits === true : true;
  await db.$transaction(async (tx) => {
    const before = await userOfProvince(tx, viewer, userId);
    if (before.roles.some((r) => r.role === data.role && r.agencyId === agencyId)) throw new UserFacingError("Người dùng đã có vai trò này.");
    await tx.roleAssignment.create({ data: { userId, role: data.role, provinceId: viewer.provinceId, agencyId, includeSubunits } });
    const after = await userOfProvince(tx, viewer, userId);
    await writeAudit(tx, { ...auditActor(viewer, request), action: "user.role-assign", entity: "user", entityId: userId, before: snapshot(before), after: snapshot(after) });
  });
}

/** Active admins of the province other than `except`: there must always remain one. */
async function otherActiveAdmins(db: Pick<Db, "roleAssignment">, viewer: Viewer, except: { userId?: number; assignmentId?: number }): Promise<number> {
  return db.roleAssignment.count({
    where: {
      role: "ADMIN", provinceId: viewer.provinceId, user: { active: true, provinceId: viewer.provinceId },
      ...(except.userId ? { userId: { not: except.userId } } : {}),
      ...(except.assignmentId ? { id: { not: except.assignmentId } } : {}),
    },
  });
}

export async function removeRole(db: Db, viewer: Viewer, assignmentId: number, request: RequestInfo): Promise<void> {
  await gate(db, viewer, "user.role-remove", request);
  await db.$transaction(async (tx) => {
    const assignment = await tx.roleAssignment.findFirst({ where: { id: assignmentId, user: { provinceId: viewer.provinceId } } });
    if (!assignment) throw new UserFacingError("Không tìm thấy vai trò.");
    if (assignment.role === "ADMIN" && (await otherActiveAdmins(tx, viewer, { assignmentId })) === 0) {
      throw new UserFacingError("Không thể bỏ vai trò quản trị của quản trị viên cuối cùng.");
    }
    const before = await userOfProvince(tx, viewer, assignment.userId);
    await tx.roleAssignment.delete({ where: { id: assignmentId } });
    const after = await userOfProvince(tx, viewer, assignment.userId);
    await writeAudit(tx, { ...auditActor(viewer, request), action: "user.role-remove", entity: "user", entityId: assignment.userId, before: snapshot(before), after: snapshot(after) });
  });
}

/** Deactivates (every session ends at once) or reactivates a user. Nobody deactivates themselves. */
export async function setUserActive(db: Db, viewer: Viewer, userId: number, active: boolean, request: RequestInfo): Promise<void> {
  await gate(db, viewer, active ? "user.reactivate" : "user.deactivate", request, userId);
  if (!active && userId === viewer.userId) throw new UserFacingError("Bạn không thể tự khóa tài khoản của mình.");
  await db.$transaction(async (tx) => {
    const before = await userOfProvince(tx, viewer, userId);
    if (before.active === active) throw new UserFacingError(active ? "Tài khoản đang hoạt động." : "Tài khoản đã bị khóa.");
    if (!active && before.roles.some((r) => r.role === "ADMIN") && (await otherActiveAdmins(tx, viewer, { userId })) === 0) {
      throw new UserFacingError("Không thể khóa quản trị viên cuối cùng.");
    }
    await tx.user.update({ where: { id: userId }, data: { active, ...(active ? {} : { sessionVersion: { increment: 1 } }) } });
    await writeAudit(tx, {
      ...auditActor(viewer, request), action: active ? "user.reactivate" : "user.deactivate", entity: "user", entityId: userId,
      before: { active: before.active }, after: { active },
    });
  });
}

/** Sets a temporary password: the user's sessions end and a new password must be chosen at the next sign-in. */
export async function resetUserPassword(db: Db, viewer: Viewer, userId: number, input: unknown, request: RequestInfo): Promise<void> {
  await gate(db, viewer, "user.password-reset", request, userId);
  const { password } = z.object({ password: z.string().max(200) }).parse(input);
  const user = await userOfProvince(db, viewer, userId);
  const problems = passwordProblems(password, user.username);
  if (problems.length) throw new UserFacingError(problems.join(" "), "password");
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, {
      ...auditActor(viewer, request), action: "user.password-reset", entity: "user", entityId: userId,
      before: { mustChangePassword: user.mustChangePassword }, after: { mustChangePassword: true, sessionsEnded: true },
    });
  });
}
