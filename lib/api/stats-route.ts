import "server-only";
// GET route handlers of the figures (/api/v1/form06, scorecard, index766, figures/dossiers):
// authenticate (API key with stats:read, or a session), validate the query with Zod, answer JSON.
import type { z } from "zod";
import { db, sqlPool } from "@/lib/db/prisma";
import { authenticateApiOrSession } from "@/lib/auth/api-keys";
import { requestInfoFrom, type RequestInfo } from "@/lib/auth/request";
import type { Db } from "@/lib/db/client";
import type { SqlClient } from "@/lib/db/sql";
import type { Caller } from "@/lib/services/stats";
import { handleApi, UNAUTHENTICATED } from "./responses";

export function statsRoute<S extends z.ZodType>(
  schema: S,
  answer: (database: Db, sql: SqlClient, caller: Caller, query: z.infer<S>, request: RequestInfo) => Promise<unknown>,
) {
  return (request: Request) =>
    handleApi(async () => {
      const caller = await authenticateApiOrSession(request);
      if (!caller) return UNAUTHENTICATED();
      const query = schema.parse(Object.fromEntries(new URL(request.url).searchParams));
      const body = await answer(db(), sqlPool(), caller, query, requestInfoFrom(request.headers));
      return Response.json(body, { headers: { "cache-control": "no-store" } });
    });
}
