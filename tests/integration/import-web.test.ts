// The web import page's services: upload streamed to a temporary file with its size limit,
// preview (a dry run that stores nothing), import of the very file previewed, cancel, progress
// answered from memory for the session's owner only, refusals of roles that may not import
// (audited), the import history and its error reports (CSV and XLSX).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { encode } from "next-auth/jwt";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { TooLargeError, UserFacingError } from "@/lib/errors";
import { errorReportCsv, errorReportXlsx, IMPORT_FORMATS, IMPORT_KINDS, importFile, importLimits, templateCsv, templateXlsx, type IssueRow } from "@/lib/ingest";
import {
  cancelImportSession, confirmImport, getImportSession, importSessionIssues, importSessionProgress, openImportPage, SESSION_IDLE_MS, startImportSession, sweep,
  type ImportDeps, type ImportSessionView,
} from "@/lib/services/import-sessions";
import { exportImportIssues, getImportBatch, ImportHistoryQuery, listImportBatches, listImportIssues } from "@/lib/services/import-history";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewers";
import { csv, DOSSIER_HEADER, importAs, importFixtureProvince, tempDir } from "../helpers/import-files";

const FROM = { ip: "203.0.113.9", userAgent: "vitest" };
const SECRET = "an-integration-test-secret-of-at-least-32-characters";
process.env.NEXTAUTH_SECRET = SECRET;

const files = tempDir("import-web");
afterAll(() => files.remove());

/** A dossiers CSV of the fixture province: `rows` records, some bad (see BAD), one key repeated. */
function dossierFile(rows: number, tag: string): string {
  const lines: (string | number | null)[][] = [DOSSIER_HEADER];
  for (let r = 1; r <= rows; r++) {
    const code = r === rows ? `${tag}-${r - 1}` : `${tag}-${r}`; // the last record repeats the key of the one before
    lines.push([code, "1.001", "000.00.11.H98", 1 + (r % 2), "2025-10-01T08:00:00", "2025-10-15T17:00:00", null, 4, `Người nộp ${r}`, null]);
  }
  lines[3]![2] = "000.00.99.H98"; // record 3: unknown agency
  lines[7]![0] = '=HYPERLINK("http://example.invalid")'; // record 7: a key a spreadsheet would run, and a bad status
  lines[7]![7] = 11;
  lines[9]![5] = "2025-09-01T08:00:00"; // record 9: due before reception
  return csv(lines);
}
const BAD = [{ record: 3, field: "MaDonViXuLy" }, { record: 7, field: "TrangThaiHoSo" }, { record: 9, field: "NgayHenTra" }];

function uploadRequest(kind: string | null, file: { name: string; content: string } | null): Request {
  const form = new FormData();
  if (kind) form.set("kind", kind);
  if (file) form.set("file", new Blob([file.content]), file.name);
  return new Request("http://localhost/nhap-du-lieu/tai-len", { method: "POST", body: form, headers: { origin: "http://localhost" } });
}

async function sessionCookie(userId: number): Promise<string> {
  return `next-auth.session-token=${await encode({ token: { uid: userId, sv: 0 }, secret: SECRET })}`;
}

describe.each(DB_KINDS)("web imports on %s", (dbKind) => {
  let t: TestDb;
  let deps: ImportDeps;
  let admin: Viewer;
  let office: Viewer;
  let leader: Viewer;
  let focal: Viewer;
  const uploads = () => fs.readdirSync(deps.uploadDir).filter((f) => f.endsWith(".upload"));
  const dossierCount = () => t.db.dossier.count();

  /** Waits for the session's job, watching its progress the way the page does (from memory). */
  async function settle(viewer: Viewer, id: string): Promise<{ session: ImportSessionView; seen: string[] }> {
    const cookie = await sessionCookie(viewer.userId);
    const seen: string[] = [];
    for (;;) {
      const progress = await importSessionProgress(new Request("http://localhost/x", { headers: { cookie } }), id);
      if (progress === null || progress === "unauthenticated") throw new Error(`no progress: ${progress}`);
      seen.push(`${progress.state}:${progress.progress.phase}:${progress.progress.records}`);
      if (progress.state !== "previewing" && progress.state !== "importing") break;
      await new Promise((r) => setTimeout(r, 10));
    }
    return { session: (await getImportSession(deps, viewer, id, FROM))!, seen };
  }

  beforeAll(async () => {
    t = await openTestDb(dbKind);
    await importFixtureProvince(t.url, files);
    const province = await t.db.province.findFirstOrThrow();
    const agency = await t.db.agency.findFirstOrThrow({ where: { code: "000.00.11.H98" } });
    for (const [username, role] of [["quantri", "ADMIN"], ["vanphong", "OFFICE"], ["lanhdao", "LEADERSHIP"], ["daumoi", "FOCAL"]] as const) {
      const user = await t.db.user.create({ data: { username, fullName: `Người ${username}`, provinceId: province.id } });
      await t.db.roleAssignment.create({ data: { userId: user.id, role, provinceId: province.id, agencyId: role === "FOCAL" ? agency.id : null } });
    }
    admin = await viewerOf(t.db, "quantri");
    office = await viewerOf(t.db, "vanphong");
    leader = await viewerOf(t.db, "lanhdao");
    focal = await viewerOf(t.db, "daumoi");
    const uploadDir = path.join(files.dir, `uploads-${dbKind}`);
    deps = { db: t.db, url: t.url, uploadDir, limits: importLimits() };
  });
  afterAll(async () => {
    await t?.close();
  });

  it("refuses roles that may not import, before reading the upload, and records each attempt", async () => {
    for (const viewer of [focal, leader]) {
      await expect(openImportPage(deps, viewer, FROM)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(startImportSession(deps, viewer, uploadRequest("dossiers", { name: "x.csv", content: dossierFile(10, "NO") }), FROM)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getImportSession(deps, viewer, "a".repeat(32), FROM)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(confirmImport(deps, viewer, "a".repeat(32), { sha256: "0".repeat(64) }, FROM)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listImportBatches(t.db, viewer, ImportHistoryQuery.parse({}), FROM)).rejects.toBeInstanceOf(ForbiddenError);
      const denied = await t.db.auditLog.findMany({ where: { action: "auth.denied", userId: viewer.userId }, orderBy: { id: "asc" } });
      expect(denied.map((d) => (d.after as { attempted: string }).attempted)).toEqual(["import.page", "import.upload", "import.view", "import.confirm", "import.history"]);
      expect(denied.every((d) => d.outcome === "DENIED" && d.ip === FROM.ip)).toBe(true);
    }
    expect(fs.existsSync(deps.uploadDir) ? uploads() : []).toEqual([]);
    expect(await t.db.importBatch.count({ where: { source: "WEB" } })).toBe(0);
    expect(await openImportPage(deps, admin, FROM)).toEqual({ maxFileBytes: deps.limits.maxFileBytes });
  });

  it("previews a file without storing anything, then imports that very file", async () => {
    const before = await dossierCount();
    const content = dossierFile(12_000, "WEB");
    const started = await startImportSession(deps, office, uploadRequest("dossiers", { name: "Hồ sơ tháng 10.csv", content }), FROM);
    expect(started).toMatchObject({ kind: "dossiers", fileName: "Hồ sơ tháng 10.csv", fileSize: Buffer.byteLength(content), state: "previewing" });
    expect(uploads()).toHaveLength(1);

    const preview = await settle(office, started.id);
    expect(preview.session.state).toBe("previewed");
    expect(preview.session.preview).toMatchObject({ dryRun: true, batchId: null, read: 12_000, inserted: 11_996, updated: 0, unchanged: 0, rejected: 3, duplicates: 1 });
    expect(preview.session.preview!.errors.map((e) => [e.record, e.field])).toEqual(BAD.map((b) => [b.record, b.field]));
    expect(await dossierCount()).toBe(before);
    expect(await t.db.importBatch.count({ where: { source: "WEB" } })).toBe(0);
    expect(uploads()).toHaveLength(1); // kept for the import

    await expect(confirmImport(deps, office, started.id, { sha256: "f".repeat(64) }, FROM)).rejects.toThrow(/không phải tệp đã kiểm tra/);
    await expect(confirmImport(deps, admin, started.id, { sha256: started.sha256 }, FROM)).resolves.toBeNull(); // another user's session
    const importing = await confirmImport(deps, office, started.id, { sha256: started.sha256 }, FROM);
    expect(importing!.state).toBe("importing");
    const done = await settle(office, started.id);
    expect(done.seen.some((s) => /^importing:reading:[1-9]/.test(s))).toBe(true); // progress moved while the import ran
    expect(done.session.state).toBe("imported");
    const result = done.session.result!;
    expect(result).toMatchObject({ dryRun: false, read: 12_000, inserted: 11_996, rejected: 3, duplicates: 1 });
    expect(await dossierCount()).toBe(before + 11_996);
    expect(uploads()).toEqual([]); // deleted once imported

    const batch = await getImportBatch(t.db, office, result.batchId!, FROM);
    expect(batch).toMatchObject({ source: "WEB", status: "COMMITTED", kind: "dossiers", fileName: "Hồ sơ tháng 10.csv", read: 12_000, rejected: 3, warnings: 1, errorCount: 3 });
    expect(batch!.user?.username).toBe("vanphong");
    expect(batch!.fileSha256).toBe(started.sha256); // the import read the very bytes uploaded and previewed
    const commit = await t.db.auditLog.findFirstOrThrow({ where: { action: "import.commit", entityId: String(result.batchId) } });
    expect(commit).toMatchObject({ userId: office.userId, actor: "vanphong", ip: FROM.ip });
  });

  it("imports the same file again as all unchanged", async () => {
    const content = dossierFile(12_000, "WEB");
    const started = await startImportSession(deps, office, uploadRequest("dossiers", { name: "lan-2.csv", content }), FROM);
    const preview = await settle(office, started.id);
    expect(preview.session.preview).toMatchObject({ inserted: 0, updated: 0, unchanged: 11_996, rejected: 3 });
    await confirmImport(deps, office, started.id, { sha256: started.sha256 }, FROM);
    expect((await settle(office, started.id)).session.result).toMatchObject({ inserted: 0, updated: 0, unchanged: 11_996 });
  });

  it("answers progress to the session's owner only, from the session token", async () => {
    const started = await startImportSession(deps, admin, uploadRequest("holidays", { name: "ngay-nghi.csv", content: csv([["Ngay", "Loai"], ["2027-02-05", "NGHI"]]) }), FROM);
    const ask = async (cookie?: string) => importSessionProgress(new Request("http://localhost/x", { headers: cookie ? { cookie } : {} }), started.id);
    expect(await ask()).toBe("unauthenticated");
    expect(await ask("next-auth.session-token=not-a-token")).toBe("unauthenticated");
    expect(await ask(await sessionCookie(office.userId))).toBeNull();
    expect(await ask(await sessionCookie(admin.userId))).toMatchObject({ progress: { bytesTotal: expect.any(Number) } });
    expect(await getImportSession(deps, office, started.id, FROM)).toBeNull();
    await settle(admin, started.id);
    await expect(cancelImportSession(deps, office, started.id, FROM)).resolves.toBe(false);
    await expect(cancelImportSession(deps, admin, started.id, FROM)).resolves.toBe(true);
    expect(uploads()).toEqual([]); // the cancelled upload's file is gone
    expect(await getImportSession(deps, admin, started.id, FROM)).toBeNull();
    expect(await t.db.holiday.count({ where: { date: new Date("2027-02-05") } })).toBe(0);
  });

  it("refuses a second upload while one runs, and replaces an idle one", async () => {
    const first = await startImportSession(deps, office, uploadRequest("dossiers", { name: "a.csv", content: dossierFile(6000, "ONE") }), FROM);
    await expect(startImportSession(deps, office, uploadRequest("dossiers", { name: "b.csv", content: dossierFile(10, "TWO") }), FROM)).rejects.toThrow(/chưa xong/);
    await settle(office, first.id);
    const second = await startImportSession(deps, office, uploadRequest("dossiers", { name: "b.csv", content: dossierFile(10, "TWO") }), FROM);
    expect(await getImportSession(deps, office, first.id, FROM)).toBeNull();
    await settle(office, second.id);
    expect(uploads()).toHaveLength(1);
    await cancelImportSession(deps, office, second.id, FROM);
  });

  it("enforces the size limit while streaming, with or without Content-Length, and keeps no file", async () => {
    const small = { ...deps, limits: { ...deps.limits, maxFileBytes: 1000 } };
    const big = dossierFile(40, "BIG");
    await expect(startImportSession(small, office, uploadRequest("dossiers", { name: "big.csv", content: big }), FROM)).rejects.toBeInstanceOf(TooLargeError);
    // a streamed body: no Content-Length, the limit is found while reading
    const form = await new Response((() => {
      const f = new FormData();
      f.set("kind", "dossiers");
      f.set("file", new Blob([big]), "big.csv");
      return f;
    })());
    const streamed = new Request("http://localhost/nhap-du-lieu/tai-len", {
      method: "POST", body: form.body, headers: { "content-type": form.headers.get("content-type")! }, duplex: "half",
    } as RequestInit);
    expect(streamed.headers.get("content-length")).toBeNull();
    await expect(startImportSession(small, office, streamed, FROM)).rejects.toThrow(/vượt giới hạn 1\.000 byte/);
    expect(uploads()).toEqual([]);
    await expect(startImportSession(deps, office, uploadRequest("dossiers", null), FROM)).rejects.toThrow(/Chưa chọn tệp/);
    await expect(startImportSession(deps, office, uploadRequest("sach", { name: "x.csv", content: "a" }), FROM)).rejects.toBeInstanceOf(UserFacingError);
    expect(uploads()).toEqual([]);
  });

  it("drops sessions idle for an hour with their files, and files an earlier process left", async () => {
    const started = await startImportSession(deps, office, uploadRequest("dossiers", { name: "quen.csv", content: dossierFile(12, "IDLE") }), FROM);
    await settle(office, started.id);
    const leftover = path.join(deps.uploadDir, "left-by-a-crash.upload");
    fs.writeFileSync(leftover, "x");
    fs.utimesSync(leftover, new Date(Date.now() - 2 * SESSION_IDLE_MS), new Date(Date.now() - 2 * SESSION_IDLE_MS));
    await sweep(Date.now());
    expect(await getImportSession(deps, office, started.id, FROM)).not.toBeNull();
    expect(uploads()).toHaveLength(1); // the session's own file stays; the leftover is gone
    await sweep(Date.now() + SESSION_IDLE_MS + 1000);
    expect(await getImportSession(deps, office, started.id, FROM)).toBeNull();
    expect(uploads()).toEqual([]);
  });

  it("refuses to import a file that changed on the server after its preview", async () => {
    const before = await dossierCount();
    const started = await startImportSession(deps, office, uploadRequest("dossiers", { name: "doi.csv", content: dossierFile(20, "CHG") }), FROM);
    await settle(office, started.id);
    fs.appendFileSync(path.join(deps.uploadDir, uploads()[0]!), "CHG-x,1.001,000.00.11.H98,1,2025-10-01,,,4,,\r\n");
    await confirmImport(deps, office, started.id, { sha256: started.sha256 }, FROM);
    const { session } = await settle(office, started.id);
    expect(session).toMatchObject({ state: "failed", failure: { during: "import", message: expect.stringMatching(/đã thay đổi/) } });
    expect(await dossierCount()).toBe(before);
    expect(uploads()).toEqual([]);
  });

  it("shows an unreadable file's reason at the preview, and stores nothing", async () => {
    const started = await startImportSession(deps, office, uploadRequest("dossiers", { name: "sai.csv", content: "MaHoSo,MaTTHC\nA,B\n" }), FROM);
    const { session } = await settle(office, started.id);
    expect(session).toMatchObject({ state: "failed", preview: null, failure: { during: "preview", batchId: null, message: expect.stringMatching(/Thiếu cột bắt buộc: MaDonViXuLy/) } });
    await expect(confirmImport(deps, office, started.id, { sha256: started.sha256 }, FROM)).rejects.toThrow(/không nhập được/);
    expect(uploads()).toEqual([]);
  });

  it("writes error reports in file order with Vietnamese headers, safe from spreadsheet formulas", async () => {
    const [batch] = (await listImportBatches(t.db, office, ImportHistoryQuery.parse({ nguon: "WEB", loai: "dossiers" }), FROM)).rows.slice(-1);
    const exported = (await exportImportIssues(t.db, office, batch!.id, FROM))!;
    const rows: IssueRow[] = [];
    for await (const chunk of exported.chunks) rows.push(...chunk);
    expect(rows.map((r) => [r.record, r.field, r.rejected])).toEqual([...BAD.map((b) => [b.record, b.field, true]), [12_000, "MaHoSo", false]]);

    let text = "";
    for await (const piece of errorReportCsv("dossiers", [rows])) text += piece;
    const lines = text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe('"Bản ghi số","Khóa (MaHoSo)","Trường","Nội dung lỗi","Xử lý"');
    expect(lines[2]).toMatch(/^"7","'=HYPERLINK\(""http:\/\/example.invalid""\)","TrangThaiHoSo",/);
    expect(lines[4]).toMatch(/^"12000","WEB-11999","MaHoSo",".*","Cảnh báo, vẫn nhập"$/);

    const chunks: Buffer[] = [];
    for await (const chunk of errorReportXlsx("dossiers", [rows])) chunks.push(chunk as Buffer);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Bản ghi số", "Khóa (MaHoSo)", "Trường", "Nội dung lỗi", "Xử lý"]);
    expect(sheet.rowCount).toBe(5);
    const formulaKey = sheet.getRow(3).getCell(2);
    expect(formulaKey.type).toBe(ExcelJS.ValueType.String);
    expect(formulaKey.value).toBe('=HYPERLINK("http://example.invalid")');
    expect([sheet.getRow(2).getCell(1).value, sheet.getRow(2).getCell(3).value, sheet.getRow(2).getCell(5).value]).toEqual([3, "MaDonViXuLy", "Bị từ chối, không nhập"]);

    const page = await listImportIssues(t.db, office, batch!.id, { loai: "canh-bao", trang: 1 }, FROM);
    expect(page).toMatchObject({ total: 1, rows: [{ record: 12_000, rejected: false }] });
  });

  it("lists every source's batches with filters and paging, failed ones included", async () => {
    const broken = files.file(`broken-${dbKind}.csv`, 'MaHoSo,MaTTHC,MaDonViXuLy,KenhThucHien,NgayTiepNhan,TrangThaiHoSo\n"A,1.001\n');
    await expect(importAs(t.url, "dossiers", broken)).rejects.toThrow();
    const all = await listImportBatches(t.db, admin, ImportHistoryQuery.parse({}), FROM);
    expect(all.total).toBeGreaterThanOrEqual(5);
    expect(all.rows[0]).toMatchObject({ source: "CLI", status: "FAILED", user: null, fileName: path.basename(broken) });
    const failed = await listImportBatches(t.db, admin, ImportHistoryQuery.parse({ trangthai: "FAILED" }), FROM);
    expect(failed.rows.every((b) => b.status === "FAILED")).toBe(true);
    const byPerson = await listImportBatches(t.db, admin, ImportHistoryQuery.parse({ nguoi: "VANPHONG" }), FROM);
    expect(byPerson.rows.length).toBeGreaterThan(0);
    expect(byPerson.rows.every((b) => b.user?.username === "vanphong")).toBe(true);
    const catalogue = await listImportBatches(t.db, admin, ImportHistoryQuery.parse({ loai: "procedures", nguon: "CLI" }), FROM);
    expect(catalogue.rows.map((b) => b.kind)).toEqual(["procedures"]);
    const future = await listImportBatches(t.db, admin, ImportHistoryQuery.parse({ tu: "2099-01-01" }), FROM);
    expect(future.total).toBe(0);
    const page2 = await listImportBatches(t.db, admin, ImportHistoryQuery.parse({ trang: "2" }), FROM);
    expect(page2.rows).toEqual([]);
    // a filter value that is not one falls back to no filter
    expect(ImportHistoryQuery.parse({ loai: "sach", trang: "-1" })).toMatchObject({ loai: undefined, trang: 1 });
  });

  it("gives the preview's issues for its error report, and templates that import", async () => {
    const started = await startImportSession(deps, office, uploadRequest("dossiers", { name: "thu.csv", content: dossierFile(12, "PRV") }), FROM);
    await settle(office, started.id);
    const found = await importSessionIssues(deps, office, started.id, FROM);
    expect(found!.issues.map((i) => [i.record, i.rejected])).toEqual([[3, true], [7, true], [9, true], [12, false]]);
    await cancelImportSession(deps, office, started.id, FROM);

    for (const kind of IMPORT_KINDS) {
      const examples = IMPORT_FORMATS[kind].examples.length;
      for (const [name, data] of [[`mau-${kind}.csv`, Buffer.from(templateCsv(kind))], [`mau-${kind}.xlsx`, await templateXlsx(kind)]] as const) {
        const summary = await importFile({ url: t.url, kind, caller: { source: "CLI" }, file: { data: new Uint8Array(data), name }, dryRun: true });
        expect(summary.read, name).toBe(examples);
        // only references to the template's own example codes may fail in this province
        expect(summary.errors.every((e) => /Không có (cơ quan|thủ tục)|không có trong/.test(e.message)), `${name}: ${JSON.stringify(summary.errors)}`).toBe(true);
      }
    }
  });
});
