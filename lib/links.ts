// Addresses of the dashboards' pages, built in one place so that every figure on every page
// links to the dossier explorer with filters the explorer reads back exactly (ExplorerFilter).
// Query parameters are Vietnamese, like the rest of the application's URLs:
//   ky=2026-Q1        period (a figure without one is read for the latest ended quarter; without a
//                     figure, the period keeps the dossiers received in it, and no period = all)
//   kieu=lich         the period is a calendar period (Bộ chỉ số 766); absent = reporting window
//   chitieu=c13       a figure of lib/stats/drilldown.ts (a Biểu 06 column or a counted defect)
//   coquan=12         resolving agency id
//   linhvuc=3         field (lĩnh vực) id
//   thutuc=45         procedure id
//   trangthai=4       TrangThaiHoSo (1–10)
//   kenh=2            KenhThucHien (1 direct, 2 online, 3 post)
//   q=H38.22-…        search by dossier code (part of it)
//   tu=, den=         received from / to (local calendar days yyyy-MM-dd, inclusive)
//   sap=ma|tiepnhan|hantra|ketthuc|quahan, chieu=tang|giam, trang=  sorting and page
import { z } from "zod";
import { FigureSchema, type Figure } from "@/lib/stats/drilldown";
import type { PeriodFamily } from "@/lib/domain/periods";
import { IsoDay } from "@/lib/url-query";

const Id = z.coerce.number().int().positive().max(2_147_483_647);
/**
 * A calendar day that exists: Date.parse rolls 2026-02-30 over to March, which the database would
 * refuse. (Zod runs every check even after the format failed, so this one must not throw either.)
 */
const Day = IsoDay.refine((d) => {
  const time = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === d;
});

/** Sort keys of the explorer: dossier code, received, due, finished, days overdue. */
export const EXPLORER_SORTS = ["ma", "tiepnhan", "hantra", "ketthuc", "quahan"] as const;
export type ExplorerSort = (typeof EXPLORER_SORTS)[number];

/** The explorer's filters as read from its URL (unknown or malformed values are dropped, never an error page). */
export const ExplorerFilter = z.object({
  ky: z.string().trim().regex(/^\d{4}(-(Q[1-4]|H1|9M|0[1-9]|1[0-2]))?$/i).optional().catch(undefined),
  kieu: z.enum(["lich"]).optional().catch(undefined),
  chitieu: FigureSchema.optional().catch(undefined),
  coquan: Id.optional().catch(undefined),
  linhvuc: Id.optional().catch(undefined),
  thutuc: Id.optional().catch(undefined),
  trangthai: z.coerce.number().int().min(1).max(10).optional().catch(undefined),
  kenh: z.coerce.number().int().min(1).max(3).optional().catch(undefined),
  q: z.string().trim().min(1).max(80).optional().catch(undefined),
  tu: Day.optional().catch(undefined),
  den: Day.optional().catch(undefined),
  sap: z.enum(EXPLORER_SORTS).optional().catch(undefined),
  chieu: z.enum(["tang", "giam"]).optional().catch(undefined),
  trang: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type ExplorerFilter = z.infer<typeof ExplorerFilter>;

export interface ExplorerLink {
  period?: string;
  family?: PeriodFamily;
  figure?: Figure;
  agencyId?: number;
  fieldId?: number;
  procedureId?: number;
  status?: number;
  channel?: number;
}

/** The dossier explorer showing exactly the dossiers behind a figure. */
export function explorerHref(link: ExplorerLink): string {
  const params = new URLSearchParams();
  if (link.period) params.set("ky", link.period);
  if (link.period && link.family === "calendar") params.set("kieu", "lich");
  if (link.figure) params.set("chitieu", link.figure);
  if (link.agencyId !== undefined) params.set("coquan", String(link.agencyId));
  if (link.fieldId !== undefined) params.set("linhvuc", String(link.fieldId));
  if (link.procedureId !== undefined) params.set("thutuc", String(link.procedureId));
  if (link.status !== undefined) params.set("trangthai", String(link.status));
  if (link.channel !== undefined) params.set("kenh", String(link.channel));
  const query = params.toString();
  return query ? `/ho-so?${query}` : "/ho-so";
}

const FILTER_KEYS = ["ky", "kieu", "chitieu", "coquan", "linhvuc", "thutuc", "trangthai", "kenh", "q", "tu", "den", "sap", "chieu", "trang"] as const;

/** The explorer's address for a filter as read back from its URL (its own links: sorting, pages, clearing one filter). */
export function explorerFilterHref(filter: ExplorerFilter, path = "/ho-so"): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value === undefined || (key === "trang" && value === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** One dossier's detail page; with a period, it shows how the dossier counts in that period. */
export function dossierHref(dossierId: number | bigint | string, period?: { code: string; family: PeriodFamily }): string {
  if (!period) return `/ho-so/${dossierId}`;
  return `/ho-so/${dossierId}?ky=${encodeURIComponent(period.code)}${period.family === "calendar" ? "&kieu=lich" : ""}`;
}

/** An agency's page, for a period when given. */
export function agencyHref(agencyId: number, period?: string): string {
  return period ? `/co-quan/${agencyId}?ky=${encodeURIComponent(period)}` : `/co-quan/${agencyId}`;
}
