import { jsonError } from "@/lib/api/responses";
import { viewerRoute } from "@/lib/api/viewer-route";
import { cancelImportSession, getImportSession, serverImportDeps } from "@/lib/services/import-sessions";

type Context = { params: Promise<{ id: string }> };
const NOT_FOUND = "Không tìm thấy phiên nhập dữ liệu (đã hủy, đã hết hạn sau một giờ không dùng, hoặc của người khác).";

/** GET /nhap-du-lieu/phien/:id — the session: file, state, progress, preview and result summaries. */
export const GET = viewerRoute<Context>(async (viewer, _request, info, { params }) => {
  const session = await getImportSession(serverImportDeps(), viewer, (await params).id, info);
  return session ? Response.json(session, { headers: { "cache-control": "no-store" } }) : jsonError(404, NOT_FOUND);
});

/** DELETE /nhap-du-lieu/phien/:id — cancels (or closes) the session; its temporary file is deleted. */
export const DELETE = viewerRoute<Context>(async (viewer, _request, info, { params }) => {
  const cancelled = await cancelImportSession(serverImportDeps(), viewer, (await params).id, info);
  return cancelled ? new Response(null, { status: 204 }) : jsonError(404, NOT_FOUND);
}, { mutating: true });
