import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { authenticateApiOrSession } from "@/lib/auth/api-keys";
import { requestInfoFrom } from "@/lib/auth/request";
import { handleApi, jsonError, UNAUTHENTICATED } from "@/lib/api/responses";
import { getAgency } from "@/lib/services/agencies";

const AgencyId = z.coerce.number().int().positive().max(2_147_483_647);

/** GET /api/v1/co-quan/:id — one agency: code, name, level, validity, dossier count, sub-units. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    const caller = await authenticateApiOrSession(request);
    if (!caller) return UNAUTHENTICATED();
    const id = AgencyId.safeParse((await params).id);
    if (!id.success) return jsonError(404, "Không tìm thấy cơ quan, đơn vị.");
    const agency = await getAgency(db(), caller, id.data, requestInfoFrom(request.headers));
    if (!agency) return jsonError(404, "Không tìm thấy cơ quan, đơn vị.");
    return Response.json(agency, { headers: { "cache-control": "no-store" } });
  });
}
