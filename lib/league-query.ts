// The URL state of the agency league table (/bang-xep-hang), read by the page and by its export
// route with the same schema, and written back by the table's controls (router.push), so that a
// link reproduces exactly the table it was copied from and the back button walks its history:
//   ky=2026-Q1, kieu=lich   period (lib/links.ts); default: the latest ended quarter
//   cap=SO                  agency level; absent = every level
//   q=tư pháp               part of the name or code
//   vuot=1                  only agencies over their level's penalty threshold
//   sap=c13, chieu=giam     sorted column and direction (tang | giam); default: rank within level
//   trang=2, so=50          page and rows per page
//   cot=c3,c13,tyle         visible columns; absent = the default set
// Malformed values fall back to their default rather than an error page.
import { z } from "zod";
import { LEAGUE_COLUMN_IDS, LEAGUE_LEVELS, leagueColumn, type SortDirection } from "@/lib/domain/league";
import type { PeriodFamily } from "@/lib/domain/periods";
import type { AgencyLevel } from "@/lib/domain/scorecard";

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_SORT = "hang";

const ColumnId = z.enum(LEAGUE_COLUMN_IDS);

export const LeagueQuery = z.object({
  ky: z.string().trim().regex(/^\d{4}(-(Q[1-4]|H1|9M|0[1-9]|1[0-2]))?$/i).optional().catch(undefined),
  kieu: z.enum(["lich"]).optional().catch(undefined),
  cap: z.enum(LEAGUE_LEVELS as [AgencyLevel, ...AgencyLevel[]]).optional().catch(undefined),
  q: z.string().trim().max(100).transform((v) => v || undefined).optional().catch(undefined),
  vuot: z.enum(["1"]).optional().catch(undefined),
  sap: ColumnId.default(DEFAULT_SORT).catch(DEFAULT_SORT),
  chieu: z.enum(["tang", "giam"]).optional().catch(undefined),
  trang: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  so: z.coerce.number().int().refine((n) => (PAGE_SIZES as readonly number[]).includes(n)).default(25).catch(25),
  cot: z.string().max(400).transform((v) => {
    const known = new Set<string>(LEAGUE_COLUMN_IDS);
    const ids = v.split(",").map((s) => s.trim()).filter((s) => known.has(s));
    return ids.length ? [...new Set(ids)] : undefined;
  }).optional().catch(undefined),
});
export type LeagueQuery = z.infer<typeof LeagueQuery>;

/** Parses a page's searchParams or a request's URLSearchParams (first value of repeated keys). */
export function parseLeagueQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): LeagueQuery {
  const entries = params instanceof URLSearchParams
    ? [...new Set(params.keys())].map((k) => [k, params.get(k) ?? undefined] as const)
    : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  return LeagueQuery.parse(Object.fromEntries(entries));
}

export function periodFamilyOf(query: Pick<LeagueQuery, "kieu">): PeriodFamily {
  return query.kieu === "lich" ? "calendar" : "reporting";
}

/** The direction a query sorts in: the one asked for, else the column's first (largest first for counts). */
export function sortDirectionOf(query: Pick<LeagueQuery, "sap" | "chieu">): SortDirection {
  if (query.chieu) return query.chieu === "tang" ? "asc" : "desc";
  return leagueColumn(query.sap).descFirst ? "desc" : "asc";
}

/** The query string ("?…", or "" for the defaults) of a league table state; defaults are left out. */
export function leagueSearch(query: LeagueQuery): string {
  const params = new URLSearchParams();
  if (query.ky) params.set("ky", query.ky);
  if (query.kieu) params.set("kieu", query.kieu);
  if (query.cap) params.set("cap", query.cap);
  if (query.q) params.set("q", query.q);
  if (query.vuot) params.set("vuot", query.vuot);
  if (query.sap !== DEFAULT_SORT || query.chieu) params.set("sap", query.sap);
  if (query.chieu) params.set("chieu", query.chieu);
  if (query.trang > 1) params.set("trang", String(query.trang));
  if (query.so !== 25) params.set("so", String(query.so));
  if (query.cot) params.set("cot", query.cot.join(","));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export const LEAGUE_PATH = "/bang-xep-hang";
export const LEAGUE_EXPORT_PATH = "/bang-xep-hang/xuat";
