import "server-only";
// POST route handlers through which source systems push records (/api/v1/dossiers, /agencies,
// /procedures): the body is the JSON a one-stop system already sends to the national portal —
// the envelope {"service":"DongBoHoSoMC","data":[…]} or a plain array — imported by the same
// pipeline as the CLI and the web page, so validation and the summary are the same. Retries are
// safe: a body sent twice changes nothing the second time (every record comes back unchanged).
//
// Order of checks: a key (401 without one), the key not revoked and holding the kind's scope
// (403, audited), the body's size while it is read (413) and its syntax (400), then the import
// (200 with the summary, even when records were rejected; 400 when nothing could be read).
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { databaseUrl, db } from "@/lib/db/prisma";
import { resolveApiKey } from "@/lib/auth/api-keys";
import { hasApiScope } from "@/lib/auth/permissions";
import { requestInfoFrom } from "@/lib/auth/request";
import { enforce } from "@/lib/services/audit";
import { IMPORT_API_SCOPES, ImportError, importJsonBody, importLimits, type ImportKind } from "@/lib/ingest";
import { handleApi, jsonError } from "./responses";
import { readJsonBody } from "./json-body";

export interface PushDeps {
  db: Db;
  /** node-postgres URL of the same database, for the import's own connection */
  url: string;
  maxRequestBytes: number;
}

const DryRun = z.enum(["true", "1", "false", "0"]).optional().transform((v) => v === "true" || v === "1");

/** Handles one push of `kind` records. */
export function pushImport(request: Request, kind: ImportKind, deps: PushDeps): Promise<Response> {
  return handleApi(async () => {
    const resolved = await resolveApiKey(request, deps.db);
    if (resolved === null) return jsonError(401, "Chưa xác thực: cần khóa API hợp lệ (Authorization: Bearer <khóa> hoặc X-API-Key: <khóa>).");
    if (resolved === "revoked") return jsonError(403, "Khóa API này đã bị thu hồi: liên hệ quản trị viên hệ thống để được cấp khóa mới.");
    const client = resolved;
    const info = requestInfoFrom(request.headers);
    const scope = IMPORT_API_SCOPES[kind];
    await enforce(deps.db, client, hasApiScope(client, scope), `import.${kind}`, info, { entity: "import_batch", detail: { scope } });
    const url = new URL(request.url);
    const dryRun = DryRun.safeParse(url.searchParams.get("dryRun") ?? undefined);
    if (!dryRun.success) return jsonError(400, "Tham số dryRun chỉ nhận true hoặc false.");
    const body = await readJsonBody(request, deps.maxRequestBytes);
    try {
      const summary = await importJsonBody({ url: deps.url, kind, caller: { source: "API", client, request: info }, body, name: `POST ${url.pathname}`, dryRun: dryRun.data });
      return Response.json(summary, { headers: { "cache-control": "no-store" } });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      return jsonError(error.unreadable ? 400 : 500, error.message, { code: error.code, failedBatchId: error.failedBatchId });
    }
  });
}

/** The route handler of `kind` on the server's own database and limits. */
export function pushRoute(kind: ImportKind): (request: Request) => Promise<Response> {
  return (request) => pushImport(request, kind, { db: db(), url: databaseUrl(), maxRequestBytes: importLimits().maxRequestBytes });
}
