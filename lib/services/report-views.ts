import "server-only";
// Reads the report pages need beyond lib/services/reports.ts (which owns every change and the
// single-report reads): a focal officer's windows with the state of each report, the office's
// reporting-rate table with open findings, the catalogue's lĩnh vực for adding a row. Each
// function authorizes by role and scope (lib/auth/permissions.ts) itself.
import type { Db } from "@/lib/db/client";
import { canViewProvince, type ReportStatusName, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { enforce } from "@/lib/services/audit";
import { submissionTimeliness, type TimelinessTable } from "@/lib/services/reports";
import { defaultDeadline, timeliness, type Timeliness } from "@/lib/domain/report-deadline";
import { periodName } from "@/lib/domain/periods";
import { offeredWindows } from "@/lib/report-windows";
import { isoDate, localDayOf } from "@/lib/domain/local-time";
import type { RateRow } from "@/lib/report-rate";

const localDate = (instant: Date) => isoDate(localDayOf(instant));

export interface FocalWindowRow {
  period: string;
  periodName: string;
  windowStart: string;
  windowEnd: string;
  /** the window has not ended yet: its figures are not final */
  running: boolean;
  deadline: string;
  report: { id: number; status: ReportStatusName; updatedAt: Date; openFindings: number } | null;
  timeliness: Timeliness;
}

export interface FocalAgencyWindows {
  agency: { id: number; code: string; name: string };
  windows: FocalWindowRow[];
}

/** A focal officer's agencies (as assigned) and, for each offered window, its report's state. */
export async function focalReportWindows(database: Db, viewer: Viewer, request: RequestInfo, now: Date = new Date()): Promise<FocalAgencyWindows[]> {
  await enforce(database, viewer, viewer.focalAgencyIds.size > 0, "report.focal-list", request, { entity: "report" });
  const today = localDate(now);
  const windows = offeredWindows(today);
  const agencyIds = [...viewer.focalAgencyIds];
  const agencies = await database.agency.findMany({
    where: { provinceId: viewer.provinceId, id: { in: agencyIds }, level: { not: "TINH" } },
    select: { id: true, code: true, name: true }, orderBy: { code: "asc" },
  });
  const codes = windows.map((w) => w.code);
  const [reports, deadlines] = await Promise.all([
    database.report.findMany({
      where: { provinceId: viewer.provinceId, agencyId: { in: agencyIds }, period: { in: codes } },
      select: {
        id: true, agencyId: true, period: true, status: true, updatedAt: true,
        _count: { select: { findings: { where: { status: "OPEN" } } } },
        statusChanges: { where: { toStatus: "SUBMITTED" }, orderBy: { at: "asc" }, take: 1, select: { at: true } },
      },
    }),
    database.reportDeadline.findMany({ where: { provinceId: viewer.provinceId, period: { in: codes } } }),
  ]);
  const deadlineOf = new Map(deadlines.map((d) => [d.period, d.dueDate.toISOString().slice(0, 10)]));
  const reportOf = new Map(reports.map((r) => [`${r.agencyId}|${r.period}`, r]));
  return agencies.map((agency) => ({
    agency,
    windows: windows.map((w) => {
      const deadline = deadlineOf.get(w.code) ?? defaultDeadline(w);
      const report = reportOf.get(`${agency.id}|${w.code}`);
      const first = report?.statusChanges[0] ? localDate(report.statusChanges[0].at) : null;
      return {
        period: w.code, periodName: periodName(w), windowStart: w.start, windowEnd: w.end, running: w.end >= today, deadline,
        report: report ? { id: report.id, status: report.status, updatedAt: report.updatedAt, openFindings: report._count.findings } : null,
        timeliness: timeliness(first, deadline, today),
      };
    }),
  }));
}

/** The office's reporting-rate table of a window: the service's timeliness per agency, with each report's open findings. */
export async function reportingRateRows(database: Db, viewer: Viewer, period: string, request: RequestInfo): Promise<{ table: TimelinessTable; rows: RateRow[] }> {
  await enforce(database, viewer, canViewProvince(viewer), "report.timeliness", request, { entity: "report" });
  const table = await submissionTimeliness(database, viewer, period, request);
  const reportIds = table.rows.flatMap((r) => (r.reportId === null ? [] : [r.reportId]));
  const open = reportIds.length
    ? await database.reconciliationFinding.groupBy({ by: ["reportId"], where: { provinceId: viewer.provinceId, reportId: { in: reportIds }, status: "OPEN" }, _count: { _all: true } })
    : [];
  const openOf = new Map(open.map((o) => [o.reportId, o._count._all]));
  return {
    table,
    rows: table.rows.map((r) => ({
      agency: { id: r.agency.id, code: r.agency.code, name: r.agency.name }, reportId: r.reportId, status: r.status,
      firstSubmittedOn: r.firstSubmittedOn, timeliness: r.timeliness, openFindings: r.reportId === null ? 0 : openOf.get(r.reportId) ?? 0,
    })),
  };
}

/** The lĩnh vực of the province's catalogue, for the form's "add a row" (anyone signed in may read the catalogue). */
export async function catalogueFields(database: Db, viewer: Viewer): Promise<{ code: string; name: string }[]> {
  return database.field.findMany({ where: { provinceId: viewer.provinceId }, select: { code: true, name: true }, orderBy: { code: "asc" } });
}
