// `tthc reconcile --report <file.json>` as users run it, on a hand-made province whose every
// figure is known: the exact --json contract, one finding of every cause, the sum of agencies'
// reports against the province's total, competence per level, human output and exit codes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { refreshDossierSummary } from "@/lib/stats/summary";
import { seedReferenceData } from "@/lib/seed/reference";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { failureOf, tthcOn } from "../helpers/cli";
import { createFixtureProvince, insertFixtureDossiers } from "../helpers/fixtures";
import { tempDir } from "../helpers/import-files";

const vn = (local: string) => new Date(`${local}T09:00:00+07:00`);
const files = tempDir("reconcile");
afterAll(() => files.remove());

const report = (name: string, body: unknown) => files.file(name, JSON.stringify(body));

// Reporting window 2025-Q1 = 15/12/2024 – 14/03/2025.
// S1 and X1 may resolve P1 (F1; levels SO and XA, linked to S1: the link names S1 at department
// level, communes keep their level's competence); S2 resolves P2 (F2) and P3 (F3). In the system:
// S1 has one F1 dossier received online and resolved early, one received in person still in
// progress within its due date; S2 also resolved one F1 dossier received online.
describe.each(DB_KINDS)("tthc reconcile on %s", (kind) => {
  let t: TestDb;
  let client: pg.Client;
  let provinceId: number;
  let s1: number;
  beforeAll(async () => {
    t = await openTestDb(kind);
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
    await seedReferenceData(client);
    const f = await createFixtureProvince(client, {
      code: "H96",
      agencies: [{ code: "T", name: "UBND tỉnh", level: "TINH" }, { code: "S1", name: "Sở Một", level: "SO" }, { code: "S2", name: "Sở Hai", level: "SO" }, { code: "X1", name: "Xã Một", level: "XA" }],
      fields: [{ code: "F1", name: "Lĩnh vực 1" }, { code: "F2", name: "Lĩnh vực 2" }, { code: "F3", name: "Lĩnh vực 3" }],
      procedures: [
        { code: "P1", field: "F1", legalDays: 5, levels: ["SO", "XA"] },
        { code: "P2", field: "F2", legalDays: 5, levels: ["SO"] },
        { code: "P3", field: "F3", legalDays: 5, levels: ["SO"] },
      ],
    });
    provinceId = f.provinceId;
    s1 = f.agency.S1!;
    const P = f.procedure;
    await client.query(`INSERT INTO procedure_agency (province_id, procedure_id, agency_id) VALUES ($1, $2, $5), ($1, $3, $6), ($1, $4, $6)`,
      [provinceId, P.P1, P.P2, P.P3, s1, f.agency.S2]);
    await insertFixtureDossiers(client, provinceId, [
      { code: "a1", procedureId: P.P1!, agencyId: s1, channel: 2, status: 10, receivedAt: vn("2025-01-06"), dueAt: vn("2025-01-13"), finishedAt: vn("2025-01-10") },
      { code: "a2", procedureId: P.P1!, agencyId: s1, channel: 1, status: 4, receivedAt: vn("2025-03-03"), dueAt: vn("2025-04-01"), finishedAt: null },
      { code: "b1", procedureId: P.P1!, agencyId: f.agency.S2!, channel: 2, status: 10, receivedAt: vn("2025-01-06"), dueAt: vn("2025-01-13"), finishedAt: vn("2025-01-08") },
    ]);
    await refreshDossierSummary(client, provinceId);
  }, 60_000);
  afterAll(async () => {
    await client?.end();
    await t?.close();
  });

  const tthc = (args: string[]) => tthcOn(t.url, "H96")(args);
  // each command starts a process (tsx): several seconds each on a busy machine
  const SLOW = 300_000;
  const row = (MaLinhVuc: string, cells: Record<string, number>) => ({ MaLinhVuc, ...cells });

  it("prints exactly the contract's JSON, with a finding of every cause", async () => {
    const file = report("s1.json", {
      MaDonVi: "S1", Ky: "2025-Q1",
      Dong: [
        // system: c4 1, c5 1, c8 1, c12 1 — and S2 resolved another F1 dossier received online (c4, c8)
        row("F1", { TiepNhanTrucTuyen: 2, TiepNhanTrucTiep: 2, DaGiaiQuyetTruocHan: 2, DangGiaiQuyetTrongHan: 2 }),
        row("F2", { TiepNhanTrucTiep: 1, DangGiaiQuyetTrongHan: 1 }),
        row("F3", { TiepNhanTrucTuyen: 1 }),
        row("ZZ-99", { TiepNhanTrucTiep: 1, DaGiaiQuyetDungHan: 1 }),
      ],
    });
    const { stdout } = await tthc(["reconcile", "--report", file, "--json"]);
    expect(JSON.parse(stdout)).toEqual({
      agency: "S1",
      period: "2025-Q1",
      findings: [
        { field: "F1", column: "c4", reported: 2, system: 1, cause: "double_counted" },
        { field: "F1", column: "c5", reported: 2, system: 1, cause: "differs" },
        { field: "F1", column: "c8", reported: 2, system: 1, cause: "double_counted" },
        { field: "F1", column: "c12", reported: 2, system: 1, cause: "differs" },
        { field: "F2", column: "c5", reported: 1, system: 0, cause: "out_of_competence" },
        { field: "F2", column: "c12", reported: 1, system: 0, cause: "out_of_competence" },
        { field: "F3", column: "c3", reported: 1, system: 0, cause: "identity_violated" },
        { field: "F3", column: "c4", reported: 1, system: 0, cause: "out_of_competence" },
        { field: "ZZ-99", column: "c5", reported: 1, system: 0, cause: "not_in_catalogue" },
        { field: "ZZ-99", column: "c9", reported: 1, system: 0, cause: "not_in_catalogue" },
      ],
    });
  }, SLOW);

  it("finds nothing for a report equal to the system, and prints it for people", async () => {
    const file = report("s1-ok.json", { MaDonVi: "S1", Ky: "2025-Q1", Dong: [row("F1", { TiepNhanTrucTuyen: 1, TiepNhanTrucTiep: 1, DaGiaiQuyetTruocHan: 1, DangGiaiQuyetTrongHan: 1 })] });
    expect(JSON.parse((await tthc(["reconcile", "--report", file, "--json"])).stdout).findings).toEqual([]);
    const human = await tthc(["reconcile", "--report", file]);
    expect(human.stdout).toMatch(/Đối chiếu Biểu 06 của S1 — Quý I\/2025 — kỳ báo cáo \(15\/12\/2024 – 14\/03\/2025\)/);
    expect(human.stdout).toMatch(/không có chênh lệch/);
    const different = await tthc(["reconcile", "--report", report("s1-diff.json", { MaDonVi: "S1", Ky: "2025-Q1", Dong: [] })]);
    expect(different.stdout).toMatch(/F1\s+4\s+0\s+1\s+-1\s+Khác số liệu Hệ thống một cửa/);
    expect(different.stdout).toMatch(/4 chênh lệch\./);
  }, SLOW);

  it("counts a commune competent for a procedure linked to a department only (per level)", async () => {
    const file = report("x1.json", { MaDonVi: "X1", Ky: "2025-Q1", Dong: [row("F1", { KyTruocChuyenQua: 1, DaGiaiQuyetDungHan: 1 })] });
    const findings = JSON.parse((await tthc(["reconcile", "--report", file, "--json"])).stdout).findings;
    // nobody has carried-over or on-time F1 dossiers in the system, and no other report yet: differs
    expect(findings).toEqual([
      { field: "F1", column: "c6", reported: 1, system: 0, cause: "differs" },
      { field: "F1", column: "c9", reported: 1, system: 0, cause: "differs" },
    ]);
  }, SLOW);

  it("double_counted when the agencies' submitted reports of a cell together exceed the province's system total", async () => {
    const reportId = (await client.query<{ id: number }>(
      `INSERT INTO report (province_id, agency_id, period, window_start, window_end, status) VALUES ($1, $2, '2025-Q1', '2024-12-15', '2025-03-14', 'SUBMITTED') RETURNING id`,
      [provinceId, s1])).rows[0]!.id;
    await client.query(`INSERT INTO report_row (province_id, report_id, field_code, c6, c9) VALUES ($1, $2, 'F1', 1, 1)`, [provinceId, reportId]);
    const file = report("x1-again.json", { MaDonVi: "X1", Ky: "2025-Q1", Dong: [row("F1", { KyTruocChuyenQua: 1, DaGiaiQuyetDungHan: 1 })] });
    const findings = JSON.parse((await tthc(["reconcile", "--report", file, "--json"])).stdout).findings;
    expect(findings).toEqual([
      { field: "F1", column: "c6", reported: 1, system: 0, cause: "double_counted" },
      { field: "F1", column: "c9", reported: 1, system: 0, cause: "double_counted" },
    ]);
    // a draft of another agency does not count
    await client.query(`UPDATE report SET status = 'DRAFT' WHERE province_id = $1 AND id = $2`, [provinceId, reportId]);
    expect(JSON.parse((await tthc(["reconcile", "--report", file, "--json"])).stdout).findings.map((f: { cause: string }) => f.cause)).toEqual(["differs", "differs"]);
  }, SLOW);

  it("refuses an invalid file (exit 2) and an unknown agency (exit 3) with clear messages", async () => {
    const negative = await failureOf(tthc(["reconcile", "--report", report("bad.json", { MaDonVi: "S1", Ky: "2025-Q1", Dong: [row("F1", { DaGiaiQuyetQuaHan: -1 })] }), "--json"]));
    expect(negative?.code).toBe(2);
    expect(JSON.parse(negative!.stdout).error).toMatch(/DaGiaiQuyetQuaHan: không được âm/);
    const period = await failureOf(tthc(["reconcile", "--report", report("period.json", { MaDonVi: "S1", Ky: "2025-Q7", Dong: [] })]));
    expect(period?.code).toBe(2);
    expect(period!.stderr).toMatch(/không phải là kỳ hợp lệ/);
    const notJson = await failureOf(tthc(["reconcile", "--report", files.file("text.json", "MaDonVi;Ky")]));
    expect(notJson?.code).toBe(2);
    const agency = await failureOf(tthc(["reconcile", "--report", report("agency.json", { MaDonVi: "S9", Ky: "2025-Q1", Dong: [] }), "--json"]));
    expect(agency?.code).toBe(3);
    expect(JSON.parse(agency!.stdout).error).toMatch(/Không có cơ quan, đơn vị mã S9/);
  }, SLOW);
});
