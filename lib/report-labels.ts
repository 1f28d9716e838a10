// Vietnamese names of a report's workflow states, shared by the report pages (client-safe).
import type { ReportStatusName } from "@/lib/auth/permissions";
import type { Timeliness } from "@/lib/domain/report-deadline";

export const REPORT_STATUS_LABELS: Record<ReportStatusName, string> = {
  DRAFT: "Bản nháp",
  SUBMITTED: "Đã gửi, chờ duyệt",
  RETURNED: "Bị trả lại",
  APPROVED: "Đã duyệt (khóa)",
};

/** Badge colours with enough contrast on white (WCAG AA for small text). */
export const REPORT_STATUS_STYLES: Record<ReportStatusName | "NONE", string> = {
  NONE: "bg-slate-100 text-slate-800 border-slate-300",
  DRAFT: "bg-slate-100 text-slate-800 border-slate-300",
  SUBMITTED: "bg-blue-50 text-blue-900 border-blue-200",
  RETURNED: "bg-amber-50 text-amber-900 border-amber-300",
  APPROVED: "bg-green-50 text-green-900 border-green-200",
};

export const TIMELINESS_STYLES: Record<Timeliness, string> = {
  on_time: "text-green-800",
  late: "text-amber-800",
  missing: "text-red-800 font-semibold",
  pending: "text-slate-700",
};

export const NOT_STARTED_LABEL = "Chưa lập";
