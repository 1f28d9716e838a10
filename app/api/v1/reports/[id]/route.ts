import { db, sqlPool } from "@/lib/db/prisma";
import { getViewer } from "@/lib/auth/viewer";
import { getReportById } from "@/lib/api/reports-route";

/** GET /api/v1/reports/:id — one report with its reconciliation findings. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return getReportById(request, (await params).id, { db: db(), sql: sqlPool(), viewer: getViewer });
}
