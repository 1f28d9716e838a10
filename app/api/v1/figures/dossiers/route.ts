import { statsRoute } from "@/lib/api/stats-route";
import { FigureQuery, getFigureDossiers } from "@/lib/services/stats";

/**
 * GET /api/v1/figures/dossiers?period=2024-Q1&figure=c13[&family=calendar][&agency=…][&field=…][&page=1&pageSize=50]
 * — the dossiers a figure counts, newest reception first, paged.
 */
export const GET = statsRoute(FigureQuery, async (database, sql, caller, query, request) => {
  const { period, figure, page } = await getFigureDossiers(database, sql, caller, query, request);
  return {
    period: period.code,
    family: period.family,
    window: [period.start, period.end],
    figure,
    total: page.total,
    page: page.page,
    page_size: page.pageSize,
    dossiers: page.dossiers.map((d) => ({
      code: d.code, procedure: d.procedureCode, procedure_name: d.procedureName, status: d.status, channel: d.channel,
      received_at: d.receivedAt, due_at: d.dueAt, legal_due_at: d.legalDueAt, finished_at: d.finishedAt,
      apology_letter: d.apologyLetter, synced: d.synced,
    })),
  };
});
