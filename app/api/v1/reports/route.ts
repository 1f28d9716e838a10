import { db, sqlPool } from "@/lib/db/prisma";
import { getViewer } from "@/lib/auth/viewer";
import { getReportByKey, postReport } from "@/lib/api/reports-route";

const deps = () => ({ db: db(), sql: sqlPool(), viewer: getViewer });

/**
 * POST /api/v1/reports[?draft=true] — a Biểu 06 report in the JSON of DATA_FORMATS §5 (API key
 * with reports:write, or a focal officer's session): saved and submitted, or kept as a draft.
 */
export function POST(request: Request) {
  return postReport(request, deps());
}

/** GET /api/v1/reports?agency=MaDonVi&period=2024-Q1 — the report with its reconciliation findings. */
export function GET(request: Request) {
  return getReportByKey(request, deps());
}
