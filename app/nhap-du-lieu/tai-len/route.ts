import { viewerRoute } from "@/lib/api/viewer-route";
import { serverImportDeps, startImportSession } from "@/lib/services/import-sessions";

// The request body is streamed to a temporary file: this path is left out of proxy.ts's matcher,
// which would otherwise buffer (and cut at 10 MB) the body of every request it sees.

/** POST /nhap-du-lieu/tai-len (multipart: kind, file) — receives an upload and starts its preview. */
export const POST = viewerRoute(async (viewer, request, info) => {
  const session = await startImportSession(serverImportDeps(), viewer, request, info);
  return Response.json(session, { status: 202, headers: { "cache-control": "no-store" } });
}, { mutating: true });
