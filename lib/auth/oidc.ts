import "server-only";
import type { Db } from "@/lib/db/client";
import { writeAudit } from "@/lib/services/audit";
import type { RequestInfo } from "./request";

/**
 * The province's own single sign-on (OpenID Connect), off unless OIDC_ISSUER, OIDC_CLIENT_ID and
 * OIDC_CLIENT_SECRET are all set. OIDC_USERNAME_CLAIM (default `preferred_username`) names the
 * claim that links a provider account to an existing user the first time; OIDC_NAME is the
 * button's label.
 */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  usernameClaim: string;
  name: string;
}

export function oidcConfigFromEnv(env: Record<string, string | undefined> = process.env): OidcConfig | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer: issuer.replace(/\/$/, ""), clientId, clientSecret,
    usernameClaim: env.OIDC_USERNAME_CLAIM || "preferred_username",
    name: env.OIDC_NAME || "Đăng nhập một lần (SSO)",
  };
}

/**
 * The existing, active user an OpenID Connect identity signs in as: the one whose oidcSubject is
 * the token's `sub`; else — once — the user named by the username claim who has no subject yet,
 * which links the two. Nobody is ever created here: an identity that matches no active user is
 * refused (and audited), whatever the provider says about it.
 */
export async function matchOidcUser(
  db: Db,
  claims: Record<string, unknown>,
  config: Pick<OidcConfig, "usernameClaim">,
  request: RequestInfo,
): Promise<{ userId: number; sessionVersion: number } | null> {
  const sub = typeof claims.sub === "string" && claims.sub ? claims.sub : null;
  const claimed = claims[config.usernameClaim];
  const username = typeof claimed === "string" && claimed.trim() ? claimed.trim().toLowerCase() : null;
  const select = { id: true, username: true, provinceId: true, active: true, sessionVersion: true, oidcSubject: true } as const;
  const bySubject = sub ? await db.user.findUnique({ where: { oidcSubject: sub }, select }) : null;
  const byName = !bySubject && sub && username ? await db.user.findUnique({ where: { username }, select }) : null;
  const user = bySubject ?? (byName && byName.oidcSubject === null ? byName : null);
  const audit = {
    provinceId: user?.provinceId ?? null, userId: user?.id ?? null, actor: user?.username ?? username ?? `oidc:${sub ?? "?"}`,
    action: "auth.signin", entity: "user", entityId: user?.id ?? null, ...request,
  };
  if (!user || !user.active) {
    await writeAudit(db, { ...audit, outcome: "FAILED", after: { method: "oidc", subject: sub, username, reason: user ? "inactive" : "no-matching-user" } });
    return null;
  }
  await db.$transaction(async (tx) => {
    if (!user.oidcSubject) {
      await tx.user.update({ where: { id: user.id }, data: { oidcSubject: sub } });
      await writeAudit(tx, { ...audit, action: "user.oidc-link", before: { oidcSubject: null }, after: { oidcSubject: sub } });
    }
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await writeAudit(tx, { ...audit, after: { method: "oidc", subject: sub } });
  });
  return { userId: user.id, sessionVersion: user.sessionVersion };
}
