import { statsRoute } from "@/lib/api/stats-route";
import { form06DetailJson, form06Json } from "@/lib/stats/json";
import { getForm06, StatsQuery } from "@/lib/services/stats";

/**
 * GET /api/v1/form06?period=2024-Q1[&agency=MaDonVi] — Biểu 06 of a reporting window: the
 * `tthc form06 --json` shape; with `agency`, that agency's rows per lĩnh vực under "detail".
 * "province" is null for callers limited to their own agencies.
 */
export const GET = statsRoute(StatsQuery, async (database, sql, caller, query, request) => {
  const { report, provinceVisible, agencyId } = await getForm06(database, sql, caller, query, request);
  const json = form06Json(report, agencyId);
  return {
    ...json,
    province: provinceVisible ? json.province : null,
    ...(agencyId === undefined ? {} : { detail: form06DetailJson(report, agencyId) }),
  };
});
