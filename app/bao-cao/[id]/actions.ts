"use server";

// The report page's server actions: thin — Zod-parse at the service's boundary, call the service
// (which authorizes by the report's own agency and audits in the same transaction), answer a
// typed state with a Vietnamese message.
import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { db, sqlPool } from "@/lib/db/prisma";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { ForbiddenError } from "@/lib/auth/permissions";
import { actionError, GENERIC_ERROR, UserFacingError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { ActionState } from "@/lib/action-state";
import { stateFromIssues, type ReportActionState } from "@/lib/report-grid";
import {
  approveReport, reconcileReport, reopenReport, ReportConflictError, resolveFinding, returnReport, saveDraft, SaveDraftInput, submitReport,
} from "@/lib/services/reports";

function reportActionError(error: unknown): ReportActionState {
  const base = { ok: false, conflict: false, cellErrors: {}, formErrors: [] };
  if (error instanceof ReportConflictError) return { ...base, conflict: true, message: error.message };
  if (error instanceof ZodError) return stateFromIssues(error.issues, "Báo cáo chưa hợp lệ: xem các ô được đánh dấu.");
  if (error instanceof ForbiddenError || error instanceof UserFacingError) return { ...base, message: error.message };
  log.error({ err: error }, "report action failed");
  return { ...base, message: GENERIC_ERROR };
}

/** The report pages (list, report, reconciliation, consolidation) show the change on their next render. */
function refresh() {
  revalidatePath("/bao-cao", "layout");
}

/** "Lưu nháp": the rows as typed, if nobody saved the report since this form's version. */
export async function saveReportAction(input: unknown): Promise<ReportActionState> {
  const viewer = await requireViewer();
  try {
    const data = SaveDraftInput.parse(input);
    const saved = await saveDraft(db(), viewer, data, await currentRequestInfo());
    refresh();
    return { ok: true, conflict: false, cellErrors: {}, formErrors: [], version: saved.version, message: "Đã lưu bản nháp." };
  } catch (error) {
    return reportActionError(error);
  }
}

/** "Gửi báo cáo": saved with the rows as typed, checked against the identities, reconciled. */
export async function submitReportAction(input: unknown): Promise<ReportActionState> {
  const viewer = await requireViewer();
  try {
    const data = SaveDraftInput.parse(input);
    const saved = await submitReport(db(), sqlPool(), viewer, data, await currentRequestInfo());
    refresh();
    const findings = saved.findings ? ` Đối chiếu với Hệ thống một cửa: ${saved.findings} điểm chênh lệch cần giải trình hoặc sửa.` : " Số liệu khớp Hệ thống một cửa.";
    return { ok: true, conflict: false, cellErrors: {}, formErrors: [], version: saved.version, message: `Đã gửi báo cáo tới Văn phòng UBND tỉnh.${findings}` };
  } catch (error) {
    return reportActionError(error);
  }
}

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

async function review(form: FormData, work: (reportId: number) => Promise<unknown>, done: string): Promise<ActionState> {
  try {
    const reportId = Number(field(form, "reportId"));
    await work(reportId);
    refresh();
    return { ok: true, message: done, fieldErrors: {} };
  } catch (error) {
    if (error instanceof ReportConflictError) return { ok: false, message: error.message, fieldErrors: {} };
    return actionError(error);
  }
}

export async function returnReportAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  return review(form, async (reportId) => returnReport(db(), viewer, { reportId, version: field(form, "version"), reason: field(form, "reason") ?? "" }, await currentRequestInfo()),
    "Đã trả lại báo cáo cho cơ quan kèm lý do.");
}

export async function approveReportAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  return review(form, async (reportId) => approveReport(db(), viewer, { reportId, version: field(form, "version") }, await currentRequestInfo()),
    "Đã duyệt báo cáo: báo cáo đã khóa và được đưa vào báo cáo tổng hợp của tỉnh.");
}

export async function reopenReportAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  return review(form, async (reportId) => reopenReport(db(), viewer, { reportId, version: field(form, "version"), reason: field(form, "reason") ?? "" }, await currentRequestInfo()),
    "Đã mở lại báo cáo: cơ quan có thể chỉnh sửa và gửi lại.");
}

export async function reconcileReportAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  return review(form, async (reportId) => reconcileReport(db(), sqlPool(), viewer, reportId, await currentRequestInfo()),
    "Đã đối chiếu lại với Hệ thống một cửa.");
}

export async function resolveFindingAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const status = field(form, "status");
    const finding = await resolveFinding(db(), viewer, { findingId: Number(field(form, "findingId")), status: status as "OPEN", explanation: field(form, "explanation") }, await currentRequestInfo());
    refresh();
    return { ok: true, message: finding.status === "EXPLAINED" ? "Đã lưu giải trình." : finding.status === "CORRECTED" ? "Đã đánh dấu đã sửa." : "Đã mở lại phát hiện.", fieldErrors: {} };
  } catch (error) {
    return actionError(error);
  }
}
