// Property: a dossier import updates the statistics summary by difference (lib/stats/summary.ts
// updateDossierSummary), and after any sequence of imports — new dossiers; changes of status,
// dates, agency, procedure, flags and result files; older NgayCapNhat that must be ignored; keys
// repeated within and across small batches; dry runs; imports that fail and roll back — both
// summary tables hold exactly, row for row, what a full rebuild (refreshDossierSummary) makes.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import fc from "fast-check";
import pg from "pg";
import { importJsonBody, ImportError } from "@/lib/ingest";
import { dayFromIso, instantAt } from "@/lib/domain/local-time";
import { log } from "@/lib/log";
import { refreshDossierSummary } from "@/lib/stats/summary";
import { nationalDateTime } from "@/lib/seed/demo-files";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { PROPERTY_CATALOGUE, createFixtureProvince } from "../helpers/fixtures";

const FIRST_DAY = dayFromIso("2025-06-02");
const SHA = ["aa", "bb", "cc"].map((s) => s.repeat(32));
// few keys, so that imports keep rewriting the same dossiers
const CODES = ["HS-1", "HS-2", "HS-3", "HS-4", "HS-5", "HS-6"];
/** ChuHoSo that a trigger refuses: the import fails and rolls back */
const BOOM = "BOOM";

const FILES = {
  none: {},
  pdf: { KetQua_TenTep: "kq.pdf", KetQua_LoaiTep: "application/pdf", KetQua_KichThuoc: "1000", KetQua_SoTrangTrang: "0", KetQua_MaBam: SHA[0] },
  zip: { KetQua_TenTep: "KQ.ZIP", KetQua_KichThuoc: "1000" },
  blank: { KetQua_TenTep: "kq.pdf", KetQua_LoaiTep: "application/pdf", KetQua_KichThuoc: "1000", KetQua_SoTrangTrang: "1", KetQua_MaBam: SHA[0] },
  empty: { KetQua_TenTep: "kq.pdf", KetQua_KichThuoc: "0" },
  component: { KetQua_TenTep: "kq.pdf", KetQua_LoaiTep: "application/pdf", KetQua_KichThuoc: "1000", KetQua_MaBam: SHA[1] },
};

// received over ~6 months (a dozen half-months), due and finished up to 1–2 months later
const recordArb = fc.record({
  code: fc.constantFrom(...CODES),
  procedure: fc.constantFrom("P1", "P2", "P3"),
  agency: fc.constantFrom("A1", "A2", "A3"),
  channel: fc.integer({ min: 1, max: 3 }),
  received: fc.integer({ min: 0, max: 180 }),
  due: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  finished: fc.option(fc.integer({ min: 0, max: 45 }), { nil: null }),
  status: fc.integer({ min: 1, max: 10 }),
  // NgayCapNhat: a stored dossier is only replaced by a record at least as recent (or without one)
  updated: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  synced: fc.boolean(),
  apology: fc.boolean(),
  steps: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
  supplements: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
  payment: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
  digitised: fc.option(fc.boolean(), { nil: null }),
  vneid: fc.option(fc.boolean(), { nil: null }),
  file: fc.constantFrom(...(Object.keys(FILES) as (keyof typeof FILES)[])),
});
type GeneratedRecord = typeof recordArb extends fc.Arbitrary<infer T> ? T : never;

const importArb = fc.record({
  records: fc.array(recordArb, { minLength: 1, maxLength: 8 }),
  batchSize: fc.integer({ min: 1, max: 4 }),
  dryRun: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 }),
  // the record (index modulo the count) that makes the import fail, if any
  boom: fc.option(fc.nat(7), { nil: null, freq: 4 }),
});

/** The national format's local date and time (yyyyMMddHHmmss), `day` days after FIRST_DAY. */
const at = (day: number, minute: number) => nationalDateTime(instantAt(FIRST_DAY + day, minute));

const flag = (value: boolean | null) => (value === null ? null : value ? "1" : "0");
const text = (value: number | null) => (value === null ? null : String(value));

function jsonRecord(r: GeneratedRecord, boom: boolean): Record<string, unknown> {
  return {
    MaHoSo: r.code, MaTTHC: r.procedure, MaDonViXuLy: r.agency, KenhThucHien: String(r.channel),
    NgayTiepNhan: at(r.received, 9 * 60), NgayHenTra: r.due === null ? null : at(r.received + r.due, 16 * 60),
    NgayKetThucXuLy: r.finished === null ? null : at(r.received + r.finished, 10 * 60), TrangThaiHoSo: String(r.status),
    ChuHoSo: boom ? BOOM : "Nguyễn Văn A", DaDongBoDVCQG: flag(r.synced), SoBuocXuLy: text(r.steps), SoLanBoSung: text(r.supplements),
    CoPhieuXinLoi: flag(r.apology), DuocThanhToanTrucTuyen: text(r.payment), HoSoCoThanhPhanSoHoa: flag(r.digitised),
    TaiKhoanDuocXacThucVoiVNeID: flag(r.vneid), ThanhPhan_MaBam: `${SHA[1]};${SHA[2]}`,
    NgayCapNhat: r.updated === null ? null : at(200 + r.updated, 8 * 60),
    ...FILES[r.file],
  };
}

describe.each(DB_KINDS)("summary kept by difference on dossier imports, on %s", (kind) => {
  let t: TestDb;
  let client: pg.Client;
  let provinceId: number;
  beforeAll(async () => {
    t = await openTestDb(kind);
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
    const fixture = await createFixtureProvince(client, {
      code: "H99",
      agencies: [{ code: "A1", name: "Sở A", level: "SO" }, { code: "A2", name: "Sở B", level: "SO" }, { code: "A3", name: "Xã C", level: "XA" }],
      ...PROPERTY_CATALOGUE,
    });
    provinceId = fixture.provinceId;
    await client.query(`CREATE FUNCTION test_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.applicant_name = '${BOOM}' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$`);
    await client.query(`CREATE TRIGGER test_boom BEFORE INSERT OR UPDATE ON dossier FOR EACH ROW EXECUTE FUNCTION test_boom()`);
  });
  afterAll(async () => {
    await client?.end();
    await t?.close();
  });

  /** Both summary tables, every row and column, in key order. */
  async function summaryTables() {
    return {
      fine: (await client.query(`SELECT * FROM dossier_summary ORDER BY province_id, agency_id, field_id, half_month`)).rows,
      agency: (await client.query(`SELECT * FROM dossier_summary_agency ORDER BY province_id, agency_id, half_month`)).rows,
    };
  }

  /** What a full rebuild of the province makes of the stored dossiers (rolled back). */
  async function rebuiltTables() {
    await client.query("BEGIN");
    try {
      await refreshDossierSummary(client, provinceId);
      return await summaryTables();
    } finally {
      await client.query("ROLLBACK");
    }
  }

  it("equals a full rebuild after every import of any sequence", async () => {
    // the imports made to fail would each log their database error
    const level = log.level;
    log.level = "fatal";
    onTestFinished(() => {
      log.level = level;
    });
    let counted = 0;
    let failed = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(importArb, { minLength: 1, maxLength: 5 }), async (imports) => {
        await client.query(`DELETE FROM dossier WHERE province_id = $1`, [provinceId]);
        await refreshDossierSummary(client, provinceId);
        for (const [n, step] of imports.entries()) {
          const before = await summaryTables();
          const boomAt = step.boom === null ? -1 : step.boom % step.records.length;
          const body = step.records.map((r, i) => jsonRecord(r, i === boomAt));
          const outcome = await importJsonBody({ url: t.url, kind: "dossiers", caller: { source: "CLI" }, province: "H99", body, batchSize: step.batchSize, dryRun: step.dryRun })
            .catch((error: unknown) => {
              if (!(error instanceof ImportError) || error.code !== "DATABASE") throw error;
              return "failed" as const;
            });
          const after = await summaryTables();
          expect(after, `import ${n + 1}`).toEqual(await rebuiltTables());
          if (outcome === "failed" || step.dryRun) expect(after, `import ${n + 1} stored nothing`).toEqual(before);
          if (outcome === "failed") failed++;
          counted += after.fine.length;
        }
      }),
      { numRuns: 40 },
    );
    // the runs did exercise something: summaries with rows, and failing imports
    expect(counted).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0);
  }, 300_000);
});
