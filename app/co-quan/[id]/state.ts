// The agency page's URL state as the page and its exports read it (one reading for both, so an
// export is exactly the table the page showed).
import { pagePeriod } from "@/components/period-fields";
import { AgencyPageQuery, type AgencyPageState } from "@/lib/services/agency-dashboard";

type SearchParams = Record<string, string | string[] | undefined>;

export function agencyPageState(search: SearchParams, now = new Date()): { query: AgencyPageQuery; state: AgencyPageState } {
  const query = AgencyPageQuery.parse(Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  return {
    query,
    state: {
      period: pagePeriod(query.ky, query.kieu === "lich" ? "calendar" : "reporting", now),
      days: query.ngay,
      lateWithoutApologyPage: query.trangxl,
      warningPage: query.trangcb,
    },
  };
}
