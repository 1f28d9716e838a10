// The agency page's service on the demo province: its Biểu 06 by field and its defect counts are
// the engine's and the drill-down's (every cell and count links to exactly those dossiers), the
// trend's single grouped query gives what one window at a time gives, the early warning is what
// the pure rule gives over every dossier, and a focal officer sees their own agencies only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { seedDemo } from "@/lib/seed/seed-demo";
import { DEMO_SNAPSHOT } from "@/lib/seed/demo-generator";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { FORM06_COLUMNS, emptyCounters } from "@/lib/domain/counters";
import { dayFromIso } from "@/lib/domain/local-time";
import { parsePeriod } from "@/lib/domain/periods";
import { earlyWarning } from "@/lib/domain/early-warning";
import { form06Report, index766 } from "@/lib/stats/engine";
import { windowCounters } from "@/lib/stats/summary";
import { countFigure, listFigureDossiers } from "@/lib/stats/drilldown";
import { loadProvinceCalendar } from "@/lib/stats/calendar";
import { earlyWarningDossiers } from "@/lib/stats/early-warning";
import { refreshDossierSummary } from "@/lib/stats/summary";
import {
  exportAgencyEarlyWarning, exportAgencyForm06, exportAgencyLateWithoutApology, getAgencyDashboard, indexQuarters, trendQuarters,
  type AgencyDashboard, type AgencyPageState,
} from "@/lib/services/agency-dashboard";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewers";

const FROM = { ip: "198.51.100.7", userAgent: "vitest" };
// the demo's snapshot day (20/11/2026, Vietnam): dossiers still in progress then are due soon after
const NOW = DEMO_SNAPSHOT;
const TODAY = "2026-11-20";

describe.each(DB_KINDS)("agency dashboard on %s", (kind) => {
  let t: TestDb;
  let sql: pg.Client;
  let office: Viewer;
  let focal: Viewer;
  let land: number;
  let justice: number;
  let provinceId: number;
  let dashboard: AgencyDashboard;
  const period = parsePeriod("2026-Q3", "reporting");
  const state: AgencyPageState = { period, days: 5, lateWithoutApologyPage: 1, warningPage: 1 };

  beforeAll(async () => {
    t = await openTestDb(kind);
    await seedDemo(t.url, { dossiers: 5000, seed: "agency-page" });
    sql = new pg.Client({ connectionString: t.url });
    await sql.connect();
    office = await viewerOf(t.db, "vanphong");
    focal = await viewerOf(t.db, "daumoi.nnmt");
    provinceId = office.provinceId;
    land = (await t.db.agency.findFirstOrThrow({ where: { name: "Sở Nông nghiệp và Môi trường" } })).id;
    justice = (await t.db.agency.findFirstOrThrow({ where: { name: "Sở Tư pháp" } })).id;
    // the early warning's fixture: 80 of its dossiers received in the year before, reopened
    // (received or processing) and due from two days before today to two weeks after — on
    // working days, weekends and holidays alike —, the first two on hold though due tomorrow
    // (waiting for a supplement, for a payment); then the summary rebuilt from the dossiers
    await sql.query(
      `WITH picked AS (
         SELECT id, row_number() OVER (ORDER BY code) - 1 AS i FROM dossier
         WHERE province_id = $1 AND resolving_agency_id = $2 AND status NOT IN (1, 3) AND received_on BETWEEN $3::date - 400 AND $3::date - 1
         ORDER BY code LIMIT 80),
       due AS (SELECT id, i, $3::date + (CASE WHEN i < 2 THEN 1 ELSE i % 16 - 2 END)::int AS due_on FROM picked)
       UPDATE dossier d SET status = CASE WHEN due.i = 0 THEN 5 WHEN due.i = 1 THEN 6 WHEN due.i % 5 = 0 THEN 2 ELSE 4 END,
         finished_at = NULL, finished_on = NULL, returned_at = NULL, due_on = due.due_on, due_at = (due.due_on + time '10:00') AT TIME ZONE 'UTC'
       FROM due WHERE d.province_id = $1 AND d.id = due.id`,
      [provinceId, land, TODAY],
    );
    await refreshDossierSummary(sql, provinceId);
    dashboard = (await getAgencyDashboard(t.db, sql, office, land, state, FROM, NOW))!;
  }, 180_000);
  afterAll(async () => {
    await sql?.end();
    await t?.close();
  });

  it("shows the period asked for, in its family", async () => {
    expect(dashboard.period.code).toBe("2026-Q3");
    expect(dashboard.today).toBe(TODAY);
    const calendar = await getAgencyDashboard(t.db, sql, office, land, { ...state, period: parsePeriod("2026-Q1", "calendar") }, FROM, NOW);
    expect(calendar!.period).toMatchObject({ family: "calendar", start: "2026-01-01", end: "2026-03-31" });
    expect(calendar!.trend.map((p) => p.period.family)).toEqual(Array(8).fill("calendar"));
    expect(calendar!.trend[7]!.period.code).toBe("2026-Q1");
  });

  it("gives the engine's Biểu 06 by field, each cell counting exactly the dossiers its explorer link selects", async () => {
    const engine = (await form06Report(sql, provinceId, period)).agencies.find((a) => a.agency.id === land)!;
    expect(dashboard.form06.rows.length).toBeGreaterThan(1);
    expect(dashboard.form06.rows).toEqual(engine.rows);
    expect(dashboard.form06.total).toEqual(engine.total);
    expect(dashboard.metrics.columns).toEqual(engine.total);
    for (const row of dashboard.form06.rows) {
      for (const column of FORM06_COLUMNS) {
        const n = await countFigure(sql, { provinceId, window: period, figure: column, agencyIds: [land], fieldId: row.field.id });
        expect([row.field.code, column, n]).toEqual([row.field.code, column, row.columns[column]]);
      }
    }
  });

  it("counts each defect as the drill-down does, and shows the first of them", async () => {
    expect(dashboard.defects.map((d) => d.figure)).toEqual(["unsynced", "resultMissing", "resultBlank", "resultArchive", "resultIdentical", "historyGap", "dueBeyondLegal"]);
    expect(dashboard.defects.some((d) => d.count > 0)).toBe(true);
    for (const defect of dashboard.defects) {
      expect([defect.figure, await countFigure(sql, { provinceId, window: period, figure: defect.figure, agencyIds: [land] })]).toEqual([defect.figure, defect.count]);
      // the first ones in the explorer's order, from the single pass over the agency's dossiers
      expect(defect.sample).toEqual((await listFigureDossiers(sql, { provinceId, window: period, figure: defect.figure, agencyIds: [land] }, 1, 5)).dossiers);
    }
    const noApology = await countFigure(sql, { provinceId, window: period, figure: "lateWithoutApology", agencyIds: [land] });
    expect(noApology).toBeGreaterThan(0);
    expect(dashboard.lateWithoutApology.total).toBe(noApology);
    expect(dashboard.metrics.lateWithoutApology).toBe(noApology);
    expect(dashboard.lateWithoutApology.dossiers.length).toBe(Math.min(20, noApology));
  });

  it("assembles the trend from one grouped query that agrees with one window at a time", async () => {
    const quarters = trendQuarters(period);
    expect(quarters.map((q) => q.code)).toEqual(["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]);
    expect(dashboard.trend.map((p) => p.period.code)).toEqual(quarters.map((q) => q.code));
    for (const point of dashboard.trend) {
      const counters = (await windowCounters(sql, provinceId, point.period, "agency", [land]))[0]?.counters ?? emptyCounters();
      const received = counters.c4 + counters.c5;
      const resolved = counters.c8 + counters.c9 + counters.c10;
      expect([point.period.code, point.received, point.resolved]).toEqual([point.period.code, received, resolved]);
    }
    const last = dashboard.trend[dashboard.trend.length - 1]!;
    expect(last.overdueShare).toBeCloseTo(dashboard.metrics.overdueShare);
    expect(last.threshold).toBe(dashboard.penalty!.threshold);
    // 766 by calendar quarter, the agency's own
    expect(indexQuarters(period).map((q) => q.code)).toEqual(quarters.map((q) => q.code));
    expect(dashboard.index.points.length).toBe(8);
    const q3 = await index766(sql, provinceId, parsePeriod("2026-Q3", "calendar"), land);
    expect(dashboard.index.points[7]).toMatchObject({ points: q3.points, computedMaxPoints: q3.computedMaxPoints });
    expect(dashboard.index.groups.map((g) => g.code)).toEqual(q3.groups.map((g) => g.code));
  });

  it("warns exactly the dossiers the pure rule warns, soonest due first", async () => {
    const { rows } = await sql.query<{ code: string; status: number; due: string | null }>(
      `SELECT code, status, to_char(coalesce(due_on, legal_due_on), 'YYYY-MM-DD') AS due FROM dossier WHERE province_id = $1 AND resolving_agency_id = $2`,
      [provinceId, land],
    );
    const calendar = (await loadProvinceCalendar(sql, provinceId)).forDay(dayFromIso(TODAY));
    // the fixture must hold dossiers the rule excludes though due soon: waiting for the applicant
    expect(rows.some((r) => (r.status === 5 || r.status === 6) && r.due !== null && r.due >= TODAY && r.due <= "2026-11-27")).toBe(true);
    for (const days of [0, 3, 5, 10]) {
      const expected = new Map(rows.flatMap((r) => {
        const left = earlyWarning(calendar, r, dayFromIso(TODAY), days);
        return left === null ? [] : [[r.code, left] as const];
      }));
      const { dossiers, total } = await earlyWarningDossiers(sql, { provinceId, agencyId: land, today: TODAY, days, calendar });
      expect(total).toBe(expected.size);
      expect(new Map(dossiers.map((d) => [d.code, d.workingDaysLeft]))).toEqual(expected);
      expect(dossiers.map((d) => d.due)).toEqual(dossiers.map((d) => d.due).sort());
    }
    expect(dashboard.earlyWarning.total).toBeGreaterThan(20);
    const all = await earlyWarningDossiers(sql, { provinceId, agencyId: land, today: TODAY, days: 5, calendar });
    expect(dashboard.earlyWarning.dossiers.map((d) => d.code)).toEqual(all.dossiers.slice(0, 20).map((d) => d.code));
    const second = await getAgencyDashboard(t.db, sql, office, land, { ...state, warningPage: 2 }, FROM, NOW);
    expect(second!.earlyWarning.dossiers.map((d) => d.code)).toEqual(all.dossiers.slice(20, 40).map((d) => d.code));
    expect(second!.earlyWarning.total).toBe(all.total);
    const beyond = await getAgencyDashboard(t.db, sql, office, land, { ...state, warningPage: 999 }, FROM, NOW);
    expect([beyond!.earlyWarning.dossiers.length, beyond!.earlyWarning.total]).toEqual([0, all.total]);
  });

  it("exports the whole tables", async () => {
    const form = (await exportAgencyForm06(t.db, sql, office, land, period, FROM))!;
    expect(form.rows).toEqual(dashboard.form06.rows);
    const warned = (await exportAgencyEarlyWarning(t.db, sql, office, land, 5, FROM, NOW))!;
    expect(warned.warned.dossiers.length).toBe(dashboard.earlyWarning.total);
    const late = (await exportAgencyLateWithoutApology(t.db, sql, office, land, period, FROM))!;
    const codes: string[] = [];
    for await (const d of late.rows) codes.push(d.code);
    expect(codes.length).toBe(dashboard.lateWithoutApology.total);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("gives a focal officer their own agency, refuses another one (audited), and knows no agency of another province", async () => {
    expect(focal.agencyScope !== "province" && focal.agencyScope.has(land)).toBe(true);
    const own = await getAgencyDashboard(t.db, sql, focal, land, state, FROM, NOW);
    expect(own!.form06.total).toEqual(dashboard.form06.total);
    await expect(getAgencyDashboard(t.db, sql, focal, justice, state, FROM, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAgencyForm06(t.db, sql, focal, justice, period, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAgencyEarlyWarning(t.db, sql, focal, justice, 5, FROM, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAgencyLateWithoutApology(t.db, sql, focal, justice, period, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    const denied = await t.db.auditLog.findMany({ where: { action: "auth.denied", userId: focal.userId }, orderBy: { id: "asc" } });
    expect(denied.map((d) => [d.entityId, (d.after as { attempted: string }).attempted])).toEqual([
      [String(justice), "agency.view"], [String(justice), "agency.export"], [String(justice), "agency.export"], [String(justice), "agency.export"],
    ]);
    expect(await getAgencyDashboard(t.db, sql, office, 2_000_000_000, state, FROM, NOW)).toBeNull();
    expect(await exportAgencyForm06(t.db, sql, office, 2_000_000_000, period, FROM)).toBeNull();
  });
});
