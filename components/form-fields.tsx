// Accessible form pieces shared by the application's forms: a label for every field, errors tied
// to their field (aria-invalid, aria-describedby), one live region for the form's message.
import type { InputHTMLAttributes, ReactNode } from "react";
import type { ActionState } from "@/lib/action-state";

export function Field({ name, label, errors, hint, ...input }: { name: string; label: string; errors?: string[]; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const describedBy = [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">{label}</label>
      <input
        id={name} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy}
        className="mt-1 w-full max-w-md border border-slate-400 rounded px-3 py-1.5 bg-white"
        {...input}
      />
      {hint ? <p id={`${name}-hint`} className="text-xs text-slate-500 mt-1">{hint}</p> : null}
      {errors?.length ? <p id={`${name}-error`} className="text-sm text-red-800 mt-1">{errors.join(" ")}</p> : null}
    </div>
  );
}

export function FormMessage({ state, testId = "form-message" }: { state: ActionState; testId?: string }): ReactNode {
  return (
    <div aria-live="polite">
      {state.message ? (
        <p data-testid={testId} className={`rounded px-3 py-2 text-sm border ${state.ok ? "bg-green-50 border-green-200 text-green-900" : "bg-red-50 border-red-200 text-red-900"}`}>
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
