import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { canImport } from "@/lib/auth/permissions";
import { jsonError } from "@/lib/api/responses";
import { downloadResponse, ReportFormat, XLSX_TYPE } from "@/lib/api/report-response";
import { viewerRoute } from "@/lib/api/viewer-route";
import { enforce } from "@/lib/services/audit";
import { IMPORT_KINDS, TEMPLATE_NAMES, templateCsv, templateXlsx } from "@/lib/ingest";

type Context = { params: Promise<{ kind: string }> };

/** GET /nhap-du-lieu/mau/:kind?dang=csv|xlsx — the template of a kind: header row and example rows. */
export const GET = viewerRoute<Context>(async (viewer, request, info, { params }) => {
  await enforce(db(), viewer, canImport(viewer), "import.template", info, { entity: "import_batch" });
  const kind = z.enum(IMPORT_KINDS).safeParse((await params).kind);
  if (!kind.success) return jsonError(404, "Không có mẫu tệp cho loại dữ liệu này.");
  const format = ReportFormat.parse(new URL(request.url).searchParams.get("dang") ?? undefined);
  const name = TEMPLATE_NAMES[kind.data];
  return format === "xlsx"
    ? downloadResponse(new Uint8Array(await templateXlsx(kind.data)), `${name}.xlsx`, XLSX_TYPE)
    : downloadResponse(templateCsv(kind.data), `${name}.csv`, "text/csv; charset=utf-8");
});
