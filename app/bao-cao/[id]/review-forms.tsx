"use client";

// The office's decisions on a report (return with a reason, approve, reopen with a reason,
// reconcile again) and the answer to a finding (explain with text, mark corrected, reopen).
import { useActionState, useId } from "react";
import { FormMessage } from "@/components/form-fields";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/action-state";
import { approveReportAction, reconcileReportAction, reopenReportAction, resolveFindingAction, returnReportAction } from "./actions";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

function ReasonForm({ action, reportId, version, title, hint, button, testId }: { action: Action; reportId: number; version: number; title: string; hint: string; button: string; testId: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_ACTION_STATE);
  const id = useId();
  const errors = state.fieldErrors.reason;
  return (
    <form action={formAction} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <h3 className="font-semibold">{title}</h3>
      <FormMessage state={state} testId={`${testId}-message`} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <label htmlFor={`${id}-reason`} className="block text-sm font-medium text-slate-700">Lý do (bắt buộc)</label>
      <textarea id={`${id}-reason`} name="reason" required minLength={5} maxLength={2000} rows={3}
        aria-invalid={errors?.length ? true : undefined} aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ""}`}
        className="w-full border border-slate-400 rounded px-2 py-1" />
      <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p>
      {errors?.length ? <p id={`${id}-error`} className="text-sm text-red-800">{errors.join(" ")}</p> : null}
      <button type="submit" disabled={pending} className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5 disabled:opacity-60">{pending ? "Đang xử lý…" : button}</button>
    </form>
  );
}

export function ReturnForm({ reportId, version }: { reportId: number; version: number }) {
  return <ReasonForm action={returnReportAction} reportId={reportId} version={version} testId="return-form" title="Trả lại cho cơ quan"
    hint="Nêu rõ các số cần sửa hoặc giải trình; cơ quan thấy lý do này khi mở báo cáo." button="Trả lại báo cáo" />;
}

export function ReopenForm({ reportId, version }: { reportId: number; version: number }) {
  return <ReasonForm action={reopenReportAction} reportId={reportId} version={version} testId="reopen-form" title="Mở lại báo cáo đã duyệt"
    hint="Báo cáo sẽ được trả về cơ quan để sửa và ra khỏi báo cáo tổng hợp cho đến khi được duyệt lại. Việc mở lại được ghi nhật ký." button="Mở lại báo cáo" />;
}

function ButtonForm({ action, reportId, version, title, button, testId, hint }: { action: Action; reportId: number; version: number; title: string; button: string; testId: string; hint: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <h3 className="font-semibold">{title}</h3>
      <FormMessage state={state} testId={`${testId}-message`} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-slate-600">{hint}</p>
      <button type="submit" disabled={pending} className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5 disabled:opacity-60">{pending ? "Đang xử lý…" : button}</button>
    </form>
  );
}

export function ApproveForm({ reportId, version, openFindings }: { reportId: number; version: number; openFindings: number }) {
  return <ButtonForm action={approveReportAction} reportId={reportId} version={version} testId="approve-form" title="Duyệt" button="Duyệt báo cáo"
    hint={`Duyệt sẽ khóa báo cáo (không sửa được nữa) và đưa vào báo cáo tổng hợp của tỉnh.${openFindings ? ` Lưu ý: còn ${openFindings} chênh lệch chưa xử lý.` : ""}`} />;
}

export function ReconcileForm({ reportId, version }: { reportId: number; version: number }) {
  return <ButtonForm action={reconcileReportAction} reportId={reportId} version={version} testId="reconcile-form" title="Đối chiếu với Hệ thống một cửa" button="Đối chiếu lại"
    hint="So sánh lại từng ô của báo cáo với số liệu hiện tại của Hệ thống một cửa; các giải trình của ô không đổi được giữ nguyên." />;
}

/** Explain a finding with text, mark it corrected, or open it again. */
export function FindingForm({ findingId, status, explanation, label }: { findingId: number; status: "OPEN" | "EXPLAINED" | "CORRECTED"; explanation: string | null; label: string }) {
  const [state, formAction, pending] = useActionState(resolveFindingAction, INITIAL_ACTION_STATE);
  const id = useId();
  const errors = state.fieldErrors.explanation;
  return (
    <form action={formAction} className="space-y-1 min-w-64" data-testid="finding-form">
      <input type="hidden" name="findingId" value={findingId} />
      <label htmlFor={`${id}-text`} className="sr-only">Giải trình {label}</label>
      <textarea id={`${id}-text`} name="explanation" rows={2} maxLength={2000} defaultValue={explanation ?? ""} placeholder="Nguyên nhân, giải trình…"
        aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${id}-error` : undefined}
        className="w-full border border-slate-400 rounded px-2 py-1 text-xs" />
      {errors?.length ? <p id={`${id}-error`} className="text-xs text-red-800">{errors.join(" ")}</p> : null}
      {state.message ? <p className={`text-xs ${state.ok ? "text-green-800" : "text-red-800"}`} role="status">{state.message}</p> : null}
      <div className="flex flex-wrap gap-1">
        <button type="submit" name="status" value="EXPLAINED" disabled={pending} className="border border-brand-600 text-brand-700 rounded px-2 py-0.5 text-xs">Lưu giải trình</button>
        {status !== "CORRECTED" ? <button type="submit" name="status" value="CORRECTED" disabled={pending} className="border border-slate-400 rounded px-2 py-0.5 text-xs">Đánh dấu đã sửa</button> : null}
        {status !== "OPEN" ? <button type="submit" name="status" value="OPEN" disabled={pending} className="border border-slate-400 rounded px-2 py-0.5 text-xs">Mở lại</button> : null}
      </div>
    </form>
  );
}
