"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/prisma";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { createPenaltyRuleSet, PENALTY_LEVELS } from "@/lib/services/penalty-rules";
import { actionError } from "@/lib/errors";
import type { ActionState } from "@/lib/action-state";

export async function createPenaltyRuleSetAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const rules = PENALTY_LEVELS.filter((level) => form.get(`enabled-${level}`) === "on").map((level) => ({
      level, thresholdPercent: form.get(`threshold-${level}`), points: form.get(`points-${level}`),
    }));
    await createPenaltyRuleSet(db(), viewer, { validFrom: form.get("validFrom"), note: form.get("note"), rules }, await currentRequestInfo());
    revalidatePath("/quan-tri/nguong-tru-diem");
    return { ok: true, message: "Đã lưu phiên bản mới. Các kỳ kết thúc trước ngày áp dụng vẫn tính theo phiên bản cũ.", fieldErrors: {} };
  } catch (error) {
    return actionError(error);
  }
}
