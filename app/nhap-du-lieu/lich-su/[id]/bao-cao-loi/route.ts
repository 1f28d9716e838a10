import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { jsonError } from "@/lib/api/responses";
import { errorReportResponse, ReportFormat } from "@/lib/api/report-response";
import { viewerRoute } from "@/lib/api/viewer-route";
import { exportImportIssues } from "@/lib/services/import-history";

type Context = { params: Promise<{ id: string }> };
const BatchId = z.coerce.number().int().positive().max(2_147_483_647);
const NOT_FOUND = "Không tìm thấy lô nhập dữ liệu.";

/** GET /nhap-du-lieu/lich-su/:id/bao-cao-loi?dang=csv|xlsx — every rejected record and warning of a batch (import_row_error). */
export const GET = viewerRoute<Context>(async (viewer, request, info, { params }) => {
  const id = BatchId.safeParse((await params).id);
  if (!id.success) return jsonError(404, NOT_FOUND);
  const found = await exportImportIssues(db(), viewer, id.data, info);
  if (!found || !found.batch.kind) return jsonError(404, NOT_FOUND);
  const format = ReportFormat.parse(new URL(request.url).searchParams.get("dang") ?? undefined);
  return errorReportResponse(found.batch.kind, format, found.chunks, `loi-nhap-lo-${id.data}`);
});
