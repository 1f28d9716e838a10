import "server-only";
import type { Db } from "@/lib/db/client";

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
}

/**
 * The province this deployment shows. A deployment usually serves one province; one that holds
 * several shows the one named by TTHC_PROVINCE (the user's own province once sign-in exists).
 */
export async function currentProvince(db: Db): Promise<{ id: number; code: string; name: string } | null> {
  const code = process.env.TTHC_PROVINCE;
  return db.province.findFirst({ where: code ? { code } : {}, orderBy: { id: "asc" }, select: { id: true, code: true, name: true } });
}

export async function provinceSummary(db: Db, provinceId: number): Promise<ProvinceSummary | null> {
  const [province, agencies, currentAgencies, procedures, fields, dossiers, lastImport, seeded] = await Promise.all([
    db.province.findUnique({ where: { id: provinceId } }),
    db.agency.count({ where: { provinceId } }),
    db.agency.count({ where: { provinceId, validTo: null } }),
    db.procedure.count({ where: { provinceId } }),
    db.field.count({ where: { provinceId } }),
    db.dossier.count({ where: { provinceId } }),
    db.importBatch.findFirst({ where: { provinceId, status: "COMMITTED" }, orderBy: { finishedAt: "desc" }, select: { finishedAt: true } }),
    db.importBatch.count({ where: { provinceId, source: "SEED" } }),
  ]);
  if (!province) return null;
  return { id: province.id, code: province.code, name: province.name, agencies, currentAgencies, procedures, fields, dossiers, lastImportAt: lastImport?.finishedAt ?? null, isDemo: seeded > 0 };
}
