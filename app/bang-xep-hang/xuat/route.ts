import { z } from "zod";
import { db, sqlPool } from "@/lib/db/prisma";
import { viewerRoute } from "@/lib/api/viewer-route";
import { pagePeriod } from "@/components/period-fields";
import { parseLeagueQuery, periodFamilyOf } from "@/lib/league-query";
import { getLeagueTable } from "@/lib/services/league";
import { leagueExportTable } from "@/lib/export/league";
import { tableDownload } from "@/lib/export/table";

const Format = z.enum(["xlsx", "csv"]).catch("xlsx");

/** GET /bang-xep-hang/xuat?<the table's URL state>&dinhdang=xlsx|csv — the league table on screen, every page. */
export const GET = viewerRoute(async (viewer, request, info) => {
  const params = new URL(request.url).searchParams;
  const query = parseLeagueQuery(params);
  const period = pagePeriod(query.ky, periodFamilyOf(query));
  const table = await getLeagueTable(db(), sqlPool(), viewer, period, query, info, { allRows: true });
  return tableDownload(leagueExportTable(table, query), Format.parse(params.get("dinhdang")), `bang-xep-hang-${period.code}${period.family === "calendar" ? "-lich" : ""}`);
});
