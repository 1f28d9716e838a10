import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblems } from "@/lib/auth/password-policy";
import type { Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { UserFacingError } from "@/lib/errors";
import { auditActor, writeAudit } from "./audit";

export const ChangeOwnPasswordInput = z
  .object({
    current: z.string().max(200),
    password: z.string().max(200),
    confirm: z.string().max(200),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Mật khẩu nhập lại không khớp." });

/**
 * A user changes their own password (required after an administrator's reset). The current
 * password must be given; every session of the user ends (sign in again with the new one).
 */
export async function changeOwnPassword(db: Db, viewer: Viewer, input: unknown, request: RequestInfo): Promise<void> {
  const data = ChangeOwnPasswordInput.parse(input);
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordHash: true, mustChangePassword: true } });
  if (!user.passwordHash || !(await verifyPassword(data.current, user.passwordHash))) {
    await writeAudit(db, { ...auditActor(viewer, request), action: "user.password-change", entity: "user", entityId: viewer.userId, outcome: "FAILED", after: { reason: "wrong-current-password" } });
    throw new UserFacingError("Mật khẩu hiện tại không đúng.", "current");
  }
  const problems = passwordProblems(data.password, viewer.username);
  if (problems.length) throw new UserFacingError(problems.join(" "), "password");
  if (await verifyPassword(data.password, user.passwordHash)) throw new UserFacingError("Mật khẩu mới phải khác mật khẩu hiện tại.", "password");
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, {
      ...auditActor(viewer, request), action: "user.password-change", entity: "user", entityId: viewer.userId,
      before: { mustChangePassword: user.mustChangePassword }, after: { mustChangePassword: false, sessionsEnded: true },
    });
  });
}
