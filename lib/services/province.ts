import "server-only";
import type { Db } from "@/lib/db/client";
import { visibleAgencyFilter, type Viewer } from "@/lib/auth/permissions";

export interface ProvinceSummary {
  id: number;
  code: string;
  name: string;
  agencies: number;
  currentAgencies: number;
  procedures: number;
  fields: number;
  dossiers: number;
  lastImportAt: Date | null;
  /** the data comes from the demo generator, not from a one-stop system */
  isDemo: boolean;
  /** agency and dossier figures are limited to the viewer's agencies */
  scoped: boolean;
}

/**
 * The province this deployment presents before sign-in (the sign-in page's title). A deployment
 * usually serves one province; one that holds several presents the one named by TTHC_PROVINCE.
 * Signed-in users always see their own province.
 */
export async function currentProvince(db: Db): Promise<{ id: number; code: string; name: string } | null> {
  const code = process.env.TTHC_PROVINCE;
  return db.province.findFirst({ where: code ? { code } : {}, orderBy: { id: "asc" }, select: { id: true, code: true, name: true } });
}

/**
 * Figures of the viewer's province — for a focal officer, of the agencies in its scope only
 * (`agencies`, `currentAgencies` and `dossiers` then count those; the catalogue stays
 * province-wide, it is public).
 */
export async function provinceSummary(db: Db, viewer: Viewer): Promise<ProvinceSummary | null> {
  const provinceId = viewer.provinceId;
  const visible = visibleAgencyFilter(viewer);
  const agencyWhere = visible ? { provinceId, id: { in: visible } } : { provinceId };
  const [province, agencies, currentAgencies, procedures, fields, dossiers, lastImport, seeded] = await Promise.all([
    db.province.findUnique({ where: { id: provinceId } }),
    db.agency.count({ where: agencyWhere }),
    db.agency.count({ where: { ...agencyWhere, validTo: null } }),
    db.procedure.count({ where: { provinceId } }),
    db.field.count({ where: { provinceId } }),
    db.dossier.count({ where: visible ? { provinceId, resolvingAgencyId: { in: visible } } : { provinceId } }),
    db.importBatch.findFirst({ where: { provinceId, status: "COMMITTED" }, orderBy: { finishedAt: "desc" }, select: { finishedAt: true } }),
    db.importBatch.count({ where: { provinceId, source: "SEED" } }),
  ]);
  if (!province) return null;
  return { id: province.id, code: province.code, name: province.name, agencies, currentAgencies, procedures, fields, dossiers, lastImportAt: lastImport?.finishedAt ?? null, isDemo: seeded > 0, scoped: visible !== null };
}
