// Pieces of the URL state of list pages (filters, dates, page number), validated with Zod at the
// boundary: a bad value falls back to "no filter" instead of an error page.
import { z } from "zod";

/** A calendar day as `<input type="date">` sends it: yyyy-MM-dd. */
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)));

/** ?trang= (1-based), 1 when absent or invalid. */
export const PageNumber = z.coerce.number().int().min(1).max(100_000).default(1).catch(1);

/** The instants of Vietnam calendar days `from`–`to`, both inclusive (UTC+7, no daylight saving since 1975). */
export function vietnamDays(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } {
  return {
    ...(from ? { gte: new Date(`${from}T00:00:00+07:00`) } : {}),
    ...(to ? { lt: new Date(new Date(`${to}T00:00:00+07:00`).getTime() + 86_400_000) } : {}),
  };
}

/** A page's searchParams with one value per key (the first of repeated keys). */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
