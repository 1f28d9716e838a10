"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form-fields";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { API_SCOPE_LABELS, API_SCOPES } from "@/lib/auth/permissions";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export function CreateApiKeyForm() {
  const [state, action, pending] = useActionState(createApiKeyAction, INITIAL_ACTION_STATE);
  return (
    <form action={action} className="space-y-4 max-w-xl rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold">Tạo khóa mới</h2>
      <FormMessage state={state} />
      {state.secret ? (
        <div className="rounded border border-amber-300 bg-amber-50 p-3">
          <label htmlFor="new-key" className="block text-sm font-medium text-amber-900">Khóa API (chỉ hiện một lần)</label>
          <input id="new-key" readOnly value={state.secret} data-testid="new-api-key" className="mt-1 w-full font-mono text-sm border border-amber-300 rounded px-2 py-1 bg-white" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <Field name="name" label="Tên gợi nhớ (hệ thống dùng khóa)" required maxLength={100} errors={state.fieldErrors.name} placeholder="Hệ thống một cửa điện tử VNPT iGate" />
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Quyền của khóa</legend>
        {API_SCOPES.map((scope) => (
          <label key={scope} className="flex items-center gap-2 text-sm mt-1">
            <input type="checkbox" name="scopes" value={scope} /> {API_SCOPE_LABELS[scope]} <code className="text-xs text-slate-500">{scope}</code>
          </label>
        ))}
        {state.fieldErrors.scopes?.length ? <p className="text-sm text-red-800 mt-1">{state.fieldErrors.scopes.join(" ")}</p> : null}
      </fieldset>
      <button type="submit" disabled={pending} className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-2 disabled:opacity-60">
        {pending ? "Đang tạo…" : "Tạo khóa"}
      </button>
    </form>
  );
}

export function RevokeApiKeyForm({ id, label }: { id: number; label: string }) {
  const [state, action, pending] = useActionState(revokeApiKeyAction, INITIAL_ACTION_STATE);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`Thu hồi khóa ${label}? Hệ thống đang dùng khóa này sẽ bị từ chối ngay.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="text-red-800 underline disabled:opacity-60" aria-label={`Thu hồi khóa ${label}`}>
        Thu hồi
      </button>
      {state.message && !state.ok ? <span className="block text-xs text-red-800">{state.message}</span> : null}
    </form>
  );
}
