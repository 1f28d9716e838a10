"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/prisma";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { actionError } from "@/lib/errors";
import type { ActionState } from "@/lib/action-state";
import { formatIsoDate } from "@/lib/domain/periods";
import { setDeadline } from "@/lib/services/reports";

export async function setDeadlineAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const saved = await setDeadline(db(), viewer, { period: String(form.get("period") ?? ""), dueDate: String(form.get("dueDate") ?? "") }, await currentRequestInfo());
    revalidatePath("/bao-cao", "layout");
    return { ok: true, message: `Đã đặt hạn nộp kỳ ${saved.period}: ${formatIsoDate(saved.dueDate)}.`, fieldErrors: {} };
  } catch (error) {
    return actionError(error);
  }
}
