// The report pages' own reads (lib/services/report-views.ts) on the demo province: a focal
// officer's windows with the state of each report (own agencies only), the office's
// reporting-rate rows with open findings, and the refusals by role.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { seedDemo } from "@/lib/seed/seed-demo";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { openDraft, saveDraft, submitReport } from "@/lib/services/reports";
import { catalogueFields, focalReportWindows, reportingRateRows } from "@/lib/services/report-views";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewers";

const FROM = { ip: "198.51.100.8", userAgent: "vitest" };
// 01/04/2026 in Vietnam: the running quarter is 2026-Q2, 2026-Q1 ended on 14/03 (deadline 18/03)
const NOW = new Date("2026-04-01T03:00:00Z");
const PERIOD = "2026-Q1";

describe.each(DB_KINDS)("report views on %s", (kind) => {
  let t: TestDb;
  let sql: pg.Client;
  let office: Viewer, land: Viewer, justice: Viewer;
  let landAgencyId: number, justiceAgencyId: number;

  beforeAll(async () => {
    t = await openTestDb(kind);
    await seedDemo(t.url, { dossiers: 2000, seed: "report-views" });
    sql = new pg.Client({ connectionString: t.url });
    await sql.connect();
    office = await viewerOf(t.db, "vanphong");
    land = await viewerOf(t.db, "daumoi.nnmt");
    justice = await viewerOf(t.db, "daumoi.tuphap");
    landAgencyId = [...land.focalAgencyIds][0]!;
    justiceAgencyId = [...justice.focalAgencyIds][0]!;
  }, 180_000);
  afterAll(async () => {
    await sql?.end();
    await t?.close();
  });

  it("a focal officer sees only their agencies' windows, with each report's state", async () => {
    const before = await focalReportWindows(t.db, land, FROM, NOW);
    expect(before.map((a) => a.agency.id)).toEqual([landAgencyId]);
    const q1 = before[0]!.windows.find((w) => w.period === PERIOD)!;
    expect(q1).toMatchObject({ windowStart: "2025-12-15", windowEnd: "2026-03-14", running: false, deadline: "2026-03-18", report: null, timeliness: "missing" });
    expect(before[0]!.windows[0]).toMatchObject({ period: "2026-Q2", running: true, timeliness: "pending" });

    const draft = await openDraft(t.db, sql, land, { agencyId: landAgencyId, period: PERIOD }, FROM);
    const rows = draft.rows.map(({ fieldCode, c4, c5, c6, c8, c9, c10, c12, c13, comments }) => ({ fieldCode, c4, c5, c6, c8, c9, c10, c12, c13, comments }));
    // one more dossier received online and still within its due date: a finding on column 4 and 12
    const changed = [{ ...rows[0]!, c4: rows[0]!.c4 + 1, c12: rows[0]!.c12 + 1 }, ...rows.slice(1)];
    const saved = await saveDraft(t.db, land, { reportId: draft.report.id, version: draft.report.version, rows: changed }, FROM);
    const submitted = await submitReport(t.db, sql, land, { reportId: draft.report.id, version: saved.version, rows: changed }, FROM);
    expect(submitted.findings).toBeGreaterThan(0);

    const after = (await focalReportWindows(t.db, land, FROM, NOW))[0]!.windows.find((w) => w.period === PERIOD)!;
    expect(after.report).toMatchObject({ id: draft.report.id, status: "SUBMITTED", openFindings: submitted.findings });
    // submitted today (after the 18/03 deadline)
    expect(after.timeliness).toBe("late");

    const other = await focalReportWindows(t.db, justice, FROM, NOW);
    expect(other.map((a) => a.agency.id)).toEqual([justiceAgencyId]);
    expect(other[0]!.windows.find((w) => w.period === PERIOD)!.report).toBeNull();
  });

  it("the office's reporting-rate rows carry each report's open findings; a focal officer is refused", async () => {
    const { table, rows } = await reportingRateRows(t.db, office, PERIOD, FROM);
    expect(rows.length).toBe(table.rows.length);
    const landRow = rows.find((r) => r.agency.id === landAgencyId)!;
    expect(landRow).toMatchObject({ status: "SUBMITTED", timeliness: "late" });
    const open = await t.db.reconciliationFinding.count({ where: { reportId: landRow.reportId!, status: "OPEN" } });
    expect(open).toBeGreaterThan(0);
    expect(landRow.openFindings).toBe(open);
    expect(rows.find((r) => r.agency.id === justiceAgencyId)).toMatchObject({ reportId: null, status: null, openFindings: 0 });

    await expect(reportingRateRows(t.db, land, PERIOD, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(focalReportWindows(t.db, office, FROM, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    const denied = await t.db.auditLog.findMany({ where: { action: "auth.denied", outcome: "DENIED" } });
    const attempted = denied.map((d) => (d.after as { attempted?: string } | null)?.attempted);
    expect(attempted).toEqual(expect.arrayContaining(["report.focal-list", "report.timeliness"]));
  });

  it("lists the catalogue's lĩnh vực for adding a row", async () => {
    const fields = await catalogueFields(t.db, justice);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.map((f) => f.code)).toEqual([...fields.map((f) => f.code)].sort());
  });
});
