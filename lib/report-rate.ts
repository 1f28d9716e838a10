// The office's reporting-rate table of a window (one line per expected agency: status of its
// Biểu 06, timeliness, open findings) filtered, sorted and paged from its URL state. Pure, so the
// rules are tested without a database; the page calls it on the server.
import { z } from "zod";
import type { ReportStatusName } from "@/lib/auth/permissions";
import type { Timeliness } from "@/lib/domain/report-deadline";
import { PageNumber } from "@/lib/url-query";

export const RATE_PAGE_SIZE = 25;

/** ?ky=&hantrang=&trangthai=&q=&sap=&chieu=&trang= of the office's list. */
export const RateQuery = z.object({
  /** timeliness: dung-han, tre-han, chua-gui (missing), con-han (pending) */
  nop: z.enum(["dung-han", "tre-han", "chua-gui", "con-han"]).optional().catch(undefined),
  trangthai: z.enum(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "NONE"]).optional().catch(undefined),
  /** only agencies with open findings */
  phathien: z.enum(["co"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  sap: z.enum(["coquan", "nop", "trangthai", "phathien", "ngaygui"]).default("coquan").catch("coquan"),
  chieu: z.enum(["tang", "giam"]).default("tang").catch("tang"),
  trang: PageNumber,
});
export type RateQuery = z.infer<typeof RateQuery>;

export const TIMELINESS_BY_PARAM: Record<NonNullable<RateQuery["nop"]>, Timeliness> = {
  "dung-han": "on_time",
  "tre-han": "late",
  "chua-gui": "missing",
  "con-han": "pending",
};

export interface RateRow {
  agency: { id: number; code: string; name: string };
  reportId: number | null;
  status: ReportStatusName | null;
  firstSubmittedOn: string | null;
  timeliness: Timeliness;
  openFindings: number;
}

// worst first when descending: missing, late, pending, on time
const TIMELINESS_RANK: Record<Timeliness, number> = { on_time: 0, pending: 1, late: 2, missing: 3 };
const STATUS_RANK: Record<ReportStatusName | "NONE", number> = { NONE: 0, DRAFT: 1, RETURNED: 2, SUBMITTED: 3, APPROVED: 4 };
const collator = new Intl.Collator("vi");

const COMPARE: Record<RateQuery["sap"], (a: RateRow, b: RateRow) => number> = {
  coquan: (a, b) => collator.compare(a.agency.name, b.agency.name),
  nop: (a, b) => TIMELINESS_RANK[a.timeliness] - TIMELINESS_RANK[b.timeliness],
  trangthai: (a, b) => STATUS_RANK[a.status ?? "NONE"] - STATUS_RANK[b.status ?? "NONE"],
  phathien: (a, b) => a.openFindings - b.openFindings,
  // not submitted sorts after every date when ascending
  ngaygui: (a, b) => (a.firstSubmittedOn ?? "9999").localeCompare(b.firstSubmittedOn ?? "9999"),
};

/** The rows the query keeps, in its order (ties by agency code), and the page asked for. */
export function rateTablePage(rows: readonly RateRow[], query: RateQuery): { rows: RateRow[]; total: number; pages: number; page: number } {
  const needle = query.q?.toLocaleLowerCase("vi");
  const kept = rows.filter((r) =>
    (!query.nop || r.timeliness === TIMELINESS_BY_PARAM[query.nop]) &&
    (!query.trangthai || (r.status ?? "NONE") === query.trangthai) &&
    (!query.phathien || r.openFindings > 0) &&
    (!needle || r.agency.name.toLocaleLowerCase("vi").includes(needle) || r.agency.code.toLocaleLowerCase("vi").includes(needle)));
  const sign = query.chieu === "tang" ? 1 : -1;
  kept.sort((a, b) => sign * COMPARE[query.sap](a, b) || a.agency.code.localeCompare(b.agency.code));
  const pages = Math.max(1, Math.ceil(kept.length / RATE_PAGE_SIZE));
  const page = Math.min(query.trang, pages);
  return { rows: kept.slice((page - 1) * RATE_PAGE_SIZE, page * RATE_PAGE_SIZE), total: kept.length, pages, page };
}
