import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { db } from "@/lib/db/prisma";
import { auditActor, enforce, writeAudit } from "@/lib/services/audit";
import { UserFacingError } from "@/lib/errors";
import { API_SCOPES, canAdminister, type ApiPrincipal, type Viewer } from "./permissions";
import { requestInfoFrom, type RequestInfo } from "./request";
import { getViewer } from "./viewer";

// API keys of source systems (the province's one-stop system pushing dossiers, a reporting tool
// reading statistics). A key is shown once at creation; only its SHA-256 is stored (a key is 256
// random bits, so a fast hash is enough) with a short prefix that lets admins recognise it.
// Format: tthc_<8 hex>_<43 base64url>.

const KEY_PATTERN = /^tthc_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/;

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export const CreateApiKeyInput = z.object({
  name: z.string().trim().min(3, "Tên gợi nhớ cần ít nhất 3 ký tự.").max(100, "Tên gợi nhớ tối đa 100 ký tự."),
  scopes: z.array(z.enum(API_SCOPES, { message: "Quyền không hợp lệ." })).min(1, "Chọn ít nhất một quyền."),
});

export interface ApiKeyRow {
  id: number;
  name: string;
  keyPrefix: string;
  scopes: string[];
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Creates a key for the admin's province; returns it in clear, the only time it exists so. */
export async function createApiKey(database: Db, viewer: Viewer, input: unknown, request: RequestInfo): Promise<{ id: number; key: string; keyPrefix: string }> {
  await enforce(database, viewer, canAdminister(viewer), "api-key.create", request, { entity: "api_client" });
  const data = CreateApiKeyInput.parse(input);
  const key = `tthc_${randomBytes(4).toString("hex")}_${randomBytes(32).toString("base64url")}`;
  const keyPrefix = key.slice(0, 13);
  return database.$transaction(async (tx) => {
    const client = await tx.apiClient.create({
      data: { provinceId: viewer.provinceId, name: data.name, keyPrefix, keyHash: hashApiKey(key), scopes: [...new Set(data.scopes)], createdById: viewer.userId },
    });
    await writeAudit(tx, {
      ...auditActor(viewer, request), action: "api-key.create", entity: "api_client", entityId: client.id,
      after: { name: client.name, keyPrefix, scopes: client.scopes },
    });
    return { id: client.id, key, keyPrefix };
  });
}

export async function listApiKeys(database: Db, viewer: Viewer, request: RequestInfo): Promise<ApiKeyRow[]> {
  await enforce(database, viewer, canAdminister(viewer), "api-key.list", request, { entity: "api_client" });
  const rows = await database.apiClient.findMany({
    where: { provinceId: viewer.provinceId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    include: { createdBy: { select: { username: true } } },
  });
  return rows.map((r) => ({
    id: r.id, name: r.name, keyPrefix: r.keyPrefix, scopes: r.scopes, createdBy: r.createdBy?.username ?? null,
    createdAt: r.createdAt, lastUsedAt: r.lastUsedAt, revokedAt: r.revokedAt,
  }));
}

/** Revokes a key of the admin's province: requests with it are refused from now on. */
export async function revokeApiKey(database: Db, viewer: Viewer, id: number, request: RequestInfo): Promise<void> {
  await enforce(database, viewer, canAdminister(viewer), "api-key.revoke", request, { entity: "api_client", entityId: id });
  await database.$transaction(async (tx) => {
    const client = await tx.apiClient.findUnique({ where: { provinceId_id: { provinceId: viewer.provinceId, id } } });
    if (!client) throw new UserFacingError("Không tìm thấy khóa API.");
    if (client.revokedAt) throw new UserFacingError("Khóa API này đã bị thu hồi trước đó.");
    const revoked = await tx.apiClient.update({ where: { provinceId_id: { provinceId: viewer.provinceId, id } }, data: { revokedAt: new Date() } });
    await writeAudit(tx, {
      ...auditActor(viewer, request), action: "api-key.revoke", entity: "api_client", entityId: id,
      before: { name: client.name, keyPrefix: client.keyPrefix, revokedAt: null }, after: { revokedAt: revoked.revokedAt },
    });
  });
}

/** The key a request carries: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function apiKeyOf(request: Request): string | null {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  return bearer ?? request.headers.get("x-api-key")?.trim() ?? null;
}

/**
 * The API client a request's key belongs to: its principal, "revoked" for a key that was revoked
 * (its use is audited), or null (no key, malformed or unknown key).
 */
export async function resolveApiKey(request: Request, database: Db = db()): Promise<ApiPrincipal | "revoked" | null> {
  const key = apiKeyOf(request);
  if (!key || !KEY_PATTERN.test(key)) return null;
  const client = await database.apiClient.findUnique({ where: { keyHash: hashApiKey(key) } });
  if (!client) return null;
  const principal: ApiPrincipal = { kind: "api", apiClientId: client.id, provinceId: client.provinceId, name: client.name, scopes: client.scopes };
  if (client.revokedAt) {
    await writeAudit(database, {
      ...auditActor(principal, requestInfoFrom(request.headers)), action: "auth.denied", outcome: "DENIED",
      entity: "api_client", entityId: client.id, after: { attempted: `${request.method} ${new URL(request.url).pathname}`, reason: "revoked-key" },
    });
    return "revoked";
  }
  // at most one write a minute per key
  await database.$executeRaw`
    UPDATE api_client SET last_used_at = now()
     WHERE province_id = ${client.provinceId} AND id = ${client.id} AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`;
  return principal;
}

/** The API client a request authenticates as, or null (no key, unknown key, revoked key). */
export async function authenticateApiRequest(request: Request, database: Db = db()): Promise<ApiPrincipal | null> {
  const resolved = await resolveApiKey(request, database);
  return resolved === "revoked" ? null : resolved;
}

/**
 * An API key, or — for reading requests (GET, HEAD) only — the signed-in user's session. A
 * request that carries a key is judged by the key alone. Null: answer 401.
 */
export async function authenticateApiOrSession(request: Request): Promise<ApiPrincipal | Viewer | null> {
  if (apiKeyOf(request)) return authenticateApiRequest(request);
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const viewer = await getViewer();
  return viewer && !viewer.mustChangePassword ? viewer : null;
}
