import { jsonError, UNAUTHENTICATED } from "@/lib/api/responses";
import { importSessionProgress } from "@/lib/services/import-sessions";

/**
 * GET /nhap-du-lieu/phien/:id/tien-do — progress of the session's job, from memory: no database
 * query, so it answers while an import holds the embedded database (see lib/services/import-sessions.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const progress = await importSessionProgress(request, (await params).id);
  if (progress === "unauthenticated") return UNAUTHENTICATED();
  if (!progress) return jsonError(404, "Không tìm thấy phiên nhập dữ liệu.");
  return Response.json(progress, { headers: { "cache-control": "no-store" } });
}
