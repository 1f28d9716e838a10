import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { canViewAgency, hasApiScope, isApiPrincipal, visibleAgencyFilter, type ApiPrincipal, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { enforce } from "./audit";

export const AGENCY_LEVELS = ["TINH", "SO", "CHINHANH", "NGANHDOC", "HUYEN", "XA"] as const;
// Names sort with ICU's root collation ("đ" after "d", not after "z"): available in PGlite and
// PostgreSQL alike, unlike the Vietnamese tailoring (vi-x-icu), which PGlite lacks.
const SORTS = { ten: `a.name COLLATE "und-x-icu"`, ma: "a.code", cap: "a.level", hoso: "dossiers" } as const;
export const PAGE_SIZE = 25;

/** The agency list's URL state (?cap=&q=&hieuluc=&sap=&chieu=&trang=), validated at the boundary. */
export const AgencyListQuery = z.object({
  cap: z.enum(AGENCY_LEVELS).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  hieuluc: z.enum(["hien-tai", "tat-ca", "da-giai-the"]).default("hien-tai").catch("hien-tai"),
  sap: z.enum(Object.keys(SORTS) as [keyof typeof SORTS, ...(keyof typeof SORTS)[]]).default("hoso").catch("hoso"),
  chieu: z.enum(["tang", "giam"]).default("giam").catch("giam"),
  trang: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type AgencyListQuery = z.infer<typeof AgencyListQuery>;

export interface AgencyRow {
  id: number;
  code: string;
  name: string;
  level: (typeof AGENCY_LEVELS)[number];
  parentName: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  successorName: string | null;
  /** dossiers this agency resolves (statuses 1 and 3 are never counted: not received) */
  dossiers: number;
}

/**
 * Agencies of the viewer's province with their dossier counts, limited to the viewer's scope (a
 * focal officer sees its agency and sub-units only); filtered, sorted and paged in SQL.
 */
export async function listAgencies(db: Db, viewer: Viewer, query: AgencyListQuery): Promise<{ rows: AgencyRow[]; total: number }> {
  const provinceId = viewer.provinceId;
  const filters: Prisma.Sql[] = [Prisma.sql`a.province_id = ${provinceId}`];
  const visible = visibleAgencyFilter(viewer);
  if (visible) filters.push(Prisma.sql`a.id = ANY(${visible}::int[])`);
  if (query.cap) filters.push(Prisma.sql`a.level = ${query.cap}::agency_level`);
  if (query.q) filters.push(Prisma.sql`(a.name ILIKE ${`%${query.q}%`} OR a.code ILIKE ${`%${query.q}%`})`);
  if (query.hieuluc === "hien-tai") filters.push(Prisma.sql`a.valid_to IS NULL`);
  if (query.hieuluc === "da-giai-the") filters.push(Prisma.sql`a.valid_to IS NOT NULL`);
  const order = Prisma.raw(`${SORTS[query.sap]} ${query.chieu === "tang" ? "ASC" : "DESC"}, a.code ASC`);
  const rows = await db.$queryRaw<(AgencyRow & { total: bigint })[]>`
    WITH counts AS (
      SELECT resolving_agency_id AS agency_id, count(*)::int AS dossiers
        FROM dossier
       WHERE province_id = ${provinceId} AND status NOT IN (1, 3)
       GROUP BY resolving_agency_id)
    SELECT a.id, a.code, a.name, a.level::text AS level, parent.name AS "parentName", a.valid_from AS "validFrom",
           a.valid_to AS "validTo", successor.name AS "successorName", coalesce(c.dossiers, 0) AS dossiers,
           count(*) OVER () AS total
      FROM agency a
      LEFT JOIN counts c ON c.agency_id = a.id
      LEFT JOIN agency parent ON parent.province_id = a.province_id AND parent.id = a.parent_id
      LEFT JOIN agency successor ON successor.province_id = a.province_id AND successor.id = a.successor_id
     WHERE ${Prisma.join(filters, " AND ")}
     ORDER BY ${order}
     LIMIT ${PAGE_SIZE} OFFSET ${(query.trang - 1) * PAGE_SIZE}`;
  return { rows: rows.map(({ total: _total, ...row }) => row), total: Number(rows[0]?.total ?? 0) };
}

export interface AgencyDetail extends AgencyRow {
  children: { id: number; code: string; name: string; validTo: Date | null }[];
}

/**
 * One agency of the caller's province with its dossier count and direct sub-units (only those the
 * caller may see). Null when no such agency exists; ForbiddenError (recorded in the audit trail)
 * when it exists outside the caller's scope. An API client needs the `stats:read` scope.
 */
export async function getAgency(db: Db, caller: Viewer | ApiPrincipal, agencyId: number, request: RequestInfo): Promise<AgencyDetail | null> {
  const may = (id: number) => (isApiPrincipal(caller) ? hasApiScope(caller, "stats:read") : canViewAgency(caller, id));
  const agency = await db.agency.findUnique({
    where: { provinceId_id: { provinceId: caller.provinceId, id: agencyId } },
    select: {
      id: true, code: true, name: true, level: true, validFrom: true, validTo: true,
      parent: { select: { name: true } }, successor: { select: { name: true } },
      children: { select: { id: true, code: true, name: true, validTo: true }, orderBy: { code: "asc" } },
    },
  });
  if (!agency) return null;
  await enforce(db, caller, may(agency.id), "agency.view", request, { entity: "agency", entityId: agency.id });
  const dossiers = await db.dossier.count({ where: { provinceId: caller.provinceId, resolvingAgencyId: agency.id, status: { notIn: [1, 3] } } });
  return {
    id: agency.id, code: agency.code, name: agency.name, level: agency.level, validFrom: agency.validFrom, validTo: agency.validTo,
    parentName: agency.parent?.name ?? null, successorName: agency.successor?.name ?? null, dossiers,
    children: agency.children.filter((c) => may(c.id)),
  };
}

/** Current agencies the viewer may see, for pickers: grouped by level, sorted by name. */
export async function agencyOptions(db: Db, viewer: Viewer): Promise<{ id: number; code: string; name: string; level: AgencyRow["level"] }[]> {
  const visible = visibleAgencyFilter(viewer);
  return db.$queryRaw`
    SELECT a.id, a.code, a.name, a.level::text AS level
      FROM agency a
     WHERE a.province_id = ${viewer.provinceId} AND a.valid_to IS NULL
       ${visible ? Prisma.sql`AND a.id = ANY(${visible}::int[])` : Prisma.empty}
     ORDER BY array_position(ARRAY['TINH','SO','CHINHANH','NGANHDOC','HUYEN','XA']::text[], a.level::text), a.name COLLATE "und-x-icu"`;
}
