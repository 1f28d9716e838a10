import "server-only";
import type { Db } from "@/lib/db/client";
import { ROLES, type RoleName, type Viewer } from "./permissions";

const PROVINCE_WIDE: readonly RoleName[] = ["ADMIN", "OFFICE", "LEADERSHIP"];

/**
 * The viewer behind a session, read from the database now (never from the session token), so a
 * deactivated user, a changed role or a narrowed scope takes effect on the very next request.
 * Null when the user does not exist, is deactivated, or the session predates the user's last
 * session reset (`sessionVersion`: password reset, deactivation).
 */
export async function loadViewer(db: Db, userId: number, sessionVersion: number): Promise<Viewer | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true, username: true, fullName: true, active: true, provinceId: true, sessionVersion: true, mustChangePassword: true,
      province: { select: { name: true } },
      roles: { select: { role: true, agencyId: true, provinceId: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  // a role only counts in the user's own province
  const assignments = user.roles.filter((r) => r.provinceId === user.provinceId);
  const roles = ROLES.filter((role) => assignments.some((a) => a.role === role));
  const focalAgencyIds = new Set(assignments.filter((a) => a.role === "FOCAL" && a.agencyId !== null).map((a) => a.agencyId!));
  // FOCAL scope: the assigned agencies, and all their descendants where includeSubunits
  const scopeRows = focalAgencyIds.size
    ? await db.$queryRaw<{ id: number }[]>`
        WITH RECURSIVE scope(id, deep) AS (
          SELECT ra.agency_id, ra.include_subunits
            FROM role_assignment ra
           WHERE ra.user_id = ${user.id} AND ra.province_id = ${user.provinceId} AND ra.role = 'FOCAL' AND ra.agency_id IS NOT NULL
          UNION
          SELECT a.id, true
            FROM agency a JOIN scope s ON s.deep AND a.parent_id = s.id
           WHERE a.province_id = ${user.provinceId})
        SELECT DISTINCT id FROM scope`
    : [];
  const focalScope = new Set(scopeRows.map((r) => r.id));
  return {
    userId: user.id,
    username: user.username,
    displayName: user.fullName,
    provinceId: user.provinceId,
    provinceName: user.province.name,
    roles,
    agencyScope: roles.some((r) => PROVINCE_WIDE.includes(r)) ? "province" : focalScope,
    focalAgencyIds,
    focalScope,
    mustChangePassword: user.mustChangePassword,
  };
}
