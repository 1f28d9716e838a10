"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { assignRole, createUser, removeRole, resetUserPassword, setUserActive } from "@/lib/services/users";
import { actionError } from "@/lib/errors";
import type { ActionState } from "@/lib/action-state";

const Id = z.coerce.number().int().positive().max(2_147_483_647);
const done = (message: string): ActionState => ({ ok: true, message, fieldErrors: {} });

export async function createUserAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  let id: number;
  try {
    id = await createUser(db(), viewer, Object.fromEntries(form), await currentRequestInfo());
  } catch (error) {
    const typed = (name: string) => String(form.get(name) ?? "");
    return { ...actionError(error), values: { username: typed("username"), fullName: typed("fullName"), email: typed("email") } };
  }
  redirect(`/quan-tri/nguoi-dung/${id}?moi=1`);
}

export async function assignRoleAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const userId = Id.parse(form.get("userId"));
    await assignRole(db(), viewer, userId, { role: form.get("role") ?? undefined, agencyId: form.get("agencyId") ?? undefined, includeSubunits: form.get("includeSubunits") ?? undefined }, await currentRequestInfo());
    revalidatePath(`/quan-tri/nguoi-dung/${userId}`);
    return done("Đã thêm vai trò.");
  } catch (error) {
    return actionError(error);
  }
}

export async function removeRoleAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    await removeRole(db(), viewer, Id.parse(form.get("assignmentId")), await currentRequestInfo());
    revalidatePath("/quan-tri/nguoi-dung", "layout");
    return done("Đã bỏ vai trò.");
  } catch (error) {
    return actionError(error);
  }
}

export async function setUserActiveAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const userId = Id.parse(form.get("userId"));
    const active = z.enum(["1", "0"]).parse(form.get("active")) === "1";
    await setUserActive(db(), viewer, userId, active, await currentRequestInfo());
    revalidatePath(`/quan-tri/nguoi-dung/${userId}`);
    return done(active ? "Đã mở khóa tài khoản." : "Đã khóa tài khoản: mọi phiên đăng nhập của người dùng kết thúc ngay.");
  } catch (error) {
    return actionError(error);
  }
}

export async function resetPasswordAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const userId = Id.parse(form.get("userId"));
    await resetUserPassword(db(), viewer, userId, { password: form.get("password") }, await currentRequestInfo());
    revalidatePath(`/quan-tri/nguoi-dung/${userId}`);
    return done("Đã đặt mật khẩu tạm. Người dùng phải đổi mật khẩu ở lần đăng nhập tới.");
  } catch (error) {
    return actionError(error);
  }
}
