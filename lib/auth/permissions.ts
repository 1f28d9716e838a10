// Who may do what: the one place where roles and agency scope become decisions. Pure functions
// over a Viewer (loaded fresh from the database on every request by lib/auth/viewer.ts); every
// service, server action and route handler asks these functions, never the proxy alone.
//
// Roles (issue 5):
// - ADMIN: users, agencies, procedures, thresholds, API keys, imports; province-wide read.
// - OFFICE (Văn phòng UBND tỉnh, KSTTHC): province-wide read, imports, reconciliation, review
//   and approval of reports, the audit trail.
// - LEADERSHIP: province-wide read-only dashboards.
// - FOCAL (đầu mối of an agency): reads its agency (and sub-units when the assignment says so);
//   edits and submits the reports of the agencies it is assigned to.
// A user may hold several roles; a permission holds when any role grants it.

export const ROLES = ["ADMIN", "OFFICE", "LEADERSHIP", "FOCAL"] as const;
export type RoleName = (typeof ROLES)[number];

export const ROLE_LABELS: Record<RoleName, string> = {
  ADMIN: "Quản trị hệ thống",
  OFFICE: "Văn phòng UBND tỉnh (KSTTHC)",
  LEADERSHIP: "Lãnh đạo tỉnh",
  FOCAL: "Đầu mối KSTTHC",
};

export type ReportStatusName = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";

export interface Viewer {
  userId: number;
  username: string;
  displayName: string;
  provinceId: number;
  provinceName: string;
  roles: readonly RoleName[];
  /**
   * Agencies this viewer may see: "province" for province-wide roles (ADMIN, OFFICE,
   * LEADERSHIP), else the explicit set (assigned agencies plus, when includeSubunits, all their
   * descendants in the agency tree).
   */
  agencyScope: "province" | ReadonlySet<number>;
  /** agencies of the viewer's FOCAL assignments, as assigned (their reports are the viewer's) */
  focalAgencyIds: ReadonlySet<number>;
  /** agencies the FOCAL assignments reach (assigned plus sub-units when included) */
  focalScope: ReadonlySet<number>;
  /** an administrator reset the password: nothing but choosing a new one until done */
  mustChangePassword: boolean;
}

/** What an API client (a source system holding a key) may do: province-wide, by scope. */
export const API_SCOPES = ["dossiers:write", "catalogue:write", "reports:write", "stats:read"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_LABELS: Record<ApiScope, string> = {
  "dossiers:write": "Gửi hồ sơ (đồng bộ từ Hệ thống một cửa)",
  "catalogue:write": "Gửi danh mục cơ quan, thủ tục",
  "reports:write": "Gửi báo cáo Biểu 06",
  "stats:read": "Đọc số liệu thống kê",
};

/** An API client authenticated by its key (lib/auth/api-keys.ts). */
export interface ApiPrincipal {
  kind: "api";
  apiClientId: number;
  provinceId: number;
  name: string;
  scopes: readonly string[];
}

export function hasApiScope(p: ApiPrincipal, scope: ApiScope): boolean {
  return p.scopes.includes(scope);
}

/** A caller of a route handler: a signed-in user, or an API client. */
export function isApiPrincipal(caller: Viewer | ApiPrincipal): caller is ApiPrincipal {
  return "kind" in caller && caller.kind === "api";
}

const has = (v: Viewer, ...roles: RoleName[]) => v.roles.some((r) => roles.includes(r));

/** Province-wide dashboards and lists (every agency's figures). */
export function canViewProvince(v: Viewer): boolean {
  return has(v, "ADMIN", "OFFICE", "LEADERSHIP");
}

/** One agency's pages, figures and dossiers (without applicant data: see canViewApplicantData). */
export function canViewAgency(v: Viewer, agencyId: number): boolean {
  return v.agencyScope === "province" || v.agencyScope.has(agencyId);
}

/**
 * Personal data of applicants (ChuHoSo) of a dossier resolved by `agencyId`. Reading: only the
 * roles that handle dossiers need it — OFFICE (reconciles the province's dossiers) everywhere,
 * FOCAL within its own scope. ADMIN administers the system and LEADERSHIP reads aggregates:
 * neither sees names.
 */
export function canViewApplicantData(v: Viewer, agencyId: number): boolean {
  return has(v, "OFFICE") || (has(v, "FOCAL") && v.focalScope.has(agencyId));
}

/** Import files (dossiers, catalogue, snapshots) through the web or the CLI. */
export function canImport(v: Viewer): boolean {
  return has(v, "ADMIN", "OFFICE");
}

/** Users, agencies, procedures, API keys. */
export function canAdminister(v: Viewer): boolean {
  return has(v, "ADMIN");
}

/** The audit trail and its export. */
export function canViewAudit(v: Viewer): boolean {
  return has(v, "ADMIN", "OFFICE");
}

/** Province settings: penalty thresholds, working hours, report deadlines. */
export function canEditSettings(v: Viewer): boolean {
  return has(v, "ADMIN");
}

/** Compare agencies' reports with the one-stop system and record findings. */
export function canReconcile(v: Viewer): boolean {
  return has(v, "ADMIN", "OFFICE");
}

/** Read one report (any status): the office, leadership and admins, and the focal officers who can see its agency. */
export function canViewReport(v: Viewer, report: { agencyId: number }): boolean {
  return canViewProvince(v) || (has(v, "FOCAL") && v.focalScope.has(report.agencyId));
}

/** Change a report's figures: the focal officer of its agency, while it is a draft or returned. */
export function canEditReport(v: Viewer, report: { agencyId: number; status: ReportStatusName }): boolean {
  return has(v, "FOCAL") && v.focalAgencyIds.has(report.agencyId) && (report.status === "DRAFT" || report.status === "RETURNED");
}

/** Submit a report to the office: same rule as editing it. */
export function canSubmitReport(v: Viewer, report: { agencyId: number; status: ReportStatusName }): boolean {
  return canEditReport(v, report);
}

/** The office returns or approves a submitted report, and may reopen an approved one. */
export function canReviewReport(v: Viewer, report: { agencyId: number; status: ReportStatusName }): boolean {
  return has(v, "OFFICE") && (report.status === "SUBMITTED" || report.status === "APPROVED");
}

/** For SQL: null = no agency filter, else the agency ids to keep (`agency_id = ANY($n)`). */
export function visibleAgencyFilter(v: Viewer): number[] | null {
  return v.agencyScope === "province" ? null : [...v.agencyScope].sort((a, b) => a - b);
}

/** Refused: shown to the user as its (Vietnamese) message; `what` names the attempt for the audit trail. */
export class ForbiddenError extends Error {
  constructor(
    readonly what: string,
    message = "Bạn không có quyền thực hiện thao tác này.",
  ) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Throws ForbiddenError unless `allowed`. */
export function assertPermission(allowed: boolean, what: string, message?: string): asserts allowed {
  if (!allowed) throw new ForbiddenError(what, message);
}
