"use client";

import { useActionState } from "react";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { openDraftAction } from "./actions";

/** The button that starts an agency's report of a window (pre-filled from the one-stop data). */
export function OpenDraftForm({ agencyId, period, label }: { agencyId: number; period: string; label: string }) {
  const [state, action, pending] = useActionState(openDraftAction, INITIAL_ACTION_STATE);
  const error = state.message ?? Object.values(state.fieldErrors).flat().join(" ");
  return (
    <form action={action}>
      <input type="hidden" name="agencyId" value={agencyId} />
      <input type="hidden" name="period" value={period} />
      <button type="submit" disabled={pending} className="bg-brand-600 hover:bg-brand-700 text-white rounded px-3 py-1 text-sm disabled:opacity-60" aria-label={label}>
        {pending ? "Đang lập…" : "Lập báo cáo"}
      </button>
      {error ? <p role="alert" className="text-xs text-red-800 mt-1">{error}</p> : null}
    </form>
  );
}
