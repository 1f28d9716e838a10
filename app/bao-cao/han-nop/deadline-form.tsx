"use client";

import { useActionState, useId } from "react";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { setDeadlineAction } from "./actions";

/** The deadline of one window, changed in place (administrators). */
export function DeadlineForm({ period, periodName, dueDate, min }: { period: string; periodName: string; dueDate: string; min: string }) {
  const [state, action, pending] = useActionState(setDeadlineAction, INITIAL_ACTION_STATE);
  const id = useId();
  const error = state.fieldErrors.dueDate?.join(" ") ?? (state.ok ? null : state.message);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="period" value={period} />
      <label htmlFor={`${id}-due`} className="sr-only">Hạn nộp {periodName}</label>
      <input id={`${id}-due`} name="dueDate" type="date" required min={min} defaultValue={dueDate} className="border border-slate-400 rounded px-2 py-1"
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      <button type="submit" disabled={pending} className="border border-brand-600 text-brand-700 rounded px-3 py-1 text-sm disabled:opacity-60">Lưu</button>
      {error ? <span id={`${id}-error`} role="alert" className="text-xs text-red-800">{error}</span> : null}
      {state.ok && state.message ? <span role="status" className="text-xs text-green-800">{state.message}</span> : null}
    </form>
  );
}
