import "server-only";
import { headers } from "next/headers";
import { requestInfoFrom, type RequestInfo } from "./request";

/** Where the current request (page, server action, route handler) comes from. */
export async function currentRequestInfo(): Promise<RequestInfo> {
  return requestInfoFrom(await headers());
}
