"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form-fields";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { changeOwnPasswordAction } from "./actions";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changeOwnPasswordAction, INITIAL_ACTION_STATE);
  return (
    <form action={action} className="space-y-4 max-w-md">
      <FormMessage state={state} />
      <Field name="current" label="Mật khẩu hiện tại" type="password" autoComplete="current-password" required errors={state.fieldErrors.current} />
      <Field name="password" label="Mật khẩu mới" type="password" autoComplete="new-password" required errors={state.fieldErrors.password} />
      <Field name="confirm" label="Nhập lại mật khẩu mới" type="password" autoComplete="new-password" required errors={state.fieldErrors.confirm} />
      <button type="submit" disabled={pending} className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-2 disabled:opacity-60">
        {pending ? "Đang lưu…" : "Đổi mật khẩu"}
      </button>
    </form>
  );
}
