"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db/prisma";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { changeOwnPassword } from "@/lib/services/users";
import { actionError } from "@/lib/errors";
import type { ActionState } from "@/lib/action-state";

export async function changeOwnPasswordAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer({ allowPasswordChange: true });
  try {
    await changeOwnPassword(db(), viewer, Object.fromEntries(form), await currentRequestInfo());
  } catch (error) {
    return actionError(error);
  }
  // every session of the user ended with the change: sign in again with the new password
  redirect("/dang-nhap?thongbao=doi-mat-khau");
}
