import { db } from "@/lib/db/prisma";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requestInfoFrom } from "@/lib/auth/request";
import { getViewer } from "@/lib/auth/viewer";
import { jsonError, UNAUTHENTICATED } from "@/lib/api/responses";
import { AuditQuery, exportAudit, type AuditRow } from "@/lib/services/audit";
import { CSV_BOM, csvLine } from "@/lib/csv";
import { OUTCOME_LABELS } from "../query";
import { log } from "@/lib/log";

const HEADER = ["Thời điểm (giờ Việt Nam)", "Người thực hiện", "Hành động", "Kết quả", "Loại đối tượng", "Mã đối tượng", "Trước", "Sau", "Địa chỉ IP", "Trình duyệt"];
/** "dd/MM/yyyy HH:mm:ss" in Vietnam time (UTC+7 all year), to the second for the record. */
const vietnamTime = (d: Date) => {
  const iso = new Date(d.getTime() + 7 * 3_600_000).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 19)}`;
};
const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** GET /quan-tri/nhat-ky/xuat-csv?<filters of the audit viewer> — the matching trail as CSV (ADMIN, OFFICE). */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer || viewer.mustChangePassword) return UNAUTHENTICATED();
  const query = AuditQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  let chunks: AsyncGenerator<AuditRow[]>;
  try {
    chunks = await exportAudit(db(), viewer, query, requestInfoFrom(request.headers));
  } catch (error) {
    if (error instanceof ForbiddenError) return jsonError(403, error.message);
    throw error;
  }
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(HEADER)));
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) return controller.close();
        controller.enqueue(encoder.encode(next.value.map((r) => csvLine([
          vietnamTime(r.at), r.actor, r.action, OUTCOME_LABELS[r.outcome], r.entityType, r.entityId, json(r.before), json(r.after), r.ip, r.userAgent,
        ])).join("")));
      } catch (error) {
        log.error({ err: error }, "audit export failed");
        controller.error(new Error("export failed"));
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const day = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10).replaceAll("-", "");
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="nhat-ky-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
