import { z } from "zod";
import { db, sqlPool } from "@/lib/db/prisma";
import { jsonError } from "@/lib/api/responses";
import { viewerRoute } from "@/lib/api/viewer-route";
import { tableDownload } from "@/lib/export/table";
import { agencyStakesExport, LeadershipQuery, rankHistoryExport } from "@/lib/services/leadership";

type Context = { params: Promise<{ bang: string }> };
const Format = z.enum(["xlsx", "csv"]).default("xlsx").catch("xlsx");

/**
 * GET /chi-so-766/xuat/xep-hang|co-quan?dinh-dang=xlsx|csv&<the page's state> — the rank history
 * (the province and the compared provinces) or the agencies' points at stake, as the page shows them.
 */
export const GET = viewerRoute<Context>(async (viewer, request, info, { params }) => {
  const { bang } = await params;
  const search = new URL(request.url).searchParams;
  const query = LeadershipQuery.parse({ ...Object.fromEntries(search), "so-sanh": search.getAll("so-sanh") });
  const format = Format.parse(search.get("dinh-dang") ?? undefined);
  if (bang === "xep-hang") {
    const { table, baseName } = await rankHistoryExport(db(), sqlPool(), viewer, query, info);
    return tableDownload(table, format, baseName);
  }
  if (bang === "co-quan") {
    const { table, baseName } = await agencyStakesExport(db(), sqlPool(), viewer, query, info);
    return tableDownload(table, format, baseName);
  }
  return jsonError(404, "Không có bảng này để xuất.");
});
