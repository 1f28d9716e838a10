import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { SqlClient } from "@/lib/db/sql";
import { canViewAudit, ForbiddenError, isApiPrincipal, type ApiPrincipal, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { log } from "@/lib/log";
import { IsoDay, PageNumber, vietnamDays } from "@/lib/url-query";

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
    log.error({ err: error, attempted: what }, "audit: could not record a denied attempt");
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

// ───────────────────────────── Reading the trail (ADMIN, OFFICE) ─────────────────────────────

export const AUDIT_PAGE_SIZE = 50;

/** Actions recorded by this application, offered as suggestions in the viewer's filter. */
export const KNOWN_AUDIT_ACTIONS = [
  "auth.signin", "auth.signout", "auth.denied", "user.create", "user.role-assign", "user.role-remove", "user.deactivate",
  "user.reactivate", "user.password-reset", "user.password-change", "user.oidc-link", "api-key.create", "api-key.revoke",
  "audit.export", "seed.demo", "import.commit", "import.fail",
  "report.create", "report.save", "report.submit", "report.return", "report.approve", "report.reopen", "report.reconcile", "report.deadline",
  "finding.explained", "finding.corrected", "finding.open",
] as const;


/** The audit viewer's URL state (?nguoidung=&hanhdong=&doituong=&madoituong=&ketqua=&tu=&den=&trang=). */
export const AuditQuery = z.object({
  /** part of the actor's name */
  nguoidung: z.string().trim().max(100).optional().catch(undefined),
  /** start of the action ("auth." or "auth.denied") */
  hanhdong: z.string().trim().max(100).optional().catch(undefined),
  doituong: z.string().trim().max(100).optional().catch(undefined),
  madoituong: z.string().trim().max(100).optional().catch(undefined),
  ketqua: z.enum(["SUCCESS", "DENIED", "FAILED"]).optional().catch(undefined),
  /** local (Vietnam) calendar days, inclusive */
  tu: IsoDay.optional().catch(undefined),
  den: IsoDay.optional().catch(undefined),
  trang: PageNumber,
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export interface AuditRow {
  id: bigint;
  at: Date;
  actor: string;
  action: string;
  outcome: AuditOutcome;
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  userAgent: string | null;
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The SQL filter of a query: the viewer's province (and sign-in attempts of unknown users, which have none). */
function auditWhere(viewer: Viewer, q: AuditQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`(province_id = ${viewer.provinceId} OR province_id IS NULL)`];
  if (q.nguoidung) parts.push(Prisma.sql`actor ILIKE ${`%${likeEscape(q.nguoidung)}%`}`);
  if (q.hanhdong) parts.push(Prisma.sql`action LIKE ${`${likeEscape(q.hanhdong)}%`}`);
  if (q.doituong) parts.push(Prisma.sql`entity_type = ${q.doituong}`);
  if (q.madoituong) parts.push(Prisma.sql`entity_id = ${q.madoituong}`);
  if (q.ketqua) parts.push(Prisma.sql`outcome = ${q.ketqua}::audit_outcome`);
  const days = vietnamDays(q.tu, q.den);
  if (days.gte) parts.push(Prisma.sql`at >= ${days.gte}`);
  if (days.lt) parts.push(Prisma.sql`at < ${days.lt}`);
  return Prisma.join(parts, " AND ");
}

const AUDIT_COLUMNS = Prisma.sql`id, at, actor, action, outcome::text AS outcome, entity_type AS "entityType", entity_id AS "entityId", before, after, ip, user_agent AS "userAgent"`;

/** A page of the trail, newest first. */
export async function listAudit(db: Db, viewer: Viewer, query: AuditQuery, request: RequestInfo): Promise<{ rows: AuditRow[]; total: number }> {
  await enforce(db, viewer, canViewAudit(viewer), "audit.view", request, { entity: "audit_log" });
  const where = auditWhere(viewer, query);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<AuditRow[]>`SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE ${where} ORDER BY id DESC LIMIT ${AUDIT_PAGE_SIZE} OFFSET ${(query.trang - 1) * AUDIT_PAGE_SIZE}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM audit_log WHERE ${where}`,
  ]);
  return { rows, total: count!.n };
}

/**
 * Every row of the trail matching `query`, newest first, in chunks (keyset on the id: the table
 * only grows, so the export is consistent however long it takes). The export itself is audited.
 */
export async function exportAudit(db: Db, viewer: Viewer, query: AuditQuery, request: RequestInfo): Promise<AsyncGenerator<AuditRow[]>> {
  await enforce(db, viewer, canViewAudit(viewer), "audit.export", request, { entity: "audit_log" });
  const { trang: _page, ...filters } = query;
  await writeAudit(db, { ...auditActor(viewer, request), action: "audit.export", entity: "audit_log", after: { filters } });
  const where = auditWhere(viewer, query);
  return (async function* () {
    let last: bigint | null = null;
    for (;;) {
      const chunk: AuditRow[] = await db.$queryRaw<AuditRow[]>`
        SELECT ${AUDIT_COLUMNS} FROM audit_log
         WHERE ${where} ${last === null ? Prisma.empty : Prisma.sql`AND id < ${last}`}
         ORDER BY id DESC LIMIT 5000`;
      if (!chunk.length) return;
      yield chunk;
      last = chunk[chunk.length - 1]!.id;
    }
  })();
}
