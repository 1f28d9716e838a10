"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db, sqlPool } from "@/lib/db/prisma";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { actionError } from "@/lib/errors";
import type { ActionState } from "@/lib/action-state";
import { openDraft } from "@/lib/services/reports";

/** "Lập báo cáo": the agency's report of the window, created pre-filled from the one-stop data when it does not exist yet. */
export async function openDraftAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  let reportId: number;
  try {
    const view = await openDraft(db(), sqlPool(), viewer, { agencyId: Number(form.get("agencyId")), period: String(form.get("period") ?? "") }, await currentRequestInfo());
    reportId = view.report.id;
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/bao-cao", "layout");
  redirect(`/bao-cao/${reportId}`);
}
