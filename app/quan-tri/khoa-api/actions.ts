"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { createApiKey, revokeApiKey } from "@/lib/auth/api-keys";
import { actionError } from "@/lib/errors";
import type { ActionState } from "@/lib/action-state";

export async function createApiKeyAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const created = await createApiKey(db(), viewer, { name: form.get("name"), scopes: form.getAll("scopes") }, await currentRequestInfo());
    revalidatePath("/quan-tri/khoa-api");
    return { ok: true, message: `Đã tạo khóa ${created.keyPrefix}…. Sao chép khóa dưới đây ngay: khóa chỉ hiện một lần.`, fieldErrors: {}, secret: created.key };
  } catch (error) {
    return actionError(error);
  }
}

export async function revokeApiKeyAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    await revokeApiKey(db(), viewer, z.coerce.number().int().positive().parse(form.get("id")), await currentRequestInfo());
    revalidatePath("/quan-tri/khoa-api");
    return { ok: true, message: "Đã thu hồi khóa.", fieldErrors: {} };
  } catch (error) {
    return actionError(error);
  }
}
