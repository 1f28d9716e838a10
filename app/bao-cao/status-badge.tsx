import type { ReportStatusName } from "@/lib/auth/permissions";
import { NOT_STARTED_LABEL, REPORT_STATUS_LABELS, REPORT_STATUS_STYLES } from "@/lib/report-labels";

export function StatusBadge({ status }: { status: ReportStatusName | null }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-xs whitespace-nowrap ${REPORT_STATUS_STYLES[status ?? "NONE"]}`} data-testid="report-status">
      {status ? REPORT_STATUS_LABELS[status] : NOT_STARTED_LABEL}
    </span>
  );
}
