import "server-only";
// Route handlers that serve the application's own pages (downloads, uploads, the import page's
// JSON): the signed-in user's session (401 without), and for mutating requests the same-origin
// check against cross-site request forgery — a forged request is refused (403) and recorded.
import { db } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/auth/permissions";
import { assertSameOrigin, CrossOriginError, requestInfoFrom, type RequestInfo } from "@/lib/auth/request";
import { getViewer } from "@/lib/auth/viewer";
import { recordDenied } from "@/lib/services/audit";
import { handleApi, jsonError, UNAUTHENTICATED } from "./responses";

export function viewerRoute<C>(
  work: (viewer: Viewer, request: Request, info: RequestInfo, context: C) => Promise<Response>,
  options: { mutating?: boolean } = {},
): (request: Request, context: C) => Promise<Response> {
  return (request, context) =>
    handleApi(async () => {
      const viewer = await getViewer();
      if (!viewer || viewer.mustChangePassword) return UNAUTHENTICATED();
      const info = requestInfoFrom(request.headers);
      if (options.mutating) {
        try {
          assertSameOrigin(request);
        } catch (error) {
          if (!(error instanceof CrossOriginError)) throw error;
          await recordDenied(db(), viewer, `${request.method} ${new URL(request.url).pathname}`, info, { detail: { reason: "cross-origin" } });
          return jsonError(403, error.message);
        }
      }
      return work(viewer, request, info, context);
    });
}
