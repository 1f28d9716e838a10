import { statsRoute } from "@/lib/api/stats-route";
import { scorecardJson } from "@/lib/stats/json";
import { getScorecard, StatsQuery } from "@/lib/services/stats";

/** GET /api/v1/scorecard?period=2024-Q1[&agency=MaDonVi] — the `tthc scorecard --json` shape. */
export const GET = statsRoute(StatsQuery, async (database, sql, caller, query, request) =>
  scorecardJson(await getScorecard(database, sql, caller, query, request)));
