import "server-only";
import type { SqlClient } from "@/lib/db/sql";
import { ForbiddenError, isApiPrincipal, type ApiPrincipal, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";

// The audit trail: who did what to which record, before/after, when and from where. Written in
// the same transaction as the change it records (the table is append-only: a trigger rejects
// UPDATE, DELETE and TRUNCATE), so a change that rolls back leaves no audit row and a change
// that commits always has one.

/** Both kinds of transaction this codebase uses: a Prisma (transaction) client, or node-postgres. */
export type AuditClient = { $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> } | SqlClient;

export type AuditOutcome = "SUCCESS" | "DENIED" | "FAILED";

export interface AuditEntry {
  provinceId: number | null;
  userId: number | null;
  apiClientId?: number | null;
  /** who, as shown: the user name, "api:<client>", "cli", "seed" */
  actor: string;
  /** dotted: "report.submit", "user.create", "auth.signin", "auth.denied" */
  action: string;
  /** the table or kind of record ("user", "report", "api_client"…) */
  entity?: string | null;
  entityId?: string | number | bigint | null;
  outcome?: AuditOutcome;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  userAgent?: string | null;
}

const INSERT = `INSERT INTO audit_log (province_id, user_id, api_client_id, actor, action, entity_type, entity_id, outcome, before, after, ip, user_agent)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::audit_outcome, $9::jsonb, $10::jsonb, $11, $12)`;

const json = (value: unknown) =>
  value === undefined || value === null ? null : JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

/** Appends one audit record through `client` — inside the caller's transaction when it is one. */
export async function writeAudit(client: AuditClient, entry: AuditEntry): Promise<void> {
  const params = [
    entry.provinceId, entry.userId, entry.apiClientId ?? null, entry.actor, entry.action, entry.entity ?? null,
    entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId), entry.outcome ?? "SUCCESS",
    json(entry.before), json(entry.after), entry.ip ?? null, entry.userAgent ?? null,
  ];
  if ("$executeRawUnsafe" in client) await client.$executeRawUnsafe(INSERT, ...params);
  else await client.query(INSERT, params);
}

/** The who and from-where fields of an audit entry, for a signed-in user or an API client. */
export function auditActor(who: Viewer | ApiPrincipal, request: RequestInfo): Pick<AuditEntry, "provinceId" | "userId" | "apiClientId" | "actor" | "ip" | "userAgent"> {
  if (isApiPrincipal(who)) return { provinceId: who.provinceId, userId: null, apiClientId: who.apiClientId, actor: `api:${who.name}`, ...request };
  return { provinceId: who.provinceId, userId: who.userId, apiClientId: null, actor: who.username, ...request };
}

/**
 * Records a refused attempt ("auth.denied", outcome DENIED) in its own statement: nothing changed,
 * so there is nothing to roll back with it. A failure to write is logged, never hides the refusal.
 */
export async function recordDenied(
  client: AuditClient,
  who: Viewer | ApiPrincipal,
  what: string,
  request: RequestInfo,
  target: { entity?: string; entityId?: string | number | bigint | null; detail?: Record<string, unknown> } = {},
): Promise<void> {
  try {
    await writeAudit(client, {
      ...auditActor(who, request), action: "auth.denied", outcome: "DENIED",
      entity: target.entity ?? null, entityId: target.entityId ?? null, after: { attempted: what, ...target.detail },
    });
  } catch (error) {
    console.error("audit: could not record a denied attempt", what, error);
  }
}

/**
 * The service layer's gate: returns when `allowed`; otherwise records the attempt in the audit
 * trail and throws ForbiddenError (shown to the user as its Vietnamese message).
 */
export async function enforce(
  client: AuditClient,
  who: Viewer | ApiPrincipal,
  allowed: boolean,
  what: string,
  request: RequestInfo,
  target?: { entity?: string; entityId?: string | number | bigint | null; detail?: Record<string, unknown> },
): Promise<void> {
  if (allowed) return;
  await recordDenied(client, who, what, request, target);
  throw new ForbiddenError(what);
}
