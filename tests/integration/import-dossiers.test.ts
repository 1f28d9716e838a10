// Dossier imports as the figures see them: a realistic export of the demo province imported
// into its catalogue gives exactly the figures of the same dossiers seeded directly; a re-import
// rewrites nothing; later records win, within a batch and across batches; a dossier moved to
// another agency leaves both agencies' figures exact; a database error mid-way leaves nothing;
// holiday and procedure changes keep legal due dates and figures exact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { seedDemo } from "@/lib/seed/seed-demo";
import { aggregateCounters, form06Columns } from "@/lib/domain/counters";
import { parsePeriod } from "@/lib/domain/periods";
import { form06Report, scorecard } from "@/lib/stats/engine";
import { windowCounters } from "@/lib/stats/summary";
import { ImportError } from "@/lib/ingest";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { loadDossierRecords } from "../helpers/stats";
import { writeDemoDossierCsv } from "@/lib/seed/demo-files";
import { DOSSIER_HEADER, csv, importAs, importFixtureProvince, tempDir } from "../helpers/import-files";

const files = tempDir("import-dossiers");
afterAll(() => files.remove());

const DOSSIERS = 3000;
const PERIODS = [parsePeriod("2025-Q3", "reporting"), parsePeriod("2026", "reporting"), parsePeriod("2026-Q2", "calendar")];

/** Figures keyed by agency code, comparable across databases. */
async function figures(client: pg.Client, provinceId: number) {
  const out: Record<string, unknown> = {};
  for (const p of PERIODS) {
    const report = await form06Report(client, provinceId, p);
    out[`form06 ${p.code}`] = Object.fromEntries(report.agencies.map((a) => [a.agency.code, a.rows.map((r) => [r.field.code, r.columns])]));
    const card = await scorecard(client, provinceId, p);
    out[`scorecard ${p.code}`] = Object.fromEntries(card.rows.map((r) => [r.agency.code, { rank: r.rank, share: r.overdueShare, apology: r.apologyCoverage, defects: r.resultFileDefects }]));
  }
  return out;
}

/** The SQL summary agrees with the pure rules over the stored dossiers, for every agency and field. */
async function expectSummaryExact(client: pg.Client, url: string, provinceId: number) {
  const records = await loadDossierRecords(url, provinceId);
  for (const p of PERIODS) {
    const pure = aggregateCounters(records, p, (d) => `${d.agencyId}/${d.fieldId}`);
    const sql = new Map((await windowCounters(client, provinceId, p, "agency-field")).map((g) => [`${g.agencyId}/${g.fieldId}`, g.counters]));
    expect([...sql.keys()].sort(), p.code).toEqual([...pure.keys()].sort());
    for (const [key, counters] of pure) expect(sql.get(key), `${p.code} ${key}`).toEqual(counters);
  }
}

describe.each(DB_KINDS)("dossier imports on %s", (kind) => {
  let seeded: TestDb;
  let imported: TestDb;
  let client: pg.Client;
  let provinceId: number;
  let file: string;
  beforeAll(async () => {
    [seeded, imported] = await Promise.all([openTestDb(kind), openTestDb(kind)]);
    await seedDemo(seeded.url, { dossiers: DOSSIERS, seed: "import" });
    await seedDemo(imported.url, { dossiers: 0, seed: "import" });
    file = files.file(`demo-${kind}.csv`, "");
    await writeDemoDossierCsv(file, { dossiers: DOSSIERS, seed: "import" });
    client = new pg.Client({ connectionString: imported.url });
    await client.connect();
    provinceId = (await client.query(`SELECT id FROM province`)).rows[0].id;
  }, 180_000);
  afterAll(async () => {
    await client?.end();
    await Promise.all([seeded?.close(), imported?.close()]);
  });

  it("gives, right after the import, exactly the figures of the same dossiers seeded directly", async () => {
    const s = await importAs(imported.url, "dossiers", file, { batchSize: 700 });
    expect(s).toMatchObject({ read: DOSSIERS, inserted: DOSSIERS, updated: 0, unchanged: 0, rejected: 0, duplicates: 0, errors: [], warnings: [] });
    const seededClient = new pg.Client({ connectionString: seeded.url });
    await seededClient.connect();
    try {
      const seededProvince = (await seededClient.query(`SELECT id FROM province`)).rows[0].id;
      expect(await figures(client, provinceId)).toEqual(await figures(seededClient, seededProvince));
      // field by field, local dates and legal due dates included
      const columns = `code, received_at, received_on, due_at, due_on, finished_at, finished_on, returned_at, legal_due_at, legal_due_on, status, channel, applicant_name,
        synced_to_national, processing_steps, supplement_count, apology_letter, online_payment, result_file_sha256, component_sha256, source_updated_at`;
      const a = (await client.query(`SELECT ${columns} FROM dossier ORDER BY code`)).rows;
      const b = (await seededClient.query(`SELECT ${columns} FROM dossier ORDER BY code`)).rows;
      expect(a).toEqual(b);
    } finally {
      await seededClient.end();
    }
    await expectSummaryExact(client, imported.url, provinceId);
  });

  it("re-imports the same file as all unchanged, rewriting no row, and reports progress by bytes", async () => {
    const versions = async () => (await client.query(`SELECT md5(string_agg(xmin::text || updated_at::text, ',' ORDER BY id)) AS v FROM dossier`)).rows[0].v;
    const before = await versions();
    const { importFile } = await import("@/lib/ingest");
    const progress: { records: number; bytesRead: number; bytesTotal: number | null }[] = [];
    const s = await importFile({ url: imported.url, kind: "dossiers", caller: { source: "CLI" }, file: { path: file }, batchSize: 1000, onProgress: (p) => progress.push(p) });
    expect(s).toMatchObject({ read: DOSSIERS, inserted: 0, updated: 0, unchanged: DOSSIERS, rejected: 0 });
    expect(await versions()).toBe(before);
    expect(progress.map((p) => p.records)).toEqual([1000, 2000, 3000, 3000]);
    expect(progress.at(-1)!.bytesRead).toBe(progress.at(-1)!.bytesTotal);
  });

  it("keeps the later record of a key, within a batch and across batches, as a warning; an older NgayCapNhat never overwrites a newer one", async () => {
    const base = (await client.query(`SELECT d.code, p.code AS procedure, a.code AS agency FROM dossier d JOIN procedure p ON p.id = d.procedure_id JOIN agency a ON a.id = d.resolving_agency_id WHERE d.status = 4 ORDER BY d.code LIMIT 2`)).rows;
    const [x, y] = base;
    const row = (code: string, name: string, updated: string | null) => [code, x.procedure, x.agency, "1", "20260105083000", null, null, "4", name, updated];
    const s = await importAs(imported.url, "dossiers", files.file("dups.csv", csv([
      DOSSIER_HEADER,
      row("DUP-1", "bản 1", null), // batch 1
      row("DUP-1", "bản 2", null), // batch 1: replaces
      row("DUP-2", "mới", "20260110000000"), // batch 2
      row("DUP-1", "bản 3", null), // batch 2: replaces across batches
      row("DUP-2", "cũ", "20260101000000"), // batch 3: older, ignored
      [y.code, x.procedure, x.agency, "1", "20260105083000", null, null, "4", "cập nhật", "20991231000000"],
    ])), { batchSize: 2 });
    expect(s).toMatchObject({ read: 6, inserted: 2, updated: 1, unchanged: 0, duplicates: 3, rejected: 0 });
    expect(s.warnings.map((w) => [w.record, w.key, w.field])).toEqual([[2, "DUP-1", "MaHoSo"], [4, "DUP-1", "MaHoSo"], [5, "DUP-2", "MaHoSo"]]);
    expect(s.warnings[1]!.message).toMatch(/Trùng MaHoSo với bản ghi số 2 trong cùng tệp/);
    const names = Object.fromEntries((await client.query(`SELECT code, applicant_name FROM dossier WHERE code IN ('DUP-1', 'DUP-2', $1)`, [y.code])).rows.map((r) => [r.code, r.applicant_name]));
    expect(names).toEqual({ "DUP-1": "bản 3", "DUP-2": "mới", [y.code]: "cập nhật" });
    expect((await client.query(`SELECT count(*)::int AS n FROM import_row_error WHERE batch_id = $1 AND NOT rejected`, [s.batchId])).rows[0].n).toBe(3);
    // the stored record (NgayCapNhat 2099) is newer than the demo's: re-importing the demo file leaves it
    const again = await importAs(imported.url, "dossiers", file);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: DOSSIERS });
    expect((await client.query(`SELECT applicant_name FROM dossier WHERE code = $1`, [y.code])).rows[0].applicant_name).toBe("cập nhật");
    await expectSummaryExact(client, imported.url, provinceId);
  });

  it("moves a dossier to another agency: both agencies' figures are exact right after the import", async () => {
    const moved = (await client.query(
      `SELECT d.code, p.code AS procedure, a.code AS agency, d.resolving_agency_id AS agency_id, to_char(d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYYMMDDHH24MISS') AS received
       FROM dossier d JOIN procedure p ON p.id = d.procedure_id JOIN agency a ON a.id = d.resolving_agency_id
       WHERE d.status = 4 AND d.received_on >= '2026-01-01' ORDER BY d.code LIMIT 1`)).rows[0];
    const target = (await client.query(`SELECT id, code FROM agency WHERE id <> $1 AND level = 'SO' AND valid_to IS NULL ORDER BY code LIMIT 1`, [moved.agency_id])).rows[0];
    const period = parsePeriod("2026", "reporting");
    const c3 = async (agencyId: number) => {
      const [row] = await windowCounters(client, provinceId, period, "agency", [agencyId]);
      return row ? form06Columns(row.counters).c3 : 0;
    };
    const [fromBefore, toBefore] = [await c3(moved.agency_id), await c3(target.id)];
    const s = await importAs(imported.url, "dossiers", files.file("move.csv", csv([
      DOSSIER_HEADER,
      [moved.code, moved.procedure, target.code, "1", moved.received, null, null, "4", "chuyển", null],
    ])));
    expect(s).toMatchObject({ read: 1, updated: 1 });
    expect([await c3(moved.agency_id), await c3(target.id)]).toEqual([fromBefore - 1, toBefore + 1]);
    await expectSummaryExact(client, imported.url, provinceId);
  });

  it("rolls everything back when the database fails mid-way, records the failed batch, and a rerun completes", async () => {
    // a trigger makes the database refuse one dossier of the third batch
    await client.query(`CREATE FUNCTION test_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.code = 'BOOM' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$`);
    await client.query(`CREATE TRIGGER test_boom BEFORE INSERT ON dossier FOR EACH ROW EXECUTE FUNCTION test_boom()`);
    const before = (await client.query(`SELECT count(*)::int AS n, md5(string_agg(code || status || coalesce(applicant_name, ''), ',' ORDER BY code)) AS v FROM dossier`)).rows[0];
    const summaryBefore = (await client.query(`SELECT md5(string_agg(s::text, ',' ORDER BY s::text)) AS v FROM dossier_summary s`)).rows[0].v;
    const p = (await client.query(`SELECT code FROM procedure ORDER BY code LIMIT 1`)).rows[0].code;
    const a = (await client.query(`SELECT code FROM agency WHERE level = 'SO' ORDER BY code LIMIT 1`)).rows[0].code;
    const rows = [DOSSIER_HEADER, ...["AT-1", "AT-2", "AT-3", "AT-4", "BOOM", "AT-6"].map((code) => [code, p, a, "2", "20260105083000", null, null, "2", null, null])];
    const atomic = files.file("atomic.csv", csv(rows));
    let failure: ImportError | null = null;
    try {
      await importAs(imported.url, "dossiers", atomic, { batchSize: 2 });
    } catch (e) {
      failure = e as ImportError;
    }
    expect(failure).toBeInstanceOf(ImportError);
    expect(failure!.code).toBe("DATABASE");
    expect(failure!.message).toMatch(/không bản ghi nào được lưu/);
    expect((await client.query(`SELECT count(*)::int AS n, md5(string_agg(code || status || coalesce(applicant_name, ''), ',' ORDER BY code)) AS v FROM dossier`)).rows[0]).toEqual(before);
    expect((await client.query(`SELECT md5(string_agg(s::text, ',' ORDER BY s::text)) AS v FROM dossier_summary s`)).rows[0].v).toBe(summaryBefore);
    expect((await client.query(`SELECT status::text, read FROM import_batch WHERE id = $1`, [failure!.failedBatchId])).rows[0]).toEqual({ status: "FAILED", read: 6 });
    await client.query(`DROP TRIGGER test_boom ON dossier`);
    expect(await importAs(imported.url, "dossiers", atomic, { batchSize: 2 })).toMatchObject({ read: 6, inserted: 6, rejected: 0 });
    await expectSummaryExact(client, imported.url, provinceId);
  });

  it("a dry run of changes reports them and stores nothing", async () => {
    const code = (await client.query(`SELECT d.code, p.code AS procedure, a.code AS agency FROM dossier d JOIN procedure p ON p.id = d.procedure_id JOIN agency a ON a.id = d.resolving_agency_id WHERE d.code = 'AT-1'`)).rows[0];
    const dry = await importAs(imported.url, "dossiers", files.file("dry.csv", csv([
      DOSSIER_HEADER,
      [code.code, code.procedure, code.agency, "2", "20260105083000", null, null, "4", "đổi", null],
      ["DRY-NEW", code.procedure, code.agency, "2", "20260105083000", null, null, "2", null, null],
    ])), { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, batchId: null, read: 2, inserted: 1, updated: 1 });
    expect((await client.query(`SELECT count(*)::int AS n FROM dossier WHERE code = 'DRY-NEW' OR (code = 'AT-1' AND status = 4)`)).rows[0].n).toBe(0);
    expect((await client.query(`SELECT count(*)::int AS n FROM import_batch WHERE status = 'DRY_RUN'`)).rows[0].n).toBe(0);
  });
});

describe.each(DB_KINDS)("catalogue changes keep legal due dates and figures exact on %s", (kind) => {
  let t: TestDb;
  let client: pg.Client;
  let provinceId: number;
  beforeAll(async () => {
    t = await openTestDb(kind);
    await importFixtureProvince(t.url, files);
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
    provinceId = (await client.query(`SELECT id FROM province`)).rows[0].id;
    // received Monday 5/10/2026 08:00 (no holiday in October): 3 working days (procedure 1.002) → Thursday 8/10 08:00
    await importAs(t.url, "dossiers", files.file(`cal-${kind}.csv`, csv([
      DOSSIER_HEADER,
      ["CAL-1", "1.002", "000.00.13.H98", "1", "20261005080000", null, null, "4", null, null],
      ["CAL-2", "1.002", "000.00.13.H98", "1", "20261005080000", "20261009080000", null, "4", null, null],
      ["CAL-3", "1.001", "000.00.11.H98", "1", "20261005080000", null, null, "4", null, null],
      ["CAL-4", "1.002", "000.00.13.H98", "1", "20261008090000", null, null, "4", null, null],
    ])));
  });
  afterAll(async () => {
    await client?.end();
    await t?.close();
  });
  const legalDue = async (code: string) =>
    (await client.query(`SELECT to_char(legal_due_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') AS due FROM dossier WHERE code = $1`, [code])).rows[0].due;

  it("computes legal due dates on import", async () => {
    expect(await legalDue("CAL-1")).toBe("2026-10-08 08:00");
    expect(await legalDue("CAL-3")).toBe("2026-10-19 08:00");
    expect(await legalDue("CAL-4")).toBe("2026-10-13 09:00");
    await expectSummaryExact(client, t.url, provinceId);
  });

  it("moves them when a holiday import adds a day off in their window, and only theirs", async () => {
    const holiday = files.file(`hol-${kind}.csv`, csv([["Ngay", "Loai", "GhiChu"], ["2026-10-07", "NGHI", "thử nghiệm"]]));
    expect(await importAs(t.url, "holidays", holiday)).toMatchObject({ inserted: 1 });
    expect(await legalDue("CAL-1")).toBe("2026-10-09 08:00");
    expect(await legalDue("CAL-3")).toBe("2026-10-20 08:00");
    expect(await legalDue("CAL-4")).toBe("2026-10-13 09:00");
    await expectSummaryExact(client, t.url, provinceId);
    expect(await importAs(t.url, "holidays", holiday)).toMatchObject({ unchanged: 1 });
  });

  it("moves them when a procedure's legal time changes, and rebuilds its agencies' figures", async () => {
    const changed = csv([
      ["MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "ThoiHanGiaiQuyet", "CapThucHien", "CoQuanThucHien", "MucDoDVC", "CoPhiLePhi", "DaCongBo", "NgayCongBo"],
      ["1.002", "Đăng ký đất đai lần đầu", "G02", "Đất đai", "1", "SO", "000.00.13.H98", "MOT_PHAN", "0", "1", "2025-07-01"],
    ], ";");
    const s = await importAs(t.url, "procedures", files.file(`proc-${kind}.csv`, changed));
    expect(s).toMatchObject({ updated: 1 });
    expect(await legalDue("CAL-1")).toBe("2026-10-06 08:00");
    expect(await legalDue("CAL-3")).toBe("2026-10-20 08:00");
    // CAL-2's own due date (9/10) is now beyond the legal one (6/10)
    const [agency] = await windowCounters(client, provinceId, parsePeriod("2026-10", "calendar"), "agency", [(await client.query(`SELECT id FROM agency WHERE code = '000.00.13.H98'`)).rows[0].id]);
    expect(agency!.counters.dueBeyondLegal).toBe(1);
    await expectSummaryExact(client, t.url, provinceId);
  });
});

describe.each(DB_KINDS)("planner statistics during a large dossier import on %s", (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedDemo(db.url, { dossiers: 0, seed: "statistics" });
  }, 120_000);
  afterAll(async () => db?.close());

  // Without fresh statistics the upsert's per-record probe may walk a non-unique index of an
  // emptied table (see keepPlannerStatistics). A dry run commits nothing, so autovacuum cannot
  // be what refreshed them: the import did, while it ran.
  it("samples the dossier table again once the import has inserted more dossiers than the statistics know of", async () => {
    const plannerRows = async () => {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        return Number((await client.query(`SELECT reltuples FROM pg_class WHERE oid = 'dossier'::regclass`)).rows[0].reltuples);
      } finally {
        await client.end();
      }
    };
    expect(await plannerRows()).toBeLessThan(1);
    const file = files.file(`statistics-${kind}.csv`, "");
    await writeDemoDossierCsv(file, { dossiers: 12_000, seed: "statistics" });
    const s = await importAs(db.url, "dossiers", file, { dryRun: true, batchSize: 2000 });
    expect(s).toMatchObject({ read: 12_000, inserted: 12_000, rejected: 0, dryRun: true });
    expect(await plannerRows()).toBeGreaterThanOrEqual(10_000);
  }, 120_000);
});
