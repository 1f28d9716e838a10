import "server-only";
import { ZodError } from "zod";
import { ForbiddenError } from "@/lib/auth/permissions";
import { CrossOriginError } from "@/lib/auth/request";
import { TooLargeError, UserFacingError } from "@/lib/errors";
import { log } from "@/lib/log";

// Route handlers answer JSON with a Vietnamese `error` message on failure; internals (stack
// traces, SQL) go to the server log only.

export function jsonError(status: number, error: string, details?: unknown): Response {
  return Response.json(details === undefined ? { error } : { error, details }, { status, headers: { "cache-control": "no-store" } });
}

export const UNAUTHENTICATED = () => jsonError(401, "Chưa xác thực: cần đăng nhập hoặc khóa API hợp lệ.");

/** Runs a route handler's work, turning known errors into their HTTP answer. */
export async function handleApi(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof CrossOriginError) return jsonError(403, error.message);
    if (error instanceof TooLargeError) return jsonError(413, error.message);
    if (error instanceof UserFacingError) return jsonError(400, error.message);
    if (error instanceof ZodError) return jsonError(400, "Dữ liệu gửi lên không hợp lệ.", error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
    log.error({ err: error }, "api: request failed");
    return jsonError(500, "Lỗi máy chủ, yêu cầu chưa được thực hiện.");
  }
}
