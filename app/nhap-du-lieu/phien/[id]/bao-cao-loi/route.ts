import { jsonError } from "@/lib/api/responses";
import { errorReportResponse, ReportFormat } from "@/lib/api/report-response";
import { viewerRoute } from "@/lib/api/viewer-route";
import { importSessionIssues, serverImportDeps } from "@/lib/services/import-sessions";

type Context = { params: Promise<{ id: string }> };

/** GET /nhap-du-lieu/phien/:id/bao-cao-loi?dang=csv|xlsx — the issues of the session's preview (or result) summary. */
export const GET = viewerRoute<Context>(async (viewer, request, info, { params }) => {
  const found = await importSessionIssues(serverImportDeps(), viewer, (await params).id, info);
  if (!found) return jsonError(404, "Không tìm thấy kết quả kiểm tra của phiên nhập này.");
  const format = ReportFormat.parse(new URL(request.url).searchParams.get("dang") ?? undefined);
  return errorReportResponse(found.session.kind, format, [found.issues], "loi-kiem-tra-tep");
});
