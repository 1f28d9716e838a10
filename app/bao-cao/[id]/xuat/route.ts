import { db, sqlPool } from "@/lib/db/prisma";
import { viewerRoute } from "@/lib/api/viewer-route";
import { jsonError } from "@/lib/api/responses";
import { parsePeriod, periodName } from "@/lib/domain/periods";
import { form06Download } from "@/lib/export/form06-xlsx";
import { REPORT_STATUS_LABELS } from "@/lib/report-labels";
import { getReport } from "@/lib/services/reports";

/** GET /bao-cao/:id/xuat — the report as XLSX in the official Biểu 06 layout (whoever may read the report). */
export const GET = viewerRoute<{ params: Promise<{ id: string }> }>(async (viewer, _request, info, { params }) => {
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) return jsonError(404, "Không tìm thấy báo cáo.");
  const view = await getReport(db(), sqlPool(), viewer, id, info);
  const { report } = view;
  return form06Download(
    {
      periodName: periodName(parsePeriod(report.period, "reporting")),
      windowStart: report.windowStart,
      windowEnd: report.windowEnd,
      reportingUnit: report.agency.name,
      receivingUnit: `Văn phòng UBND tỉnh ${viewer.provinceName}`,
      rowHeading: "Lĩnh vực",
      rows: view.rows.map((r) => ({ label: r.fieldName ? `${r.fieldName} (${r.fieldCode})` : r.fieldCode, cells: r, comments: r.comments })),
      // a report not yet approved says so on the sheet, so that nobody files it by mistake
      statusNote: report.status === "APPROVED" ? undefined : `Bản chưa được Văn phòng UBND tỉnh duyệt — trạng thái: ${REPORT_STATUS_LABELS[report.status]}`,
    },
    `bieu-06-${report.agency.code.replace(/[^A-Za-z0-9.-]/g, "_")}-${report.period}`,
  );
});
