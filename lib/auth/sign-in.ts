import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { writeAudit } from "@/lib/services/audit";
import { hashPassword, verifyPassword } from "./password";
import type { RequestInfo } from "./request";

/**
 * Throttling of password sign-in, shared by every process through the database: after
 * `perAccount` failures for one account (since its last success) or `perAddress` failures from
 * one address within `windowMinutes`, further attempts are refused — with the same generic
 * message as a wrong password — until the failures age out of the window.
 */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 20 } as const;

export const SignInInput = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});

export type SignInResult =
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; reason: "invalid" | "throttled" };

let dummyHash: Promise<string> | null = null;

/**
 * Checks a user name and password. Every attempt is recorded (login_attempt) before it is
 * judged, so concurrent attempts see one another; every outcome is audited ("auth.signin").
 */
export async function signInWithPassword(db: Db, input: { username: string; password: string }, request: RequestInfo): Promise<SignInResult> {
  const parsed = SignInInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { username, password } = parsed.data;

  await db.$executeRaw`DELETE FROM login_attempt WHERE at < now() - interval '1 day'`;
  const [attempt] = await db.$queryRaw<{ id: bigint }[]>`
    INSERT INTO login_attempt (username, ip) VALUES (${username}, ${request.ip}) RETURNING id`;
  const attemptId = attempt!.id;
  // failures counted up to this attempt (itself included, as a failure until it succeeds)
  const [counts] = await db.$queryRaw<{ account: number; address: number }[]>`
    SELECT
      (SELECT count(*)::int FROM login_attempt
        WHERE username = ${username} AND NOT succeeded AND NOT throttled AND id <= ${attemptId}
          AND at > now() - make_interval(mins => ${THROTTLE.windowMinutes})
          AND at > coalesce((SELECT max(at) FROM login_attempt WHERE username = ${username} AND succeeded), '-infinity')) AS account,
      (SELECT count(*)::int FROM login_attempt
        WHERE ip = ${request.ip} AND NOT succeeded AND NOT throttled AND id <= ${attemptId}
          AND at > now() - make_interval(mins => ${THROTTLE.windowMinutes})) AS address`;
  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, provinceId: true, passwordHash: true, active: true, sessionVersion: true },
  });
  const audit = { provinceId: user?.provinceId ?? null, userId: user?.id ?? null, actor: username, action: "auth.signin", entity: "user", entityId: user?.id ?? null, ...request };

  if (counts!.account > THROTTLE.perAccount || counts!.address > THROTTLE.perAddress) {
    await db.$executeRaw`UPDATE login_attempt SET throttled = true WHERE id = ${attemptId}`;
    await writeAudit(db, { ...audit, outcome: "DENIED", after: { reason: "throttled", accountFailures: counts!.account - 1, addressFailures: counts!.address - 1 } });
    return { ok: false, reason: "throttled" };
  }

  // an unknown user costs the same scrypt work as a known one (no user enumeration by timing)
  const hash = user?.passwordHash ?? (await (dummyHash ??= hashPassword(crypto.randomUUID())));
  const passwordOk = await verifyPassword(password, hash);
  if (!user || !user.passwordHash || !passwordOk || !user.active) {
    const reason = !user ? "unknown-user" : !user.passwordHash || !passwordOk ? "wrong-password" : "inactive";
    await writeAudit(db, { ...audit, outcome: "FAILED", after: { reason } });
    return { ok: false, reason: "invalid" };
  }
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE login_attempt SET succeeded = true WHERE id = ${attemptId}`;
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await writeAudit(tx, { ...audit, after: { method: "password" } });
  });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
