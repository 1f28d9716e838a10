import "server-only";
// Quarterly reports (Biểu 06) of the agencies: the draft, its workflow, reconciliation with the
// one-stop system, deadlines and timeliness, the province's consolidation.
//
// Functions for the pages: all take the Prisma client, for those reading figures also the SQL
// pool (sqlPool()), the caller, the input, and last the request's RequestInfo (omitted below).
// Every refusal is a ForbiddenError (audited); every problem the user can fix a UserFacingError
// with a Vietnamese message — ReportConflictError for a stale version (show it, offer a reload),
// ReportNotFoundError for an unknown id. Inputs are validated here with the exported Zod schemas.
//   openDraft(db, sql, viewer, { agencyId, period })        → ReportView   get or create (pre-filled)
//   getReport(db, sql, caller, reportId)                    → ReportView   rows, system values, findings, history, what the viewer may do
//   findReport(db, sql, caller, { agency, period })         → ReportView | null   by MaDonVi (or id) and period
//   listReports(db, viewer, ReportListQuery)                → { rows: ReportListRow[], total }   server-side filter / sort / page
//   focalReports(db, viewer, period)                        → the focal officer's agencies and their report of the window (or null)
//   saveDraft(db, caller, { reportId, version, rows })      → SavedReport  ReportConflictError on a stale version
//   submitReport(db, sql, caller, { reportId, version, rows }) → SavedReport & { findings }  validated with SubmittableReportSchema, then reconciled
//   returnReport(db, viewer, { reportId, reason })          → SavedReport  office → back to the officer
//   approveReport(db, viewer, { reportId, version? })       → SavedReport  office: locks the report
//   reopenReport(db, viewer, { reportId, reason })          → SavedReport  office: approved → returned
//   reconcileReport(db, sql, caller, reportId)              → FindingView[]  on demand, stored
//   resolveFinding(db, viewer, { findingId, status, explanation }) → FindingView
//   listDeadlines(db, viewer) / setDeadline(db, viewer, { period, dueDate })
//   submissionTimeliness(db, viewer, period)                → TimelinessTable  per agency: on time / late / missing / pending
//   reconciliationSummary(db, sql, viewer, period)          → ReconciliationSummary  office: agencies with open findings, reported vs system
//   consolidatedReport(db, viewer, period)                  → ConsolidatedReport  from approved reports
//   submitExchange(db, sql, caller, json, { draft })        → ReportView   POST /api/v1/reports (JSON of DATA_FORMATS §5)
// The form's schema, derived totals and messages: lib/domain/report-form.ts (client and server).
//
// Authorization (lib/auth/permissions.ts), the agency always taken from the report record:
// focal officers read, edit and submit the reports of their own agencies; office staff read all,
// return, approve and reopen; leadership and admins read; API keys with "reports:write" create,
// save and submit any agency's report of their province and read reports ("stats:read" reads).
// Every change writes its ReportStatusChange (for transitions) and its audit record in the same
// transaction.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { SqlClient } from "@/lib/db/sql";
import {
  canEditReport, canEditSettings, canReconcile, canReviewReport, canSubmitReport, canViewProvince, canViewReport, hasApiScope, isApiPrincipal,
  type ApiPrincipal, type ReportStatusName, type Viewer,
} from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { UserFacingError } from "@/lib/errors";
import { auditActor, enforce, writeAudit } from "@/lib/services/audit";
import { form06Columns, sumColumns, type Form06Column, type Form06Columns } from "@/lib/domain/counters";
import { parsePeriod, PeriodError, periodLabel, type Period } from "@/lib/domain/periods";
import {
  CellCommentsSchema, ExchangeReportSchema, formFromExchange, ReportFormSchema, SubmittableReportSchema, type CellComments, type ReportRow,
} from "@/lib/domain/report-form";
import { causeFromDb, FINDING_CAUSE_DB, FINDING_CAUSE_LABELS, type FindingCause, type Finding, type CellComparison, type BaseCells, compareCells, reconcile } from "@/lib/domain/reconciliation";
import { defaultDeadline, reportingRate, timeliness, type ReportingRate, type Timeliness } from "@/lib/domain/report-deadline";
import { isoDate, localDayOf } from "@/lib/domain/local-time";
import { explorerHref } from "@/lib/links";
import { agencyCompetenceSql, form06Report } from "@/lib/stats/engine";
import { loadFields, loadReconciliationContext, systemCellsByAgency, type FieldInfo } from "@/lib/stats/reconciliation";

export type ReportCaller = Viewer | ApiPrincipal;
type Tx = Prisma.TransactionClient;

// ───────────────────────────── Views ─────────────────────────────

export interface ReportAgency {
  id: number;
  code: string;
  name: string;
  level: string;
}

export interface ReportSummary {
  id: number;
  agency: ReportAgency;
  period: string;
  /** "Quý I/2024 — kỳ báo cáo (15/12/2023 – 14/03/2024)" */
  periodLabel: string;
  windowStart: string;
  windowEnd: string;
  status: ReportStatusName;
  /** send it back with every save and transition (optimistic concurrency) */
  version: number;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  /** submission deadline (yyyy-MM-dd, configured or the default) and the agency's timeliness */
  deadline: string;
  timeliness: Timeliness;
}

export interface ReportRowView extends ReportRow {
  /** null: the code is not a field of the catalogue */
  fieldId: number | null;
  fieldName: string | null;
  /** the reported row's eleven columns (totals derived) */
  columns: Form06Columns;
  /** the one-stop system's eleven columns for the agency and field */
  system: Form06Columns;
}

/** A field the system counts for the agency that the report has no row for. */
export interface SystemOnlyRow {
  fieldCode: string;
  fieldId: number;
  fieldName: string;
  system: Form06Columns;
}

export type FindingStatusName = "OPEN" | "EXPLAINED" | "CORRECTED";

export const FINDING_STATUS_LABELS: Record<FindingStatusName, string> = {
  OPEN: "Chưa xử lý",
  EXPLAINED: "Đã giải trình",
  CORRECTED: "Đã sửa",
};

export interface FindingView {
  id: number;
  field: string;
  fieldId: number | null;
  fieldName: string | null;
  column: Form06Column;
  reported: number | null;
  system: number | null;
  /** reported − system */
  difference: number | null;
  cause: FindingCause;
  causeLabel: string;
  status: FindingStatusName;
  explanation: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  /** the dossier explorer showing the dossiers behind the system value (null for a field the catalogue lacks) */
  explorerHref: string | null;
}

export interface StatusChangeView {
  from: ReportStatusName | null;
  to: ReportStatusName;
  reason: string | null;
  by: string | null;
  at: Date;
}

export interface ReportPermissions {
  edit: boolean;
  submit: boolean;
  /** return or approve (a submitted report) */
  review: boolean;
  /** reopen (an approved report) */
  reopen: boolean;
  reconcile: boolean;
  resolveFindings: boolean;
}

export interface ReportView {
  report: ReportSummary;
  rows: ReportRowView[];
  systemOnly: SystemOnlyRow[];
  totals: { reported: Form06Columns; system: Form06Columns };
  /** every cell reported vs system (also fields only one side has) */
  comparison: CellComparison[];
  findings: FindingView[];
  history: StatusChangeView[];
  /** who saved the current version and when (null before any save) */
  lastSaved: { by: string; at: Date } | null;
  can: ReportPermissions;
}

export interface SavedReport {
  id: number;
  status: ReportStatusName;
  version: number;
  updatedAt: Date;
}

// ───────────────────────────── Inputs ─────────────────────────────

const ReportId = z.coerce.number().int().positive().max(2_147_483_647);
const Version = z.coerce.number({ error: "Thiếu phiên bản của báo cáo: hãy tải lại trang." }).int().positive().max(2_147_483_647);
const Reason = z.string({ error: "Nhập lý do." }).trim().min(5, { error: "Nhập lý do (ít nhất 5 ký tự)." }).max(2000, { error: "Lý do tối đa 2.000 ký tự." });

export const OpenDraftInput = z.object({ agencyId: ReportId, period: z.string().trim().min(1).max(20) });
export const SaveDraftInput = z.object({ reportId: ReportId, version: Version, rows: ReportFormSchema.shape.rows });
export const SubmitInput = SaveDraftInput;
export const ReturnInput = z.object({ reportId: ReportId, version: Version.optional(), reason: Reason });
export const ApproveInput = z.object({ reportId: ReportId, version: Version.optional() });
export const ReopenInput = ReturnInput;
export const ResolveFindingInput = z
  .object({
    findingId: ReportId,
    status: z.enum(["OPEN", "EXPLAINED", "CORRECTED"]),
    explanation: z.string().trim().max(2000, { error: "Nội dung giải trình tối đa 2.000 ký tự." }).optional(),
  })
  .refine((v) => v.status !== "EXPLAINED" || (v.explanation?.length ?? 0) >= 5, { path: ["explanation"], message: "Nhập nội dung giải trình (ít nhất 5 ký tự)." });
export const DeadlineInput = z.object({
  period: z.string().trim().min(1).max(20),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Ngày hạn nộp không hợp lệ (yyyy-MM-dd)." }),
});

export const REPORT_PAGE_SIZE = 25;
/** The report list's URL state (?ky=&trangthai=&coquan=&sap=&chieu=&trang=). */
export const ReportListQuery = z.object({
  ky: z.string().trim().regex(/^\d{4}(-(Q[1-4]|H1|9M))?$/i).optional().catch(undefined),
  trangthai: z.enum(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"]).optional().catch(undefined),
  /** part of the agency's code or name */
  coquan: z.string().trim().max(100).optional().catch(undefined),
  sap: z.enum(["coquan", "ky", "trangthai", "capnhat"]).default("capnhat").catch("capnhat"),
  chieu: z.enum(["tang", "giam"]).default("giam").catch("giam"),
  trang: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type ReportListQuery = z.infer<typeof ReportListQuery>;

export interface ReportListRow {
  id: number;
  agency: ReportAgency;
  period: string;
  status: ReportStatusName;
  version: number;
  updatedAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  openFindings: number;
}

/** The optimistic-concurrency refusal: someone else saved since the caller loaded the report. */
export class ReportConflictError extends UserFacingError {
  constructor(message: string) {
    super(message);
    this.name = "ReportConflictError";
  }
}

/** A report (or finding) that does not exist in the caller's province. */
export class ReportNotFoundError extends UserFacingError {
  constructor(message = "Không tìm thấy báo cáo.") {
    super(message);
    this.name = "ReportNotFoundError";
  }
}

// ───────────────────────────── Helpers ─────────────────────────────

/** A Biểu 06 window: a quarter, the first 6 or 9 months, or a year (DATA_FORMATS §5), never a month. */
function periodOf(text: string): Period {
  let period: Period;
  try {
    period = parsePeriod(text, "reporting");
  } catch (error) {
    if (error instanceof PeriodError) throw new UserFacingError(error.message, "period");
    throw error;
  }
  if (period.kind === "month") throw new UserFacingError(`"${text}": Biểu 06 lập theo quý (2024-Q1), 6 tháng (2024-H1), 9 tháng (2024-9M) hoặc năm (2024), không theo tháng.`, "period");
  return period;
}

const STATUS_LABELS: Record<ReportStatusName, string> = {
  DRAFT: "bản nháp",
  SUBMITTED: "đã gửi, đang chờ Văn phòng UBND tỉnh xem xét",
  RETURNED: "bị trả lại để chỉnh sửa",
  APPROVED: "đã được duyệt (khóa)",
};

const clock = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", hour12: false });
const day = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" });
const localDate = (instant: Date) => isoDate(localDayOf(instant));

const isApi = (caller: ReportCaller): caller is ApiPrincipal => isApiPrincipal(caller);
const userIdOf = (caller: ReportCaller) => (isApi(caller) ? null : caller.userId);

function mayRead(caller: ReportCaller, report: { agencyId: number }): boolean {
  if (isApi(caller)) return hasApiScope(caller, "reports:write") || hasApiScope(caller, "stats:read");
  return canViewReport(caller, report);
}

function mayEdit(caller: ReportCaller, report: { agencyId: number; status: ReportStatusName }): boolean {
  if (isApi(caller)) return hasApiScope(caller, "reports:write") && (report.status === "DRAFT" || report.status === "RETURNED");
  return canEditReport(caller, report);
}

function maySubmit(caller: ReportCaller, report: { agencyId: number; status: ReportStatusName }): boolean {
  if (isApi(caller)) return mayEdit(caller, report);
  return canSubmitReport(caller, report);
}

/** Focal officers of the agency and the office may explain or correct findings, until approval. */
function mayResolveFindings(caller: ReportCaller, report: { agencyId: number; status: ReportStatusName }): boolean {
  if (report.status === "APPROVED" || isApi(caller)) return false;
  return canReconcile(caller) || (caller.roles.includes("FOCAL") && caller.focalAgencyIds.has(report.agencyId));
}

function mayReconcile(caller: ReportCaller, report: { agencyId: number }): boolean {
  if (isApi(caller)) return hasApiScope(caller, "reports:write");
  return canReconcile(caller) || (caller.roles.includes("FOCAL") && caller.focalAgencyIds.has(report.agencyId));
}

/** A report of the caller's province, or a "not found" that says nothing about other provinces. */
async function loadReport(database: Db | Tx, caller: ReportCaller, reportId: number) {
  const report = await database.report.findUnique({
    where: { provinceId_id: { provinceId: caller.provinceId, id: reportId } },
    include: { agency: { select: { id: true, code: true, name: true, level: true } } },
  });
  if (!report) throw new ReportNotFoundError();
  return report;
}
type LoadedReport = Awaited<ReturnType<typeof loadReport>>;

async function deadlineOf(database: Db | Tx, provinceId: number, period: Period): Promise<string> {
  const configured = await database.reportDeadline.findUnique({ where: { provinceId_period: { provinceId, period: period.code } } });
  return configured ? configured.dueDate.toISOString().slice(0, 10) : defaultDeadline(period);
}

/** Local date of each report's first submission. */
async function firstSubmissions(database: Db | Tx, provinceId: number, reportIds: number[]): Promise<Map<number, string>> {
  if (!reportIds.length) return new Map();
  const rows = await database.reportStatusChange.groupBy({
    by: ["reportId"], where: { provinceId, reportId: { in: reportIds }, toStatus: "SUBMITTED" }, _min: { at: true },
  });
  return new Map(rows.filter((r) => r._min.at).map((r) => [r.reportId, localDate(r._min.at!)]));
}

const today = () => localDate(new Date());

function rowsData(provinceId: number, reportId: number, rows: readonly ReportRow[]) {
  return rows.map((r) => ({
    provinceId, reportId, fieldCode: r.fieldCode, c4: r.c4, c5: r.c5, c6: r.c6, c8: r.c8, c9: r.c9, c10: r.c10, c12: r.c12, c13: r.c13,
    comments: r.comments as Prisma.InputJsonValue,
  }));
}

function rowOfDb(r: { fieldCode: string; comments: Prisma.JsonValue } & BaseCells): ReportRow {
  const comments = CellCommentsSchema.safeParse(r.comments);
  return { fieldCode: r.fieldCode, c4: r.c4, c5: r.c5, c6: r.c6, c8: r.c8, c9: r.c9, c10: r.c10, c12: r.c12, c13: r.c13, comments: (comments.success ? comments.data : {}) as CellComments };
}

/** The audited actions that change a report's version. */
const VERSIONED_ACTIONS = ["report.create", "report.save", "report.submit", "report.return", "report.approve", "report.reopen"];

/** Refuses a stale version with the message the officer needs: who saved, when, what to do. */
async function conflict(tx: Db | Tx, report: { provinceId: number; id: number; updatedAt: Date; status: ReportStatusName }): Promise<never> {
  const last = await tx.auditLog.findFirst({
    where: { provinceId: report.provinceId, entityType: "report", entityId: String(report.id), outcome: "SUCCESS", action: { in: VERSIONED_ACTIONS } },
    orderBy: { id: "desc" }, select: { actor: true, at: true },
  });
  const at = last?.at ?? report.updatedAt;
  const who = last ? `${last.actor} ` : "người khác ";
  throw new ReportConflictError(
    `Báo cáo này vừa được ${who}lưu lúc ${clock.format(at)} ngày ${day.format(at)} (sau khi bạn mở): thay đổi của bạn chưa được lưu. ` +
      `Hãy tải lại trang để xem bản mới nhất (trạng thái: ${STATUS_LABELS[report.status]}) rồi nhập lại thay đổi.`,
  );
}

/**
 * Moves a report from one of `from` to `to` if its version (when given) is still `version`; bumps
 * the version; records the status change and the audit entry. All inside `tx`.
 */
async function transition(
  tx: Tx, caller: ReportCaller, report: LoadedReport, to: ReportStatusName, request: RequestInfo,
  options: { action: string; version?: number; reason?: string; data?: Prisma.ReportUncheckedUpdateManyInput; after?: Record<string, unknown> },
): Promise<SavedReport> {
  const updated = await tx.report.updateMany({
    where: { provinceId: report.provinceId, id: report.id, status: report.status, ...(options.version === undefined ? {} : { version: options.version }) },
    data: { ...options.data, status: to, version: { increment: 1 } },
  });
  if (updated.count !== 1) {
    const current = await loadReport(tx, caller, report.id);
    return conflict(tx, current);
  }
  await tx.reportStatusChange.create({ data: { provinceId: report.provinceId, reportId: report.id, fromStatus: report.status, toStatus: to, reason: options.reason ?? null, userId: userIdOf(caller) } });
  const saved = await tx.report.findUniqueOrThrow({ where: { provinceId_id: { provinceId: report.provinceId, id: report.id } } });
  await writeAudit(tx, {
    ...auditActor(caller, request), action: options.action, entity: "report", entityId: report.id,
    before: { status: report.status, version: report.version },
    after: { status: to, version: saved.version, agency: report.agency.code, period: report.period, ...(options.reason ? { reason: options.reason } : {}), ...options.after },
  });
  return { id: saved.id, status: saved.status, version: saved.version, updatedAt: saved.updatedAt };
}

/** Replaces the rows of an editable report if its version is still `version`; bumps it. */
async function writeRows(tx: Tx, caller: ReportCaller, report: LoadedReport, version: number, rows: readonly ReportRow[], request: RequestInfo, action: string): Promise<void> {
  const updated = await tx.report.updateMany({
    where: { provinceId: report.provinceId, id: report.id, version, status: { in: ["DRAFT", "RETURNED"] } },
    data: { version: { increment: 1 } },
  });
  if (updated.count !== 1) return conflict(tx, await loadReport(tx, caller, report.id));
  const before = await tx.reportRow.findMany({ where: { provinceId: report.provinceId, reportId: report.id }, orderBy: { fieldCode: "asc" } });
  await tx.reportRow.deleteMany({ where: { provinceId: report.provinceId, reportId: report.id } });
  if (rows.length) await tx.reportRow.createMany({ data: rowsData(report.provinceId, report.id, rows) });
  await writeAudit(tx, {
    ...auditActor(caller, request), action, entity: "report", entityId: report.id,
    before: { version, rows: before.map(rowOfDb) }, after: { version: version + 1, rows },
  });
}

/**
 * Stores a reconciliation's findings for a report: the previous findings are replaced, except the
 * explained ones whose cell is unchanged (same field, column, reported and system value): their
 * explanation still answers the same discrepancy, so they stay as they are.
 */
async function storeFindings(tx: Tx, caller: ReportCaller, report: LoadedReport, findings: readonly Finding[], request: RequestInfo): Promise<{ kept: number; added: number; removed: number }> {
  const previous = await tx.reconciliationFinding.findMany({ where: { provinceId: report.provinceId, reportId: report.id } });
  const key = (f: { fieldCode: string; column: string; reported: number | null; system: number | null }) => `${f.fieldCode}|${f.column}|${f.reported}|${f.system}`;
  const explained = new Map(previous.filter((f) => f.status === "EXPLAINED").map((f) => [key(f), f]));
  const keep = new Set<number>();
  const fresh: Finding[] = [];
  for (const f of findings) {
    const old = explained.get(key({ fieldCode: f.field, column: f.column, reported: f.reported, system: f.system }));
    if (old && !keep.has(old.id)) keep.add(old.id);
    else fresh.push(f);
  }
  const removed = previous.filter((f) => !keep.has(f.id));
  if (removed.length) await tx.reconciliationFinding.deleteMany({ where: { provinceId: report.provinceId, id: { in: removed.map((f) => f.id) } } });
  if (fresh.length) {
    await tx.reconciliationFinding.createMany({
      data: fresh.map((f) => ({ provinceId: report.provinceId, reportId: report.id, fieldCode: f.field, column: f.column, reported: f.reported, system: f.system, cause: FINDING_CAUSE_DB[f.cause] })),
    });
  }
  const summary = { kept: keep.size, added: fresh.length, removed: removed.length };
  await writeAudit(tx, {
    ...auditActor(caller, request), action: "report.reconcile", entity: "report", entityId: report.id,
    before: { findings: previous.length }, after: { ...summary, causes: countCauses(findings) },
  });
  return summary;
}

function countCauses(findings: readonly Finding[]): Partial<Record<FindingCause, number>> {
  const counts: Partial<Record<FindingCause, number>> = {};
  for (const f of findings) counts[f.cause] = (counts[f.cause] ?? 0) + 1;
  return counts;
}

async function runReconciliation(sql: SqlClient, report: LoadedReport, rows: readonly ReportRow[]) {
  const period = periodOf(report.period);
  const { context, fields } = await loadReconciliationContext(sql, report.provinceId, period, report.agencyId);
  return { ...reconcile(rows, context), fields, period };
}

function findingView(f: { id: number; fieldCode: string; column: string; reported: number | null; system: number | null; cause: Parameters<typeof causeFromDb>[0]; status: FindingStatusName; explanation: string | null; resolvedAt: Date | null; createdAt: Date; resolvedBy?: { username: string } | null },
  report: { agencyId: number; period: string }, fields: Map<string, FieldInfo>): FindingView {
  const cause = causeFromDb(f.cause);
  const field = fields.get(f.fieldCode) ?? null;
  return {
    id: f.id, field: f.fieldCode, fieldId: field?.id ?? null, fieldName: field?.name ?? null, column: f.column as Form06Column,
    reported: f.reported, system: f.system, difference: f.reported === null || f.system === null ? null : f.reported - f.system,
    cause, causeLabel: FINDING_CAUSE_LABELS[cause], status: f.status, explanation: f.explanation,
    resolvedBy: f.resolvedBy?.username ?? null, resolvedAt: f.resolvedAt, createdAt: f.createdAt,
    explorerHref: field ? explorerHref({ period: report.period, figure: f.column as Form06Column, agencyId: report.agencyId, fieldId: field.id }) : null,
  };
}

const COLUMN_ORDER: readonly string[] = ["c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13"];

async function findingViews(database: Db | Tx, report: { provinceId: number; id: number; agencyId: number; period: string }, fields: Map<string, FieldInfo>): Promise<FindingView[]> {
  const rows = await database.reconciliationFinding.findMany({
    where: { provinceId: report.provinceId, reportId: report.id }, include: { resolvedBy: { select: { username: true } } },
  });
  rows.sort((a, b) => a.fieldCode.localeCompare(b.fieldCode) || COLUMN_ORDER.indexOf(a.column) - COLUMN_ORDER.indexOf(b.column));
  return rows.map((f) => findingView(f, report, fields));
}

function permissionsOf(caller: ReportCaller, report: { agencyId: number; status: ReportStatusName }): ReportPermissions {
  const office = !isApi(caller) && canReviewReport(caller, report);
  return {
    edit: mayEdit(caller, report), submit: maySubmit(caller, report),
    review: office && report.status === "SUBMITTED", reopen: office && report.status === "APPROVED",
    reconcile: mayReconcile(caller, report), resolveFindings: mayResolveFindings(caller, report),
  };
}

async function buildView(database: Db, sql: SqlClient, caller: ReportCaller, report: LoadedReport): Promise<ReportView> {
  const period = periodOf(report.period);
  const fields = await loadFields(sql, report.provinceId);
  const fieldCodes = new Map([...fields.values()].map((f) => [f.id, f.code]));
  const system = (await systemCellsByAgency(sql, report.provinceId, period, fieldCodes, [report.agencyId])).get(report.agencyId) ?? new Map<string, BaseCells>();
  const dbRows = await database.reportRow.findMany({ where: { provinceId: report.provinceId, reportId: report.id }, orderBy: { fieldCode: "asc" } });
  const rows = dbRows.map(rowOfDb);
  const zero = form06Columns({ c4: 0, c5: 0, c6: 0, c8: 0, c9: 0, c10: 0, c12: 0, c13: 0 });
  const rowViews: ReportRowView[] = rows.map((r) => {
    const field = fields.get(r.fieldCode);
    const cells = system.get(r.fieldCode);
    return { ...r, fieldId: field?.id ?? null, fieldName: field?.name ?? null, columns: form06Columns(r), system: cells ? form06Columns(cells) : zero };
  });
  const reportedCodes = new Set(rows.map((r) => r.fieldCode));
  const systemOnly: SystemOnlyRow[] = [...system]
    .filter(([code]) => !reportedCodes.has(code))
    .map(([code, cells]) => ({ fieldCode: code, fieldId: fields.get(code)!.id, fieldName: fields.get(code)!.name, system: form06Columns(cells) }))
    .sort((a, b) => a.fieldCode.localeCompare(b.fieldCode));
  // the comparison needs only the agency's own counts: causes come from the stored findings
  const comparison = compareCells(rows, system);
  const history = await database.reportStatusChange.findMany({
    where: { provinceId: report.provinceId, reportId: report.id }, orderBy: [{ at: "asc" }, { id: "asc" }], include: { user: { select: { username: true } } },
  });
  const deadline = await deadlineOf(database, report.provinceId, period);
  const first = (await firstSubmissions(database, report.provinceId, [report.id])).get(report.id) ?? null;
  const last = await database.auditLog.findFirst({
    where: { provinceId: report.provinceId, entityType: "report", entityId: String(report.id), outcome: "SUCCESS", action: { in: ["report.create", "report.save"] } },
    orderBy: { id: "desc" }, select: { actor: true, at: true },
  });
  return {
    report: {
      id: report.id, agency: report.agency, period: report.period, periodLabel: periodLabel(period),
      windowStart: period.start, windowEnd: period.end, status: report.status, version: report.version,
      createdAt: report.createdAt, updatedAt: report.updatedAt, submittedAt: report.submittedAt, approvedAt: report.approvedAt,
      deadline, timeliness: timeliness(first, deadline, today()),
    },
    rows: rowViews,
    systemOnly,
    totals: { reported: sumColumns(rowViews.map((r) => r.columns)), system: sumColumns([...system.values()].map((c) => form06Columns(c))) },
    comparison,
    findings: await findingViews(database, report, fields),
    history: history.map((h) => ({ from: h.fromStatus, to: h.toStatus, reason: h.reason, by: h.user?.username ?? null, at: h.at })),
    lastSaved: last ? { by: last.actor, at: last.at } : null,
    can: permissionsOf(caller, report),
  };
}

/** The rows pre-filled from the one-stop data: the system's Biểu 06 of the agency per field. */
async function prefilledRows(sql: SqlClient, provinceId: number, period: Period, agencyId: number): Promise<ReportRow[]> {
  const form = await form06Report(sql, provinceId, period, [agencyId]);
  const agency = form.agencies.find((a) => a.agency.id === agencyId);
  return (agency?.rows ?? []).map((r) => ({
    fieldCode: r.field.code, c4: r.columns.c4, c5: r.columns.c5, c6: r.columns.c6, c8: r.columns.c8, c9: r.columns.c9, c10: r.columns.c10, c12: r.columns.c12, c13: r.columns.c13, comments: {},
  }));
}

async function createDraft(database: Db, sql: SqlClient, caller: ReportCaller, agencyId: number, period: Period, request: RequestInfo, rows?: readonly ReportRow[]): Promise<number> {
  const filled = rows ?? (await prefilledRows(sql, caller.provinceId, period, agencyId));
  try {
    return await database.$transaction(async (tx) => {
      const report = await tx.report.create({
        data: { provinceId: caller.provinceId, agencyId, period: period.code, windowStart: new Date(`${period.start}T00:00:00Z`), windowEnd: new Date(`${period.end}T00:00:00Z`) },
      });
      if (filled.length) await tx.reportRow.createMany({ data: rowsData(caller.provinceId, report.id, filled) });
      await tx.reportStatusChange.create({ data: { provinceId: caller.provinceId, reportId: report.id, fromStatus: null, toStatus: "DRAFT", userId: userIdOf(caller) } });
      await writeAudit(tx, {
        ...auditActor(caller, request), action: "report.create", entity: "report", entityId: report.id,
        after: { agencyId, period: period.code, rows: filled.length, prefilled: rows === undefined },
      });
      return report.id;
    });
  } catch (error) {
    // two first openings at once: the other one created it
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await database.report.findUnique({ where: { provinceId_agencyId_period: { provinceId: caller.provinceId, agencyId, period: period.code } } });
      if (existing) return existing.id;
    }
    throw error;
  }
}

async function agencyOfProvince(database: Db, provinceId: number, where: { id: number } | { code: string }) {
  const agency = "id" in where
    ? await database.agency.findUnique({ where: { provinceId_id: { provinceId, id: where.id } } })
    : await database.agency.findUnique({ where: { provinceId_code: { provinceId, code: where.code } } });
  if (!agency) throw new UserFacingError("id" in where ? "Không tìm thấy cơ quan, đơn vị." : `Không có cơ quan, đơn vị mã ${where.code} (MaDonVi) trong tỉnh.`, "agency");
  if (agency.level === "TINH") throw new UserFacingError("Báo cáo tổng hợp của tỉnh được lập từ báo cáo đã duyệt của các cơ quan, không nhập trực tiếp.", "agency");
  return agency;
}

// ───────────────────────────── Reading ─────────────────────────────

/**
 * The report of a focal officer's agency for a reporting window, created as a draft pre-filled
 * from the one-stop data when it does not exist yet (the creation is audited). Only the focal
 * officers of the agency may create it; others get the existing report or a refusal.
 */
export async function openDraft(database: Db, sql: SqlClient, viewer: Viewer, input: z.input<typeof OpenDraftInput>, request: RequestInfo): Promise<ReportView> {
  const data = OpenDraftInput.parse(input);
  const period = periodOf(data.period);
  const agency = await agencyOfProvince(database, viewer.provinceId, { id: data.agencyId });
  const existing = await database.report.findUnique({ where: { provinceId_agencyId_period: { provinceId: viewer.provinceId, agencyId: agency.id, period: period.code } } });
  if (existing) return getReport(database, sql, viewer, existing.id, request);
  await enforce(database, viewer, canEditReport(viewer, { agencyId: agency.id, status: "DRAFT" }), "report.create", request, { entity: "agency", entityId: agency.id, detail: { period: period.code } });
  const id = await createDraft(database, sql, viewer, agency.id, period, request);
  return getReport(database, sql, viewer, id, request);
}

/** One report with its rows, the system's values, findings, history and what the caller may do. */
export async function getReport(database: Db, sql: SqlClient, caller: ReportCaller, reportId: number, request: RequestInfo): Promise<ReportView> {
  const report = await loadReport(database, caller, ReportId.parse(reportId));
  await enforce(database, caller, mayRead(caller, report), "report.view", request, { entity: "report", entityId: report.id });
  return buildView(database, sql, caller, report);
}

/** The report of an agency (MaDonVi or id) for a period, or null when none was started. */
export async function findReport(database: Db, sql: SqlClient, caller: ReportCaller, key: { agency: string | number; period: string }, request: RequestInfo): Promise<ReportView | null> {
  const period = periodOf(key.period);
  const agency = await agencyOfProvince(database, caller.provinceId, typeof key.agency === "number" ? { id: key.agency } : { code: key.agency });
  await enforce(database, caller, mayRead(caller, { agencyId: agency.id }), "report.view", request, { entity: "agency", entityId: agency.id, detail: { period: period.code } });
  const report = await database.report.findUnique({ where: { provinceId_agencyId_period: { provinceId: caller.provinceId, agencyId: agency.id, period: period.code } } });
  return report ? getReport(database, sql, caller, report.id, request) : null;
}

export interface FocalAgencyReport {
  agency: ReportAgency;
  /** null: not started (openDraft creates it) */
  report: { id: number; status: ReportStatusName; version: number; updatedAt: Date; openFindings: number } | null;
}

/**
 * The agencies a focal officer reports for (their FOCAL assignments) and each one's report of the
 * window, started or not: the officer's starting point.
 */
export async function focalReports(database: Db, viewer: Viewer, periodText: string, request: RequestInfo): Promise<{ period: string; periodLabel: string; deadline: string; agencies: FocalAgencyReport[] }> {
  const period = periodOf(periodText);
  await enforce(database, viewer, viewer.focalAgencyIds.size > 0, "report.focal-list", request, { entity: "report" });
  const ids = [...viewer.focalAgencyIds];
  const agencies = await database.agency.findMany({ where: { provinceId: viewer.provinceId, id: { in: ids }, level: { not: "TINH" } }, select: { id: true, code: true, name: true, level: true }, orderBy: { code: "asc" } });
  const reports = await database.report.findMany({
    where: { provinceId: viewer.provinceId, period: period.code, agencyId: { in: ids } },
    include: { _count: { select: { findings: { where: { status: "OPEN" } } } } },
  });
  const byAgency = new Map(reports.map((r) => [r.agencyId, r]));
  return {
    period: period.code, periodLabel: periodLabel(period), deadline: await deadlineOf(database, viewer.provinceId, period),
    agencies: agencies.map((agency) => {
      const r = byAgency.get(agency.id);
      return { agency, report: r ? { id: r.id, status: r.status, version: r.version, updatedAt: r.updatedAt, openFindings: r._count.findings } : null };
    }),
  };
}

const LIST_ORDER: Record<ReportListQuery["sap"], Prisma.Sql> = {
  coquan: Prisma.sql`a.code`,
  ky: Prisma.sql`r.window_end`,
  trangthai: Prisma.sql`r.status`,
  capnhat: Prisma.sql`r.updated_at`,
};

/**
 * Reports visible to the viewer (office, leadership, admins: the province; focal officers: their
 * agencies), filtered, sorted and paged in SQL.
 */
export async function listReports(database: Db, viewer: Viewer, query: ReportListQuery, request: RequestInfo): Promise<{ rows: ReportListRow[]; total: number; pageSize: number }> {
  const provinceWide = canViewProvince(viewer);
  await enforce(database, viewer, provinceWide || viewer.focalScope.size > 0, "report.list", request, { entity: "report" });
  const where: Prisma.Sql[] = [Prisma.sql`r.province_id = ${viewer.provinceId}`];
  if (!provinceWide) where.push(Prisma.sql`r.agency_id = ANY(${[...viewer.focalScope]}::int[])`);
  if (query.ky) where.push(Prisma.sql`r.period = ${query.ky.toUpperCase()}`);
  if (query.trangthai) where.push(Prisma.sql`r.status = ${query.trangthai}::report_status`);
  if (query.coquan) {
    const like = `%${query.coquan.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(Prisma.sql`(a.code ILIKE ${like} OR a.name ILIKE ${like})`);
  }
  const condition = Prisma.join(where, " AND ");
  const direction = query.chieu === "tang" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const rows = await database.$queryRaw<{ id: number; agency_id: number; code: string; name: string; level: string; period: string; status: ReportStatusName; version: number; updated_at: Date; submitted_at: Date | null; approved_at: Date | null; open_findings: number }[]>`
    SELECT r.id, r.agency_id, a.code, a.name, a.level::text AS level, r.period, r.status::text AS status, r.version, r.updated_at, r.submitted_at, r.approved_at,
           (SELECT count(*)::int FROM reconciliation_finding f WHERE f.province_id = r.province_id AND f.report_id = r.id AND f.status = 'OPEN') AS open_findings
      FROM report r JOIN agency a ON a.province_id = r.province_id AND a.id = r.agency_id
     WHERE ${condition}
     ORDER BY ${LIST_ORDER[query.sap]} ${direction}, r.id ${direction}
     LIMIT ${REPORT_PAGE_SIZE} OFFSET ${(query.trang - 1) * REPORT_PAGE_SIZE}`;
  const [count] = await database.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM report r JOIN agency a ON a.province_id = r.province_id AND a.id = r.agency_id WHERE ${condition}`;
  return {
    rows: rows.map((r) => ({
      id: r.id, agency: { id: r.agency_id, code: r.code, name: r.name, level: r.level }, period: r.period, status: r.status, version: r.version,
      updatedAt: r.updated_at, submittedAt: r.submitted_at, approvedAt: r.approved_at, openFindings: r.open_findings,
    })),
    total: count!.n,
    pageSize: REPORT_PAGE_SIZE,
  };
}

// ───────────────────────────── Editing and workflow ─────────────────────────────

/**
 * Saves a draft (or a returned report) if nobody saved since `version` was loaded: the rows are
 * replaced as given. Drafts need only ReportFormSchema (the identities are checked on submit).
 */
export async function saveDraft(database: Db, caller: ReportCaller, input: z.input<typeof SaveDraftInput>, request: RequestInfo): Promise<SavedReport> {
  const data = SaveDraftInput.parse(input);
  const form = ReportFormSchema.parse({ rows: data.rows });
  const report = await loadReport(database, caller, data.reportId);
  if (!mayEdit(caller, report) && mayRead(caller, report) && (report.status === "SUBMITTED" || report.status === "APPROVED")) {
    throw new UserFacingError(`Báo cáo ${STATUS_LABELS[report.status]}: không thể sửa.`);
  }
  await enforce(database, caller, mayEdit(caller, report), "report.save", request, { entity: "report", entityId: report.id });
  return database.$transaction(async (tx) => {
    await writeRows(tx, caller, report, data.version, form.rows, request, "report.save");
    const saved = await tx.report.findUniqueOrThrow({ where: { provinceId_id: { provinceId: report.provinceId, id: report.id } } });
    return { id: saved.id, status: saved.status, version: saved.version, updatedAt: saved.updatedAt };
  });
}

/**
 * Submits a draft or returned report with the rows given (saved with it, version-checked):
 * validated with SubmittableReportSchema, reconciled, its findings stored — all in one
 * transaction with the status change and the audit records.
 */
export async function submitReport(database: Db, sql: SqlClient, caller: ReportCaller, input: z.input<typeof SubmitInput>, request: RequestInfo): Promise<SavedReport & { findings: number }> {
  const data = SubmitInput.parse(input);
  const form = SubmittableReportSchema.parse({ rows: data.rows });
  const report = await loadReport(database, caller, data.reportId);
  if (mayRead(caller, report) && (report.status === "SUBMITTED" || report.status === "APPROVED")) {
    throw new UserFacingError(`Báo cáo ${STATUS_LABELS[report.status]}: không gửi lại được.`);
  }
  await enforce(database, caller, maySubmit(caller, report), "report.submit", request, { entity: "report", entityId: report.id });
  // the system's counts are read before the transaction (read-only, from the statistics summary)
  const result = await runReconciliation(sql, report, form.rows);
  return database.$transaction(async (tx) => {
    await writeRows(tx, caller, report, data.version, form.rows, request, "report.save");
    const current = await loadReport(tx, caller, report.id);
    const saved = await transition(tx, caller, current, "SUBMITTED", request, {
      action: "report.submit", version: current.version,
      data: { submittedAt: new Date(), submittedById: userIdOf(caller) },
      after: { findings: result.findings.length },
    });
    await storeFindings(tx, caller, current, result.findings, request);
    return { ...saved, findings: result.findings.length };
  });
}

/** The office returns a submitted report to the agency with a reason; it becomes editable again. */
export async function returnReport(database: Db, viewer: Viewer, input: z.input<typeof ReturnInput>, request: RequestInfo): Promise<SavedReport> {
  const data = ReturnInput.parse(input);
  const report = await loadReport(database, viewer, data.reportId);
  await enforce(database, viewer, canReviewReport(viewer, report) && report.status === "SUBMITTED", "report.return", request, { entity: "report", entityId: report.id });
  return database.$transaction((tx) => transition(tx, viewer, report, "RETURNED", request, { action: "report.return", version: data.version, reason: data.reason }));
}

/** The office approves a submitted report: it is locked (no edits, no finding changes). */
export async function approveReport(database: Db, viewer: Viewer, input: z.input<typeof ApproveInput>, request: RequestInfo): Promise<SavedReport> {
  const data = ApproveInput.parse(input);
  const report = await loadReport(database, viewer, data.reportId);
  await enforce(database, viewer, canReviewReport(viewer, report) && report.status === "SUBMITTED", "report.approve", request, { entity: "report", entityId: report.id });
  return database.$transaction((tx) =>
    transition(tx, viewer, report, "APPROVED", request, { action: "report.approve", version: data.version, data: { approvedAt: new Date(), approvedById: viewer.userId } }));
}

/**
 * The office reopens an approved report, with a reason: it goes back to the agency as returned
 * (editable) and leaves the consolidation until approved again.
 */
export async function reopenReport(database: Db, viewer: Viewer, input: z.input<typeof ReopenInput>, request: RequestInfo): Promise<SavedReport> {
  const data = ReopenInput.parse(input);
  const report = await loadReport(database, viewer, data.reportId);
  await enforce(database, viewer, canReviewReport(viewer, report) && report.status === "APPROVED", "report.reopen", request, { entity: "report", entityId: report.id });
  return database.$transaction((tx) =>
    transition(tx, viewer, report, "RETURNED", request, { action: "report.reopen", version: data.version, reason: data.reason, data: { approvedAt: null, approvedById: null } }));
}

// ───────────────────────────── Findings ─────────────────────────────

/** Reconciles a report's current rows now and stores the findings (replacing the open ones). */
export async function reconcileReport(database: Db, sql: SqlClient, caller: ReportCaller, reportId: number, request: RequestInfo): Promise<FindingView[]> {
  const report = await loadReport(database, caller, ReportId.parse(reportId));
  await enforce(database, caller, mayReconcile(caller, report), "report.reconcile", request, { entity: "report", entityId: report.id });
  if (report.status === "APPROVED") throw new UserFacingError("Báo cáo đã được duyệt (khóa): mở lại báo cáo trước khi đối chiếu lại.");
  const rows = (await database.reportRow.findMany({ where: { provinceId: report.provinceId, reportId: report.id } })).map(rowOfDb);
  const result = await runReconciliation(sql, report, rows);
  await database.$transaction((tx) => storeFindings(tx, caller, report, result.findings, request));
  return findingViews(database, report, result.fields);
}

/** Marks a finding explained (with its text), corrected, or open again. */
export async function resolveFinding(database: Db, viewer: Viewer, input: z.input<typeof ResolveFindingInput>, request: RequestInfo): Promise<FindingView> {
  const data = ResolveFindingInput.parse(input);
  const finding = await database.reconciliationFinding.findUnique({ where: { provinceId_id: { provinceId: viewer.provinceId, id: data.findingId } } });
  if (!finding) throw new ReportNotFoundError("Không tìm thấy phát hiện đối chiếu.");
  const report = await loadReport(database, viewer, finding.reportId);
  if (report.status === "APPROVED" && mayRead(viewer, report)) throw new UserFacingError("Báo cáo đã được duyệt (khóa): không thay đổi được kết quả đối chiếu.");
  await enforce(database, viewer, mayResolveFindings(viewer, report), "finding.resolve", request, { entity: "reconciliation_finding", entityId: finding.id });
  const fields = await database.field.findMany({ where: { provinceId: viewer.provinceId, code: finding.fieldCode } });
  return database.$transaction(async (tx) => {
    const open = data.status === "OPEN";
    const updated = await tx.reconciliationFinding.update({
      where: { provinceId_id: { provinceId: viewer.provinceId, id: finding.id } },
      data: { status: data.status, explanation: data.explanation || null, resolvedById: open ? null : viewer.userId, resolvedAt: open ? null : new Date() },
      include: { resolvedBy: { select: { username: true } } },
    });
    await writeAudit(tx, {
      ...auditActor(viewer, request), action: `finding.${data.status.toLowerCase()}`, entity: "reconciliation_finding", entityId: finding.id,
      before: { status: finding.status, explanation: finding.explanation }, after: { status: updated.status, explanation: updated.explanation, reportId: report.id },
    });
    return findingView(updated, report, new Map(fields.map((f) => [f.code, f])));
  });
}

// ───────────────────────────── Deadlines and timeliness ─────────────────────────────

export interface DeadlineRow {
  period: string;
  dueDate: string;
}

export async function listDeadlines(database: Db, viewer: Viewer): Promise<DeadlineRow[]> {
  const rows = await database.reportDeadline.findMany({ where: { provinceId: viewer.provinceId }, orderBy: { period: "desc" } });
  return rows.map((r) => ({ period: r.period, dueDate: r.dueDate.toISOString().slice(0, 10) }));
}

/** Sets a window's submission deadline (province settings: administrators). */
export async function setDeadline(database: Db, viewer: Viewer, input: z.input<typeof DeadlineInput>, request: RequestInfo): Promise<DeadlineRow> {
  const data = DeadlineInput.parse(input);
  const period = periodOf(data.period);
  await enforce(database, viewer, canEditSettings(viewer), "report.deadline", request, { entity: "report_deadline", entityId: period.code });
  if (data.dueDate <= period.end) throw new UserFacingError(`Hạn nộp phải sau ngày chốt số liệu của kỳ (${period.end.split("-").reverse().join("/")}).`, "dueDate");
  return database.$transaction(async (tx) => {
    const key = { provinceId_period: { provinceId: viewer.provinceId, period: period.code } };
    const before = await tx.reportDeadline.findUnique({ where: key });
    const dueDate = new Date(`${data.dueDate}T00:00:00Z`);
    await tx.reportDeadline.upsert({ where: key, create: { provinceId: viewer.provinceId, period: period.code, dueDate }, update: { dueDate } });
    await writeAudit(tx, {
      ...auditActor(viewer, request), action: "report.deadline", entity: "report_deadline", entityId: period.code,
      before: before ? { dueDate: before.dueDate.toISOString().slice(0, 10) } : { dueDate: defaultDeadline(period), default: true }, after: { dueDate: data.dueDate },
    });
    return { period: period.code, dueDate: data.dueDate };
  });
}

export interface TimelinessRow {
  agency: ReportAgency;
  reportId: number | null;
  status: ReportStatusName | null;
  firstSubmittedOn: string | null;
  timeliness: Timeliness;
}

export interface TimelinessTable {
  period: string;
  periodLabel: string;
  deadline: string;
  deadlineConfigured: boolean;
  rows: TimelinessRow[];
  rate: ReportingRate;
}

/**
 * The expected agencies of a window and their submissions. Expected (reading): agencies in force
 * during the window (validity overlapping it), other than the province itself (TINH), that have a
 * procedure within their competence or already a report for the window.
 */
async function expectedAgencies(database: Db, provinceId: number, period: Period): Promise<ReportAgency[]> {
  return database.$queryRaw<ReportAgency[]>`
    SELECT a.id, a.code, a.name, a.level::text AS level FROM agency a
     WHERE a.province_id = ${provinceId} AND a.level <> 'TINH'
       AND (a.valid_from IS NULL OR a.valid_from <= ${period.end}::date) AND (a.valid_to IS NULL OR a.valid_to >= ${period.start}::date)
       AND (EXISTS (SELECT 1 FROM report r WHERE r.province_id = a.province_id AND r.agency_id = a.id AND r.period = ${period.code})
            OR EXISTS (SELECT 1 FROM procedure p WHERE p.province_id = a.province_id AND ${Prisma.raw(agencyCompetenceSql("p", "a"))}))
     ORDER BY a.code`;
}

/** Who submitted the window's report on time, late, or not yet (office, leadership, admins). */
export async function submissionTimeliness(database: Db, viewer: Viewer, periodText: string, request: RequestInfo): Promise<TimelinessTable> {
  await enforce(database, viewer, canViewProvince(viewer), "report.timeliness", request, { entity: "report" });
  const period = periodOf(periodText);
  const configured = await database.reportDeadline.findUnique({ where: { provinceId_period: { provinceId: viewer.provinceId, period: period.code } } });
  const deadline = configured ? configured.dueDate.toISOString().slice(0, 10) : defaultDeadline(period);
  const agencies = await expectedAgencies(database, viewer.provinceId, period);
  const reports = await database.report.findMany({ where: { provinceId: viewer.provinceId, period: period.code }, select: { id: true, agencyId: true, status: true } });
  const byAgency = new Map(reports.map((r) => [r.agencyId, r]));
  const firsts = await firstSubmissions(database, viewer.provinceId, reports.map((r) => r.id));
  const now = today();
  const rows = agencies.map((agency) => {
    const report = byAgency.get(agency.id);
    const first = report ? firsts.get(report.id) ?? null : null;
    return { agency, reportId: report?.id ?? null, status: report?.status ?? null, firstSubmittedOn: first, timeliness: timeliness(first, deadline, now) };
  });
  return { period: period.code, periodLabel: periodLabel(period), deadline, deadlineConfigured: !!configured, rows, rate: reportingRate(rows.map((r) => r.timeliness)) };
}

// ───────────────────────────── Province-wide views (office) ─────────────────────────────

export interface ReconciliationSummaryRow {
  agency: ReportAgency;
  reportId: number | null;
  status: ReportStatusName | null;
  openFindings: number;
  findings: number;
  /** open findings per cause */
  openByCause: Partial<Record<FindingCause, number>>;
  /** the report's totals (null without a report) and the system's */
  reported: Form06Columns | null;
  system: Form06Columns;
}

export interface ReconciliationSummary {
  period: string;
  periodLabel: string;
  rows: ReconciliationSummaryRow[];
  totals: { reported: Form06Columns; system: Form06Columns; openFindings: number; agenciesWithOpenFindings: number };
}

/**
 * Per agency with a report or system counts in the window: its report's status, open findings
 * (by cause) and totals reported vs system; agencies with open findings first.
 */
export async function reconciliationSummary(database: Db, sql: SqlClient, viewer: Viewer, periodText: string, request: RequestInfo): Promise<ReconciliationSummary> {
  await enforce(database, viewer, canReconcile(viewer) || canViewProvince(viewer), "report.reconciliation-summary", request, { entity: "report" });
  const period = periodOf(periodText);
  const fields = await loadFields(sql, viewer.provinceId);
  const system = await systemCellsByAgency(sql, viewer.provinceId, period, new Map([...fields.values()].map((f) => [f.id, f.code])));
  const reports = await database.report.findMany({
    where: { provinceId: viewer.provinceId, period: period.code },
    include: { rows: true, findings: { select: { status: true, cause: true } } },
  });
  const byAgency = new Map(reports.map((r) => [r.agencyId, r]));
  const agencyIds = [...new Set([...system.keys(), ...byAgency.keys()])];
  const agencies = await database.agency.findMany({ where: { provinceId: viewer.provinceId, id: { in: agencyIds } }, select: { id: true, code: true, name: true, level: true } });
  const rows: ReconciliationSummaryRow[] = agencies.map((agency) => {
    const report = byAgency.get(agency.id);
    const open = report?.findings.filter((f) => f.status === "OPEN") ?? [];
    const openByCause: Partial<Record<FindingCause, number>> = {};
    for (const f of open) openByCause[causeFromDb(f.cause)] = (openByCause[causeFromDb(f.cause)] ?? 0) + 1;
    return {
      agency, reportId: report?.id ?? null, status: report?.status ?? null, openFindings: open.length, findings: report?.findings.length ?? 0, openByCause,
      reported: report ? sumColumns(report.rows.map((r) => form06Columns(r))) : null,
      system: sumColumns([...(system.get(agency.id)?.values() ?? [])].map((c) => form06Columns(c))),
    };
  });
  rows.sort((a, b) => b.openFindings - a.openFindings || a.agency.code.localeCompare(b.agency.code));
  return {
    period: period.code, periodLabel: periodLabel(period), rows,
    totals: {
      reported: sumColumns(rows.flatMap((r) => (r.reported ? [r.reported] : []))),
      system: sumColumns(rows.map((r) => r.system)),
      openFindings: rows.reduce((s, r) => s + r.openFindings, 0),
      agenciesWithOpenFindings: rows.filter((r) => r.openFindings > 0).length,
    },
  };
}

export interface ConsolidatedReport {
  period: string;
  periodLabel: string;
  windowStart: string;
  windowEnd: string;
  /** per lĩnh vực: the sum over the approved reports */
  fields: { fieldCode: string; fieldName: string | null; columns: Form06Columns }[];
  /** per agency with an approved report: its totals */
  agencies: { agency: ReportAgency; reportId: number; approvedAt: Date | null; columns: Form06Columns }[];
  total: Form06Columns;
  /** expected agencies whose report is not approved (yet) */
  notApproved: { agency: ReportAgency; status: ReportStatusName | null }[];
}

/** The province's Biểu 06 consolidated from the approved agency reports of a window. */
export async function consolidatedReport(database: Db, viewer: Viewer, periodText: string, request: RequestInfo): Promise<ConsolidatedReport> {
  await enforce(database, viewer, canViewProvince(viewer), "report.consolidated", request, { entity: "report" });
  const period = periodOf(periodText);
  const approved = await database.report.findMany({
    where: { provinceId: viewer.provinceId, period: period.code, status: "APPROVED", agency: { level: { not: "TINH" } } },
    include: { rows: true, agency: { select: { id: true, code: true, name: true, level: true } } },
  });
  const names = new Map((await database.field.findMany({ where: { provinceId: viewer.provinceId }, select: { code: true, name: true } })).map((f) => [f.code, f.name]));
  const byField = new Map<string, Form06Columns[]>();
  for (const report of approved) for (const row of report.rows) byField.set(row.fieldCode, [...(byField.get(row.fieldCode) ?? []), form06Columns(row)]);
  const fields = [...byField].map(([fieldCode, columns]) => ({ fieldCode, fieldName: names.get(fieldCode) ?? null, columns: sumColumns(columns) })).sort((a, b) => a.fieldCode.localeCompare(b.fieldCode));
  const agencies = approved
    .map((r) => ({ agency: r.agency, reportId: r.id, approvedAt: r.approvedAt, columns: sumColumns(r.rows.map((row) => form06Columns(row))) }))
    .sort((a, b) => a.agency.code.localeCompare(b.agency.code));
  const approvedIds = new Set(approved.map((r) => r.agencyId));
  const statuses = new Map((await database.report.findMany({ where: { provinceId: viewer.provinceId, period: period.code }, select: { agencyId: true, status: true } })).map((r) => [r.agencyId, r.status]));
  const notApproved = (await expectedAgencies(database, viewer.provinceId, period))
    .filter((a) => !approvedIds.has(a.id))
    .map((agency) => ({ agency, status: statuses.get(agency.id) ?? null }));
  return {
    period: period.code, periodLabel: periodLabel(period), windowStart: period.start, windowEnd: period.end,
    fields, agencies, total: sumColumns(agencies.map((a) => a.columns)), notApproved,
  };
}

// ───────────────────────────── Exchange JSON (API) ─────────────────────────────

/**
 * A report in the JSON of DATA_FORMATS §5, from an API client (scope reports:write) or a
 * signed-in focal officer of the agency: creates the draft if needed, replaces its rows and —
 * unless `draft` — submits it (same validation, reconciliation and audit as the form). A report
 * already submitted or approved is refused (the office returns or reopens it first).
 */
export async function submitExchange(database: Db, sql: SqlClient, caller: ReportCaller, body: unknown, options: { draft: boolean }, request: RequestInfo): Promise<ReportView> {
  const exchange = ExchangeReportSchema.parse(body);
  const period = periodOf(exchange.Ky);
  const agency = await agencyOfProvince(database, caller.provinceId, { code: exchange.MaDonVi });
  const form = (options.draft ? ReportFormSchema : SubmittableReportSchema).parse(formFromExchange(exchange));
  const existing = await database.report.findUnique({ where: { provinceId_agencyId_period: { provinceId: caller.provinceId, agencyId: agency.id, period: period.code } } });
  const target = { agencyId: agency.id, status: (existing?.status ?? "DRAFT") as ReportStatusName };
  if (existing && (existing.status === "SUBMITTED" || existing.status === "APPROVED") && mayRead(caller, target)) {
    throw new UserFacingError(`Báo cáo kỳ ${period.code} của ${agency.code} ${STATUS_LABELS[existing.status]}: không thay đổi được. Văn phòng UBND tỉnh cần trả lại (hoặc mở lại) báo cáo trước.`);
  }
  await enforce(database, caller, mayEdit(caller, target), "report.api-submit", request, { entity: "agency", entityId: agency.id, detail: { period: period.code } });
  const id = existing?.id ?? (await createDraft(database, sql, caller, agency.id, period, request, []));
  const report = await loadReport(database, caller, id);
  if (options.draft) {
    await database.$transaction((tx) => writeRows(tx, caller, report, report.version, form.rows, request, "report.save"));
  } else {
    await submitReport(database, sql, caller, { reportId: id, version: report.version, rows: form.rows }, request);
  }
  return getReport(database, sql, caller, id, request);
}
