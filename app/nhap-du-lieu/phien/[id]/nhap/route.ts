import { jsonError } from "@/lib/api/responses";
import { viewerRoute } from "@/lib/api/viewer-route";
import { confirmImport, serverImportDeps } from "@/lib/services/import-sessions";

type Context = { params: Promise<{ id: string }> };

/** POST /nhap-du-lieu/phien/:id/nhap {"sha256"} — imports the file the session previewed. */
export const POST = viewerRoute<Context>(async (viewer, request, info, { params }) => {
  // a body that is not JSON fails the service's validation (400)
  const input: unknown = await request.json().catch(() => null);
  const session = await confirmImport(serverImportDeps(), viewer, (await params).id, input, info);
  return session ? Response.json(session, { status: 202, headers: { "cache-control": "no-store" } }) : jsonError(404, "Không tìm thấy phiên nhập dữ liệu.");
}, { mutating: true });
