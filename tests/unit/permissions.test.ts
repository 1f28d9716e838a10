import { describe, expect, it } from "vitest";
import {
  assertPermission, canAdminister, canEditReport, canEditSettings, canImport, canReconcile, canReviewReport, canSubmitReport,
  canViewAgency, canViewApplicantData, canViewAudit, canViewProvince, canViewReport, ForbiddenError, visibleAgencyFilter,
  type ReportStatusName, type RoleName, type Viewer,
} from "@/lib/auth/permissions";

// Agencies of the table: A is the focal officer's own agency, SUB one of its sub-units (in scope
// through includeSubunits), B another agency (out of scope).
const A = 10;
const SUB = 11;
const B = 20;
type Place = "own" | "subunit" | "other";
const AGENCY: Record<Place, number> = { own: A, subunit: SUB, other: B };
const PLACES: Place[] = ["own", "subunit", "other"];
const STATUSES: ReportStatusName[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"];

function viewer(roles: RoleName[]): Viewer {
  const focal = roles.includes("FOCAL");
  const provinceWide = roles.some((r) => r !== "FOCAL");
  return {
    userId: 1, username: "u", displayName: "U", provinceId: 1, provinceName: "P", roles, mustChangePassword: false,
    agencyScope: provinceWide ? "province" : new Set(focal ? [A, SUB] : []),
    focalAgencyIds: new Set(focal ? [A] : []),
    focalScope: new Set(focal ? [A, SUB] : []),
  };
}

const ROLE_VIEWERS: Record<RoleName, Viewer> = {
  ADMIN: viewer(["ADMIN"]), OFFICE: viewer(["OFFICE"]), LEADERSHIP: viewer(["LEADERSHIP"]), FOCAL: viewer(["FOCAL"]),
};

// Expected answers. For actions that depend on where the record is: the places allowed per role.
const GLOBAL: Record<string, { check: (v: Viewer) => boolean; allowed: RoleName[] }> = {
  canViewProvince: { check: canViewProvince, allowed: ["ADMIN", "OFFICE", "LEADERSHIP"] },
  canImport: { check: canImport, allowed: ["ADMIN", "OFFICE"] },
  canAdminister: { check: canAdminister, allowed: ["ADMIN"] },
  canViewAudit: { check: canViewAudit, allowed: ["ADMIN", "OFFICE"] },
  canEditSettings: { check: canEditSettings, allowed: ["ADMIN"] },
  canReconcile: { check: canReconcile, allowed: ["ADMIN", "OFFICE"] },
};
const SCOPED: Record<string, { check: (v: Viewer, agencyId: number) => boolean; allowed: Record<RoleName, Place[]> }> = {
  canViewAgency: {
    check: canViewAgency,
    allowed: { ADMIN: PLACES, OFFICE: PLACES, LEADERSHIP: PLACES, FOCAL: ["own", "subunit"] },
  },
  canViewApplicantData: {
    check: canViewApplicantData,
    allowed: { ADMIN: [], OFFICE: PLACES, LEADERSHIP: [], FOCAL: ["own", "subunit"] },
  },
  canViewReport: {
    check: (v, agencyId) => canViewReport(v, { agencyId }),
    allowed: { ADMIN: PLACES, OFFICE: PLACES, LEADERSHIP: PLACES, FOCAL: ["own", "subunit"] },
  },
};
// Report workflow: [role, place, status] allowed.
const REPORT: Record<string, { check: (v: Viewer, r: { agencyId: number; status: ReportStatusName }) => boolean; allowed: (role: RoleName, place: Place, status: ReportStatusName) => boolean }> = {
  canEditReport: { check: canEditReport, allowed: (role, place, status) => role === "FOCAL" && place === "own" && (status === "DRAFT" || status === "RETURNED") },
  canSubmitReport: { check: canSubmitReport, allowed: (role, place, status) => role === "FOCAL" && place === "own" && (status === "DRAFT" || status === "RETURNED") },
  canReviewReport: { check: canReviewReport, allowed: (role, _place, status) => role === "OFFICE" && (status === "SUBMITTED" || status === "APPROVED") },
};

const ROLE_NAMES = Object.keys(ROLE_VIEWERS) as RoleName[];

describe("permissions: every role × action", () => {
  const globalCases = Object.entries(GLOBAL).flatMap(([name, spec]) => ROLE_NAMES.map((role) => [name, role, spec.allowed.includes(role)] as const));
  it.each(globalCases)("%s for %s → %s", (name, role, expected) => {
    expect(GLOBAL[name]!.check(ROLE_VIEWERS[role])).toBe(expected);
  });

  const scopedCases = Object.entries(SCOPED).flatMap(([name, spec]) =>
    ROLE_NAMES.flatMap((role) => PLACES.map((place) => [name, role, place, spec.allowed[role].includes(place)] as const)));
  it.each(scopedCases)("%s for %s on an agency that is %s → %s", (name, role, place, expected) => {
    expect(SCOPED[name]!.check(ROLE_VIEWERS[role], AGENCY[place])).toBe(expected);
  });

  const reportCases = Object.entries(REPORT).flatMap(([name, spec]) =>
    ROLE_NAMES.flatMap((role) => PLACES.flatMap((place) => STATUSES.map((status) => [name, role, place, status, spec.allowed(role, place, status)] as const))));
  it.each(reportCases)("%s for %s, report of an agency that is %s, %s → %s", (name, role, place, status, expected) => {
    expect(REPORT[name]!.check(ROLE_VIEWERS[role], { agencyId: AGENCY[place], status })).toBe(expected);
  });
});

describe("agency filter for SQL", () => {
  it("is no filter for province-wide roles and the sorted scope for a focal officer", () => {
    expect(visibleAgencyFilter(ROLE_VIEWERS.ADMIN)).toBeNull();
    expect(visibleAgencyFilter(ROLE_VIEWERS.OFFICE)).toBeNull();
    expect(visibleAgencyFilter(ROLE_VIEWERS.LEADERSHIP)).toBeNull();
    expect(visibleAgencyFilter({ ...ROLE_VIEWERS.FOCAL, agencyScope: new Set([SUB, A]) })).toEqual([A, SUB]);
  });
  it("is empty (sees nothing) for a user without any role", () => {
    const nobody = viewer([]);
    expect(visibleAgencyFilter(nobody)).toEqual([]);
    expect(canViewAgency(nobody, A)).toBe(false);
    expect([canViewProvince, canImport, canAdminister, canViewAudit, canEditSettings, canReconcile].some((f) => f(nobody))).toBe(false);
  });
});

describe("several roles", () => {
  it("grant the union, but applicant data only where a role needs it", () => {
    // a vice-chairman who is also the focal officer of agency A: province-wide read, names only in A
    const v = viewer(["LEADERSHIP", "FOCAL"]);
    expect(canViewAgency(v, B)).toBe(true);
    expect(canViewApplicantData(v, A)).toBe(true);
    expect(canViewApplicantData(v, B)).toBe(false);
    expect(canEditReport(v, { agencyId: A, status: "DRAFT" })).toBe(true);
    expect(canEditReport(v, { agencyId: B, status: "DRAFT" })).toBe(false);
    expect(canReviewReport(v, { agencyId: A, status: "SUBMITTED" })).toBe(false);
  });
});

describe("assertPermission", () => {
  it("throws a ForbiddenError naming the attempt, with a Vietnamese message", () => {
    expect(() => assertPermission(true, "x")).not.toThrow();
    const error = (() => {
      try {
        assertPermission(false, "user.create");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).what).toBe("user.create");
    expect((error as ForbiddenError).message).toMatch(/không có quyền/);
  });
});
