// Errors whose message is meant for the user (Vietnamese, no internals). Anything else that
// reaches a page or an action is logged on the server and shown as a generic message.
import { ZodError } from "zod";
import { ForbiddenError } from "@/lib/auth/permissions";
import type { ActionState } from "@/lib/action-state";
import { log } from "@/lib/log";

/** A request that cannot be done as asked (duplicate name, stale data…): its message is shown. */
export class UserFacingError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = "UserFacingError";
  }
}

/** A request body or upload beyond its size limit (HTTP 413): its message names the limit. */
export class TooLargeError extends UserFacingError {
  constructor(message: string) {
    super(message);
    this.name = "TooLargeError";
  }
}

export const GENERIC_ERROR = "Đã có lỗi xảy ra, thao tác chưa được thực hiện. Vui lòng thử lại; nếu lỗi vẫn còn, hãy báo quản trị viên.";

/** The state a form shows for an error thrown by a service: never a stack trace or SQL. */
export function actionError(error: unknown): ActionState {
  if (error instanceof ForbiddenError) return { ok: false, message: error.message, fieldErrors: {} };
  if (error instanceof UserFacingError) {
    return { ok: false, message: error.field ? null : error.message, fieldErrors: error.field ? { [error.field]: [error.message] } : {} };
  }
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "_")] ??= []).push(issue.message);
    return { ok: false, message: "Vui lòng kiểm tra lại các trường được đánh dấu.", fieldErrors };
  }
  log.error({ err: error }, "action failed");
  return { ok: false, message: GENERIC_ERROR, fieldErrors: {} };
}
