import { statsRoute } from "@/lib/api/stats-route";
import { index766Json } from "@/lib/stats/json";
import { getIndex766, StatsQuery } from "@/lib/services/stats";

/** GET /api/v1/index766?period=2024-Q1[&agency=MaDonVi] — Bộ chỉ số 766 of a calendar period. */
export const GET = statsRoute(StatsQuery, async (database, sql, caller, query, request) =>
  index766Json(await getIndex766(database, sql, caller, query, request)));
