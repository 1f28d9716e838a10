import "server-only";
// The reports API (POST /api/v1/reports, GET /api/v1/reports?agency=&period=, GET
// /api/v1/reports/:id): the JSON of DATA_FORMATS §5 in, the report with its reconciliation
// findings out. Callers: an API key (scope reports:write to send; reports:write or stats:read to
// read) or a signed-in user's session — for POST a focal officer of the agency, with the
// same-origin check against cross-site request forgery. The workflow, validation and audit are
// the service's (lib/services/reports.ts), identical to the form's.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { SqlClient } from "@/lib/db/sql";
import { apiKeyOf, resolveApiKey } from "@/lib/auth/api-keys";
import type { ApiPrincipal, Viewer } from "@/lib/auth/permissions";
import { assertSameOrigin, CrossOriginError, requestInfoFrom } from "@/lib/auth/request";
import { recordDenied } from "@/lib/services/audit";
import { exchangeFromForm } from "@/lib/domain/report-form";
import { findReport, getReport, ReportConflictError, ReportNotFoundError, submitExchange, type ReportView } from "@/lib/services/reports";
import { handleApi, jsonError, UNAUTHENTICATED } from "./responses";
import { readJsonBody } from "./json-body";

export interface ReportsApiDeps {
  db: Db;
  sql: SqlClient;
  /** the signed-in user of the request's session, if any */
  viewer: () => Promise<Viewer | null>;
}

/** A report body has at most a thousand rows of a few hundred bytes. */
export const MAX_REPORT_BODY_BYTES = 1024 * 1024;

/** The answer's shape: the exchange JSON plus the workflow state and the findings. */
export function reportJson(view: ReportView) {
  const { report } = view;
  return {
    id: report.id,
    ...exchangeFromForm(report.agency.code, report.period, view.rows),
    TenDonVi: report.agency.name,
    window: [report.windowStart, report.windowEnd],
    status: report.status,
    version: report.version,
    submitted_at: report.submittedAt,
    approved_at: report.approvedAt,
    deadline: report.deadline,
    timeliness: report.timeliness,
    totals: view.totals,
    findings: view.findings.map((f) => ({
      field: f.field, column: f.column, reported: f.reported, system: f.system, cause: f.cause,
      status: f.status, explanation: f.explanation, dossiers_href: f.explorerHref,
    })),
    history: view.history.map((h) => ({ from: h.from, to: h.to, reason: h.reason, by: h.by, at: h.at })),
  };
}

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/** The caller of a request: the API key it carries (judged alone), else the session. Null: 401; a Response: refused. */
async function callerOf(request: Request, deps: ReportsApiDeps, mutating: boolean): Promise<ApiPrincipal | Viewer | Response> {
  if (apiKeyOf(request)) {
    const resolved = await resolveApiKey(request, deps.db);
    if (resolved === "revoked") return jsonError(403, "Khóa API này đã bị thu hồi: liên hệ quản trị viên hệ thống để được cấp khóa mới.");
    return resolved ?? UNAUTHENTICATED();
  }
  const viewer = await deps.viewer();
  if (!viewer || viewer.mustChangePassword) return UNAUTHENTICATED();
  if (mutating) {
    try {
      assertSameOrigin(request);
    } catch (error) {
      if (!(error instanceof CrossOriginError)) throw error;
      await recordDenied(deps.db, viewer, `${request.method} ${new URL(request.url).pathname}`, requestInfoFrom(request.headers), { detail: { reason: "cross-origin" } });
      return jsonError(403, error.message);
    }
  }
  return viewer;
}

/** The service's optimistic-concurrency refusal is a 409, a missing report 404; everything else as handleApi answers. */
function withReportErrors(work: () => Promise<Response>): Promise<Response> {
  return handleApi(async () => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ReportConflictError) return jsonError(409, error.message);
      if (error instanceof ReportNotFoundError) return jsonError(404, error.message);
      throw error;
    }
  });
}

const DraftFlag = z.enum(["true", "1", "false", "0"]).optional().transform((v) => v === "true" || v === "1");

/**
 * POST /api/v1/reports[?draft=true]: creates the agency's draft for the period if needed,
 * replaces its rows with the body's and submits it (validated, reconciled); with draft=true it
 * stays a draft. 200 with the report.
 */
export function postReport(request: Request, deps: ReportsApiDeps): Promise<Response> {
  return withReportErrors(async () => {
    const caller = await callerOf(request, deps, true);
    if (caller instanceof Response) return caller;
    const draft = DraftFlag.safeParse(new URL(request.url).searchParams.get("draft") ?? undefined);
    if (!draft.success) return jsonError(400, "Tham số draft chỉ nhận true hoặc false.");
    const body = await readJsonBody(request, MAX_REPORT_BODY_BYTES);
    const view = await submitExchange(deps.db, deps.sql, caller, body, { draft: draft.data }, requestInfoFrom(request.headers));
    return json(reportJson(view));
  });
}

const ReportKey = z.object({
  agency: z.string({ error: "Thiếu agency (MaDonVi)." }).trim().min(1, { error: "Thiếu agency (MaDonVi)." }).max(60),
  period: z.string({ error: "Thiếu period (kỳ báo cáo, ví dụ 2024-Q1)." }).trim().min(1, { error: "Thiếu period (kỳ báo cáo, ví dụ 2024-Q1)." }).max(20),
});

/** GET /api/v1/reports?agency=MaDonVi&period=2024-Q1: that report, 404 when none was started. */
export function getReportByKey(request: Request, deps: ReportsApiDeps): Promise<Response> {
  return withReportErrors(async () => {
    const caller = await callerOf(request, deps, false);
    if (caller instanceof Response) return caller;
    const key = ReportKey.parse(Object.fromEntries(new URL(request.url).searchParams));
    const view = await findReport(deps.db, deps.sql, caller, key, requestInfoFrom(request.headers));
    if (!view) return jsonError(404, `Chưa có báo cáo kỳ ${key.period} của ${key.agency}.`);
    return json(reportJson(view));
  });
}

const ReportIdParam = z.coerce.number().int().positive().max(2_147_483_647);

/** GET /api/v1/reports/:id */
export function getReportById(request: Request, id: string, deps: ReportsApiDeps): Promise<Response> {
  return withReportErrors(async () => {
    const caller = await callerOf(request, deps, false);
    if (caller instanceof Response) return caller;
    const reportId = ReportIdParam.safeParse(id);
    if (!reportId.success) return jsonError(404, "Không tìm thấy báo cáo.");
    const view = await getReport(deps.db, deps.sql, caller, reportId.data, requestInfoFrom(request.headers));
    return json(reportJson(view));
  });
}
