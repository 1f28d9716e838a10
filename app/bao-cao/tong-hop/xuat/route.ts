import { db } from "@/lib/db/prisma";
import { viewerRoute } from "@/lib/api/viewer-route";
import { parsePeriod, periodName } from "@/lib/domain/periods";
import { form06Download } from "@/lib/export/form06-xlsx";
import { consolidatedReport } from "@/lib/services/reports";

/**
 * GET /bao-cao/tong-hop/xuat?ky=2026-Q1[&theo=linhvuc] — the province's consolidated Biểu 06 (from
 * approved agency reports) as XLSX in the official layout: one row per agency (the consolidated
 * version of the form), or per lĩnh vực.
 */
export const GET = viewerRoute(async (viewer, request, info) => {
  const url = new URL(request.url);
  const byField = url.searchParams.get("theo") === "linhvuc";
  const report = await consolidatedReport(db(), viewer, url.searchParams.get("ky") ?? "", info);
  const rows = byField
    ? report.fields.map((f) => ({ label: f.fieldName ? `${f.fieldName} (${f.fieldCode})` : f.fieldCode, cells: f.columns }))
    : report.agencies.map((a) => ({ label: a.agency.name, cells: a.columns }));
  return form06Download(
    {
      periodName: periodName(parsePeriod(report.period, "reporting")),
      windowStart: report.windowStart,
      windowEnd: report.windowEnd,
      reportingUnit: `UBND tỉnh ${viewer.provinceName}`,
      receivingUnit: "Văn phòng Chính phủ",
      rowHeading: byField ? "Lĩnh vực" : "Cơ quan, đơn vị",
      rows,
      statusNote: report.notApproved.length ? `Tổng hợp từ ${report.agencies.length} báo cáo đã duyệt; còn ${report.notApproved.length} cơ quan chưa có báo cáo được duyệt` : undefined,
    },
    `bieu-06-tong-hop-${report.period}${byField ? "-linh-vuc" : ""}`,
  );
});
