// Imports of every kind and file type, and every kind of bad input: each refused file is a
// clear Vietnamese rejection that stores nothing (but a FAILED batch in the history), each
// rejected record names its record number, key and field while the rest commits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import ExcelJS from "exceljs";
import { ImportError, importJsonBody, type ImportSummary } from "@/lib/ingest";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { AGENCIES_CSV, DOSSIER_HEADER, cp1258, csv, importAs, importFixtureProvince, storedZip, tcvn3, tempDir } from "../helpers/import-files";

const files = tempDir("import-files");
afterAll(() => files.remove());

/** The ImportError an import throws. */
async function refusal(work: Promise<unknown>): Promise<ImportError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("the import was not refused");
}

describe.each(DB_KINDS)("imports on %s", (kind) => {
  let t: TestDb;
  let client: pg.Client;
  const count = async (sql: string, params: unknown[] = []) => Number((await client.query(sql, params)).rows[0].n);
  /** What a refused import may leave: the FAILED batch and its audit record, nothing else. */
  const snapshot = async () => ({
    dossiers: await count(`SELECT count(*) AS n FROM dossier`),
    agencies: await count(`SELECT count(*) AS n FROM agency`),
    procedures: await count(`SELECT count(*) AS n FROM procedure`),
    holidays: await count(`SELECT count(*) AS n FROM holiday`),
    committed: await count(`SELECT count(*) AS n FROM import_batch WHERE status <> 'FAILED'`),
    rowErrors: await count(`SELECT count(*) AS n FROM import_row_error`),
  });

  beforeAll(async () => {
    t = await openTestDb(kind);
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await t?.close();
  });

  describe("catalogue", () => {
    it("refuses anything but agencies on a database without a province", async () => {
      const e = await refusal(importAs(t.url, "procedures", files.file("p0.csv", "MaTTHC,TenTTHC\n1,x\n")));
      expect(e.code).toBe("PROVINCE");
      expect(e.message).toMatch(/chưa có tỉnh nào: nhập danh mục cơ quan/);
    });

    it("refuses a first agencies file that names no province", async () => {
      const e = await refusal(importAs(t.url, "agencies", files.file("a0.csv", csv([["MaDonVi", "TenDonVi", "CapDonVi"], ["S1", "Sở", "SO"]]))));
      expect(e.code).toBe("PROVINCE");
      expect(e.message).toMatch(/CapDonVi = TINH.*--province/);
      expect(await count(`SELECT count(*) AS n FROM province`)).toBe(0);
    });

    it("creates the province from the TINH row of the first agencies import, links parents and successors named later in the file", async () => {
      const s = await importAs(t.url, "agencies", files.file("agencies.csv", AGENCIES_CSV));
      expect(s).toMatchObject({ read: 5, inserted: 5, updated: 0, unchanged: 0, rejected: 0, errors: [], province: "H98", provinceCreated: true });
      expect((await client.query(`SELECT code, name FROM province`)).rows).toEqual([{ code: "H98", name: "Thử Nghiệm" }]);
      const { rows } = await client.query(
        `SELECT a.code, a.level::text, p.code AS parent, s.code AS successor, to_char(a.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(a.valid_to, 'YYYY-MM-DD') AS valid_to
         FROM agency a LEFT JOIN agency p ON p.id = a.parent_id LEFT JOIN agency s ON s.id = a.successor_id WHERE a.code = '000.00.12.H98'`);
      expect(rows[0]).toEqual({ code: "000.00.12.H98", level: "SO", parent: "000.00.00.H98", successor: "000.00.13.H98", valid_from: "2020-01-01", valid_to: "2025-06-30" });
      const batch = (await client.query(`SELECT kind::text, source::text, status::text, read, inserted, file_name, file_sha256 FROM import_batch WHERE id = $1`, [s.batchId])).rows[0];
      expect(batch).toMatchObject({ kind: "AGENCIES", source: "CLI", status: "COMMITTED", read: 5, inserted: 5, file_name: "agencies.csv" });
      expect(batch.file_sha256).toMatch(/^[0-9a-f]{64}$/);
      const audit = (await client.query(`SELECT actor, action, entity_id, after FROM audit_log WHERE action = 'import.commit'`)).rows;
      expect(audit).toEqual([expect.objectContaining({ actor: "cli", entity_id: String(s.batchId), after: expect.objectContaining({ kind: "agencies", inserted: 5, provinceCreated: true }) })]);
    });

    it("re-imports the same agencies file as all unchanged, and rejects unknown parents and loops record by record", async () => {
      expect(await importAs(t.url, "agencies", files.file("agencies.csv", AGENCIES_CSV))).toMatchObject({ read: 5, inserted: 0, updated: 0, unchanged: 5, rejected: 0 });
      const s = await importAs(t.url, "agencies", files.file("agencies-bad.csv", csv([
        ["MaDonVi", "TenDonVi", "CapDonVi", "MaDonViCha", "HieuLucTu", "HieuLucDen"],
        ["000.00.11.H98", "Sở Tư pháp (đổi tên)", "SO", "000.00.00.H98", null, null],
        ["L1", "Vòng 1", "SO", "L2", null, null],
        ["L2", "Vòng 2", "SO", "L1", null, null],
        ["X1", "Thiếu cha", "SO", "KHONG-CO", null, null],
        ["X2", "Cha bị từ chối", "XA", "X1", null, null],
        ["X3", "Sai cấp", "PHONG", null, null, null],
        ["X4", "Ngày ngược", "SO", null, "2025-01-01", "2024-01-01"],
      ])));
      expect(s).toMatchObject({ read: 7, inserted: 0, updated: 1, unchanged: 0, rejected: 6 });
      const byRecord = Object.fromEntries(s.errors.map((e) => [e.record, e]));
      expect(byRecord[2]).toMatchObject({ key: "L1", field: "MaDonViCha", message: expect.stringMatching(/vòng lặp: L1 → L2 → L1/) });
      expect(byRecord[4]).toMatchObject({ key: "X1", field: "MaDonViCha", message: expect.stringMatching(/KHONG-CO/) });
      expect(byRecord[5]).toMatchObject({ key: "X2", field: "MaDonViCha" });
      expect(byRecord[6]).toMatchObject({ key: "X3", field: "CapDonVi", message: expect.stringMatching(/chỉ nhận: TINH, SO/) });
      expect(byRecord[7]).toMatchObject({ key: "X4", field: "HieuLucDen", message: expect.stringMatching(/trước ngày bắt đầu hiệu lực/) });
      expect(await count(`SELECT count(*) AS n FROM import_row_error WHERE batch_id = $1 AND rejected`, [s.batchId])).toBe(6);
      expect((await client.query(`SELECT name FROM agency WHERE code = '000.00.11.H98'`)).rows[0].name).toBe("Sở Tư pháp (đổi tên)");
    });

    it("imports procedures from a semicolon file (decimal comma), with their fields and implementing agencies", async () => {
      await importFixtureProvince(t.url, files);
      const { rows } = await client.query(
        `SELECT p.code, p.legal_days::text, p.competent_levels::text[] AS levels, p.online_level::text, p.has_fees, p.published, to_char(p.published_on, 'YYYY-MM-DD') AS published_on,
                f.code AS field, array(SELECT a.code FROM procedure_agency pa JOIN agency a ON a.id = pa.agency_id WHERE pa.procedure_id = p.id) AS agencies
         FROM procedure p JOIN field f ON f.id = p.field_id ORDER BY p.code`);
      expect(rows).toEqual([
        { code: "1.001", legal_days: "10.00", levels: ["TINH", "SO"], online_level: "TOAN_TRINH", has_fees: true, published: true, published_on: "2025-07-01", field: "G01", agencies: ["000.00.11.H98"] },
        { code: "1.002", legal_days: "3.00", levels: ["SO"], online_level: "MOT_PHAN", has_fees: false, published: true, published_on: "2025-07-01", field: "G02", agencies: ["000.00.13.H98"] },
        { code: "1.003", legal_days: "0.50", levels: ["XA"], online_level: "KHONG", has_fees: true, published: false, published_on: null, field: "G03", agencies: [] },
      ]);
    });

    it("rejects procedures with bad levels, times or agencies; holidays with a weekday make-up day; snapshots ranked beyond the count", async () => {
      const p = await importAs(t.url, "procedures", files.file("p-bad.csv", csv([
        ["MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "ThoiHanGiaiQuyet", "CapThucHien", "CoQuanThucHien"],
        ["2.001", "A", "G01", "Lý lịch tư pháp", "-1", "SO", null],
        ["2.002", "B", "G01", "Lý lịch tư pháp", "5", "PHUONG", null],
        ["2.003", "C", "G01", "Lý lịch tư pháp", "5", "SO", "KHONG-CO"],
        ["2.004", "D", "G01", "Lý lịch tư pháp", "5", "SO;XA", null],
      ])));
      expect(p).toMatchObject({ read: 4, inserted: 1, rejected: 3 });
      expect(p.errors.map((e) => [e.record, e.field])).toEqual([[1, "ThoiHanGiaiQuyet"], [2, "CapThucHien"], [3, "CoQuanThucHien"]]);

      const h = await importAs(t.url, "holidays", files.file("h.csv", csv([["Ngay", "Loai", "GhiChu"], ["2030-01-01", "NGHI", "Tết Dương lịch"], ["2030-01-02", "LAMBU", "thứ Tư"], ["2030-01-05", "LAMBU", "thứ Bảy"]])));
      expect(h).toMatchObject({ read: 3, inserted: 2, rejected: 1, errors: [expect.objectContaining({ record: 2, key: "2030-01-02", field: "Loai", message: expect.stringMatching(/thứ Bảy hoặc Chủ nhật/) })] });

      const s = await importAs(t.url, "index-snapshots", files.file("s.csv", csv([
        ["Ky", "MaTinh", "TenTinh", "TongDiem", "XepHang", "SoTinh", "TienDo"],
        ["2025-Q3", "H98", "Thử Nghiệm", "81,86", "16", "34", "18.5"],
        ["2025-Q3", "H01", "Hà Nội", "90", "40", "34", null],
        ["2025-H1", "H02", "Hà Giang", "70", "1", "34", null],
      ])));
      expect(s).toMatchObject({ read: 3, inserted: 1, rejected: 2 });
      expect(s.errors.map((e) => [e.record, e.key, e.field])).toEqual([[2, "2025-Q3|H01", "XepHang"], [3, "2025-H1|H02", "Ky"]]);
      expect((await client.query(`SELECT total::text, progress::text FROM national_index_snapshot WHERE period = '2025-Q3' AND province_code = 'H98'`)).rows[0]).toEqual({ total: "81.86", progress: "18.50" });
    });
  });

  describe("file types", () => {
    it("reads the first sheet of a workbook: date cells as Vietnam wall-clock time, formula cells as their value (never evaluated), numbers as text", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Hồ sơ");
      sheet.addRow(DOSSIER_HEADER);
      sheet.addRow(["XL-1", "1.001", "000.00.11.H98", 2, new Date(Date.UTC(2026, 0, 5, 8, 30)), new Date(Date.UTC(2026, 0, 19, 8, 30)), null, 4, { formula: "1+2", result: 3 }, null]);
      sheet.addRow(["XL-2", 1.002, "000.00.13.H98", "1", "20260106090000", null, null, 2, { formula: "HYPERLINK(\"x\")" }, null]);
      sheet.addRow([]);
      sheet.addRow(["XL-3", "1.001", "000.00.11.H98", 9, new Date(Date.UTC(2026, 0, 7)), null, null, 4, "=SUM(A1:A2)", null]);
      workbook.addWorksheet("Khác").addRow(["MaHoSo"]);
      const s = await importAs(t.url, "dossiers", files.file("hoso.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer())));
      expect(s).toMatchObject({ format: "xlsx", read: 3, inserted: 2, rejected: 1 });
      // the empty sheet row 4 is skipped; records are numbered by sheet row (row − 1)
      expect(s.errors).toEqual([expect.objectContaining({ record: 4, key: "XL-3", field: "KenhThucHien" })]);
      const { rows } = await client.query(`SELECT code, received_at, due_at, applicant_name FROM dossier WHERE code LIKE 'XL-%' ORDER BY code`);
      expect(rows.map((r) => [r.code, r.received_at.toISOString(), r.due_at?.toISOString() ?? null, r.applicant_name])).toEqual([
        ["XL-1", "2026-01-05T01:30:00.000Z", "2026-01-19T01:30:00.000Z", "3"],
        ["XL-2", "2026-01-06T02:00:00.000Z", null, "=HYPERLINK(\"x\")"],
      ]);
    });

    it("reads a JSON array and the national envelope with nested result and component files", async () => {
      const hash = (c: string) => c.repeat(64);
      const body = {
        service: "DongBoHoSoMC",
        data: [
          {
            MaHoSo: "JS-1", MaTTHC: "1.001", MaDonViXuLy: "000.00.11.H98", KenhThucHien: 2, NgayTiepNhan: "2026-01-05T08:30:00+07:00", TrangThaiHoSo: 10,
            NgayKetThucXuLy: "20260108100000", NgayTra: "20260108110000", TruongKhongBiet: "bỏ qua",
            DanhSachGiayToKetQua: [{ TenTep: "kq.pdf", LoaiTep: "application/pdf", KichThuoc: 1200, MaBam: hash("a") }, { TenTep: "kq2.pdf", MaBam: hash("b") }],
            TaiLieuNop: [{ TenTep: "don.pdf", MaBam: hash("c") }, { TenTep: "cccd.jpg", MaBam: hash("d") }],
          },
          { MaHoSo: "JS-2", MaTTHC: "1.001", MaDonViXuLy: "000.00.11.H98", KenhThucHien: 1, NgayTiepNhan: "20260105090000", TrangThaiHoSo: 4, TaiLieuNop: "không phải danh sách" },
          "không phải đối tượng",
        ],
      };
      const s = await importAs(t.url, "dossiers", files.file("hoso.json", JSON.stringify(body)));
      expect(s).toMatchObject({ format: "json", read: 3, inserted: 1, rejected: 2 });
      expect(s.errors).toEqual([
        expect.objectContaining({ record: 2, key: "JS-2", field: "TaiLieuNop", message: "Cần một danh sách ([…]) các tệp." }),
        expect.objectContaining({ record: 3, key: null, field: null, message: "Bản ghi phải là một đối tượng JSON ({…})." }),
      ]);
      const d = (await client.query(`SELECT result_file_name, result_file_type, result_file_size::int, result_file_sha256, component_sha256, result_files, component_files FROM dossier WHERE code = 'JS-1'`)).rows[0];
      expect(d).toMatchObject({ result_file_name: "kq.pdf", result_file_type: "application/pdf", result_file_size: 1200, result_file_sha256: hash("a"), component_sha256: [hash("c"), hash("d")] });
      expect(d.result_files).toHaveLength(2);
      expect(d.component_files[1]).toEqual({ name: "cccd.jpg", type: null, size: null, sha256: hash("d") });
      const array = await importAs(t.url, "dossiers", files.file("hoso-array.json", JSON.stringify(body.data.slice(0, 1))));
      expect(array).toMatchObject({ read: 1, unchanged: 1 });
    });

    it("takes a JSON body in memory from an API client: same summary, recorded as API with the client, idempotent under retries", async () => {
      const provinceId = (await client.query(`SELECT id FROM province`)).rows[0].id;
      const apiClientId = (await client.query(`INSERT INTO api_client (province_id, name, key_prefix, key_hash, scopes) VALUES ($1, 'Một cửa', 'tthc_x', 'h', '{dossiers:write}') RETURNING id`, [provinceId])).rows[0].id;
      const caller = { source: "API" as const, client: { kind: "api" as const, apiClientId, provinceId, name: "Một cửa", scopes: ["dossiers:write"] }, request: { ip: "10.0.0.9", userAgent: "igate" } };
      const body = [{ MaHoSo: "API-1", MaTTHC: "1.002", MaDonViXuLy: "000.00.13.H98", KenhThucHien: "2", NgayTiepNhan: "20260110080000", TrangThaiHoSo: "2" }];
      const first = await importJsonBody({ url: t.url, kind: "dossiers", caller, body });
      expect(first).toMatchObject({ read: 1, inserted: 1, format: "json" });
      const retry = await importJsonBody({ url: t.url, kind: "dossiers", caller, body: { service: "DongBoHoSoMC", data: body } });
      expect(retry).toMatchObject({ read: 1, inserted: 0, updated: 0, unchanged: 1 });
      expect((await client.query(`SELECT source::text, api_client_id FROM import_batch WHERE id = $1`, [first.batchId])).rows[0]).toEqual({ source: "API", api_client_id: apiClientId });
      expect((await client.query(`SELECT actor, api_client_id, ip FROM audit_log WHERE entity_id = $1 AND action = 'import.commit'`, [String(first.batchId)])).rows[0])
        .toEqual({ actor: "api:Một cửa", api_client_id: apiClientId, ip: "10.0.0.9" });
      // without the scope the import is refused and the attempt recorded
      await expect(importJsonBody({ url: t.url, kind: "agencies", caller, body: [] })).rejects.toThrow(/không có quyền/);
      expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'auth.denied' AND after->>'attempted' = 'import.agencies'`)).toBe(1);
      const bad = await refusal(importJsonBody({ url: t.url, kind: "dossiers", caller, body: { data: "x" } }));
      expect(bad.message).toMatch(/mảng bản ghi hoặc gói/);
    });
  });

  describe("files refused as a whole store nothing, and the history shows why", () => {
    const refusedCases: [string, string | Uint8Array, RegExp][] = [
      ["cp1258.csv", cp1258(csv([DOSSIER_HEADER, ["HS-9", "1.001", "000.00.11.H98", "1", "20260105080000", null, null, "2", "Nguyễn Văn Bình", null]])), /Windows-1258.*CSV UTF-8.*iconv -f CP1258/s],
      ["tcvn3.csv", tcvn3(csv([DOSSIER_HEADER, ["HS-9", "1.001", "000.00.11.H98", "1", "20260105080000", null, null, "2", "Trần Thị Hồng Nhung", null]])), /TCVN3/],
      ["utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv([DOSSIER_HEADER]), "utf16le")]), /UTF-16/],
      ["missing.csv", csv([["MaHoSo", "MaTTHC", "KenhThucHien"], ["HS-9", "1.001", "1"]]), /Thiếu cột bắt buộc: MaDonViXuLy, NgayTiepNhan, TrangThaiHoSo/],
      ["not-header.csv", csv([["HS-9", "1.001", "000.00.11.H98"], ["HS-8", "1.001", "000.00.11.H98"]]), /không phải dòng tiêu đề/],
      ["tab.csv", csv([DOSSIER_HEADER], "\t"), /dấu Tab/],
      ["one-column.csv", `${DOSSIER_HEADER.join(" ")}\nHS-1 1.001\n`, /chỉ có một cột/],
      ["quote.csv", `${DOSSIER_HEADER.join(",")}\nHS-1,1.001,000.00.11.H98,1,20260105080000,,,2,"Nguyễn "A" B,\nHS-2,1.001,000.00.11.H98,1,20260105080000,,,2,x,\n`, /CSV bị lỗi: .*dòng 2/],
      ["unclosed.csv", `${DOSSIER_HEADER.join(",")}\nHS-1,1.001,000.00.11.H98,1,20260105080000,,,2,x,\nHS-2,1.001,000.00.11.H98,1,20260105080000,,,2,"không đóng,\n`, /mở mà không đóng/],
      ["empty.csv", "", /Tệp trống/],
      ["blank.csv", "\r\n\r\n", /Tệp trống/],
      ["header-only.csv", csv([DOSSIER_HEADER]), /chỉ có dòng tiêu đề/],
      ["fake.xlsx", "MaHoSo,MaTTHC\n", /không phải sổ làm việc Excel/],
      ["broken.json", '[{"MaHoSo":"HS-1"},{"MaHoSo":', /JSON bị lỗi sau bản ghi số 1/],
      ["empty.json", "[]", /Không có bản ghi nào/],
    ];
    it.each(refusedCases)("%s", async (name, content, message) => {
      const before = await snapshot();
      const e = await refusal(importAs(t.url, "dossiers", files.file(name, content)));
      expect(e.message).toMatch(message);
      expect(e.unreadable).toBe(true);
      expect(await snapshot()).toEqual(before);
      const failed = (await client.query(`SELECT status::text, failure, file_name FROM import_batch WHERE id = $1`, [e.failedBatchId])).rows[0];
      expect(failed).toEqual({ status: "FAILED", failure: e.message, file_name: name });
      expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'import.fail' AND entity_id = $1 AND outcome = 'FAILED'`, [String(e.failedBatchId)])).toBe(1);
    });

    it("refuses a missing file", async () => {
      const e = await refusal(importAs(t.url, "dossiers", `${files.dir}/khong-co.csv`));
      expect(e.code).toBe("NOT_FOUND");
      expect(e.message).toMatch(/Không tìm thấy tệp/);
    });

    it("refuses a zip that is not a workbook, and workbooks beyond the limits — checked before they are read", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Hồ sơ");
      sheet.addRow(DOSSIER_HEADER);
      // a highly repetitive sheet: it compresses far beyond what real data does
      for (let i = 0; i < 5000; i++) sheet.addRow(Array(10).fill("x".repeat(200)));
      const big = files.file("big.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
      const { importLimits } = await import("@/lib/ingest");
      const limits = importLimits();
      const tight = (xlsx: Partial<typeof limits.xlsx>, more: Partial<typeof limits> = {}) => ({ ...limits, ...more, xlsx: { ...limits.xlsx, ...xlsx } });
      const importWith = (file: string, l: typeof limits) => import("@/lib/ingest").then(({ importFile }) => importFile({ url: t.url, kind: "dossiers", caller: { source: "CLI" }, file: { path: file }, limits: l }));
      expect((await refusal(importWith(big, tight({ maxCompressionRatio: 10 })))).message).toMatch(/nén bất thường/);
      expect((await refusal(importWith(big, tight({ maxUncompressedBytes: 100_000 })))).message).toMatch(/giải nén ra .* vượt giới hạn/);
      expect((await refusal(importWith(big, tight({ maxEntries: 3 })))).message).toMatch(/thành phần nén, vượt giới hạn 3/);
      expect((await refusal(importWith(big, tight({ maxRows: 100 })))).message).toMatch(/hơn 100 dòng/);
      expect((await refusal(importWith(big, tight({}, { maxFileBytes: 1000 })))).message).toMatch(/vượt giới hạn/);
      const notWorkbook = files.file("zip.xlsx", storedZip([["readme.txt", "không phải sổ làm việc"]]));
      expect((await refusal(importWith(notWorkbook, limits))).code).toBe("NOT_WORKBOOK");
    });
  });

  describe("records", () => {
    it("rejects bad records — naming record, key and field — and commits the rest; a dry run reports the same and stores nothing", async () => {
      const file = files.file("mixed.csv", csv([
        DOSSIER_HEADER,
        ["R-1", "1.001", "000.00.11.H98", "2", "20260105083000", "20260119083000", "20260112100000", "10", "=1+2", null],
        ["R-2", "1.002", "000.00.13.H98", "1", "2026-01-06T09:00:00", "2026-01-05T09:00:00", null, "4", null, null],
        ["R-3", "9.999", "KHONG-CO", "4", "hôm qua", null, null, "11", null, null],
        ["R-4", "1.002", "000.00.13.H98", "1", "20260106090000", null, "20260105090000", "9", null, null],
        ["R-5", "1.002", "000.00.13.H98", "1", "20990106090000", null, null, "2", null, null],
        ["R-6", "1.003", "000.01.00.H98", "3", "20260107090000", null, null, "5", "Lê Văn C", null],
        ["R-7", "1.003", "000.01.00.H98", "1", "20260107090000", null, null, "5"],
      ]));
      const before = await snapshot();
      const dry = await importAs(t.url, "dossiers", file, { dryRun: true });
      expect(await snapshot()).toEqual(before);
      expect(dry.batchId).toBeNull();
      const s = await importAs(t.url, "dossiers", file);
      const { batchId: _a, seconds: _b, dryRun: _c, ...committed } = s;
      const { batchId: _d, seconds: _e, dryRun: _f, ...wouldBe } = dry;
      expect(wouldBe).toEqual(committed);
      expect(s).toMatchObject({ read: 7, inserted: 2, updated: 0, unchanged: 0, rejected: 5 });
      const issues = s.errors.map((e) => [e.record, e.key, e.field]);
      expect(issues).toEqual([
        [2, "R-2", "NgayHenTra"],
        [3, "R-3", "MaTTHC"], [3, "R-3", "MaDonViXuLy"], [3, "R-3", "KenhThucHien"], [3, "R-3", "NgayTiepNhan"], [3, "R-3", "TrangThaiHoSo"],
        [4, "R-4", "NgayKetThucXuLy"],
        [5, "R-5", "NgayTiepNhan"],
        [7, "R-7", null],
      ]);
      expect(s.errors[0]!.message).toBe("Ngày hẹn trả (05/01/2026 09:00) trước ngày tiếp nhận (06/01/2026 09:00).");
      expect(s.errors[1]!.message).toMatch(/Không có thủ tục mã 9.999/);
      expect(s.errors[7]!.message).toMatch(/ở tương lai/);
      expect(s.errors[8]!.message).toMatch(/Dòng có 8 ô nhưng dòng tiêu đề có 10 cột/);
      expect((await client.query(`SELECT applicant_name FROM dossier WHERE code = 'R-1'`)).rows[0].applicant_name).toBe("=1+2");
      const stored = (await client.query(`SELECT record_no, record_key, field, message FROM import_row_error WHERE batch_id = $1 ORDER BY id`, [s.batchId])).rows;
      expect(stored.map((r) => [r.record_no, r.record_key, r.field])).toEqual(issues);
    });
  });

  it("keeps every issue in the history but returns at most the configured number", async () => {
    const { importLimits } = await import("@/lib/ingest");
    const rows = [DOSSIER_HEADER, ...Array.from({ length: 30 }, (_, i) => [`LIM-${i}`, "1.001", "000.00.11.H98", "9", "20260105083000", null, null, "2", null, null])];
    const s: ImportSummary = await import("@/lib/ingest").then(({ importFile }) =>
      importFile({ url: t.url, kind: "dossiers", caller: { source: "CLI" }, file: { path: files.file("many.csv", csv(rows)) }, limits: { ...importLimits(), maxIssuesInSummary: 10 } }));
    expect(s).toMatchObject({ rejected: 30, issuesNotShown: 20 });
    expect(s.errors).toHaveLength(10);
    expect(await count(`SELECT count(*) AS n FROM import_row_error WHERE batch_id = $1`, [s.batchId])).toBe(30);
  });
});
