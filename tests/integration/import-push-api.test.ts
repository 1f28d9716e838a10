// The push API (POST /api/v1/dossiers, /agencies, /procedures) as its route handlers run it: key,
// scope and revocation (audited), body size limit while reading, bad JSON, the national envelope
// and plain arrays, the same summary as the CLI, retries that change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pushImport, type PushDeps } from "@/lib/api/push-route";
import { createApiKey, revokeApiKey } from "@/lib/auth/api-keys";
import type { Viewer } from "@/lib/auth/permissions";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewers";
import { importFixtureProvince, tempDir } from "../helpers/import-files";

const FROM = { ip: "203.0.113.10", userAgent: "vitest" };
const files = tempDir("push-api");
afterAll(() => files.remove());

const dossier = (code: string, extra: Record<string, unknown> = {}) => ({
  MaHoSo: code, MaTTHC: "1.001", MaDonViXuLy: "000.00.11.H98", KenhThucHien: 2, NgayTiepNhan: "20251001080000", NgayHenTra: "20251015170000", TrangThaiHoSo: 4, ...extra,
});

function post(path: string, body: BodyInit | null, headers: Record<string, string> = {}, init: RequestInit = {}): Request {
  return new Request(`http://localhost${path}`, { method: "POST", body, headers: { "content-type": "application/json", ...headers }, ...init });
}

describe.each(DB_KINDS)("push API on %s", (dbKind) => {
  let t: TestDb;
  let deps: PushDeps;
  let admin: Viewer;
  const keys: Record<"writer" | "reader" | "catalogue" | "revoked", { key: string; id: number }> = {} as never;
  const bearer = (name: keyof typeof keys) => ({ authorization: `Bearer ${keys[name].key}` });
  const send = (path: string, body: unknown, headers: Record<string, string>, kind: "dossiers" | "agencies" | "procedures" = "dossiers", d = deps) =>
    pushImport(post(path, JSON.stringify(body), headers), kind, d);

  beforeAll(async () => {
    t = await openTestDb(dbKind);
    await importFixtureProvince(t.url, files);
    const province = await t.db.province.findFirstOrThrow();
    const user = await t.db.user.create({ data: { username: "quantri", fullName: "Quản trị", provinceId: province.id } });
    await t.db.roleAssignment.create({ data: { userId: user.id, role: "ADMIN", provinceId: province.id } });
    admin = await viewerOf(t.db, "quantri");
    keys.writer = await createApiKey(t.db, admin, { name: "Một cửa VNPT", scopes: ["dossiers:write"] }, FROM);
    keys.reader = await createApiKey(t.db, admin, { name: "Công cụ báo cáo", scopes: ["stats:read"] }, FROM);
    keys.catalogue = await createApiKey(t.db, admin, { name: "Danh mục", scopes: ["catalogue:write"] }, FROM);
    keys.revoked = await createApiKey(t.db, admin, { name: "Khóa cũ", scopes: ["dossiers:write"] }, FROM);
    await revokeApiKey(t.db, admin, keys.revoked.id, FROM);
    deps = { db: t.db, url: t.url, maxRequestBytes: 64 * 1024 };
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers 401 without a key or with an unknown one", async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer tthc_00000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }, { "x-api-key": "sai" }];
    for (const headers of attempts) {
      const response = await send("/api/v1/dossiers", [dossier("A-1")], headers);
      expect(response.status).toBe(401);
      expect((await response.json()).error).toMatch(/khóa API hợp lệ/);
    }
    expect(await t.db.dossier.count()).toBe(0);
  });

  it("answers 403, audited, for a key without the scope and for a revoked key", async () => {
    const withoutScope = await send("/api/v1/dossiers", [dossier("A-1")], bearer("reader"));
    expect(withoutScope.status).toBe(403);
    expect((await withoutScope.json()).error).toMatch(/không có quyền/);
    const denied = await t.db.auditLog.findFirstOrThrow({ where: { action: "auth.denied", apiClientId: keys.reader.id } });
    expect(denied).toMatchObject({ outcome: "DENIED", actor: "api:Công cụ báo cáo", ip: null, after: { attempted: "import.dossiers", scope: "dossiers:write" } });

    const revoked = await send("/api/v1/dossiers", [dossier("A-1")], { "x-api-key": keys.revoked.key });
    expect(revoked.status).toBe(403);
    expect((await revoked.json()).error).toMatch(/đã bị thu hồi/);
    expect(await t.db.auditLog.count({ where: { action: "auth.denied", apiClientId: keys.revoked.id, after: { path: ["reason"], equals: "revoked-key" } } })).toBe(1);

    // a dossiers key cannot push the catalogue
    expect((await send("/api/v1/agencies", [{ MaDonVi: "X", TenDonVi: "X", CapDonVi: "SO" }], bearer("writer"), "agencies")).status).toBe(403);
    expect(await t.db.dossier.count()).toBe(0);
    expect(await t.db.importBatch.count({ where: { source: "API" } })).toBe(0);
  });

  it("answers 413 beyond the size limit, declared or found while reading, and stores nothing", async () => {
    const small = { ...deps, maxRequestBytes: 1000 };
    const body = JSON.stringify(Array.from({ length: 20 }, (_, i) => dossier(`BIG-${i}`)));
    const declared = await pushImport(post("/api/v1/dossiers", body, bearer("writer")), "dossiers", small);
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toMatch(/vượt giới hạn 1\.000 byte/);
    // chunked: no Content-Length, cut off as soon as the body passes the limit
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(body.slice(i * 300, (i + 1) * 300)));
        controller.close();
      },
    });
    const chunked = post("/api/v1/dossiers", stream, bearer("writer"), { duplex: "half" } as RequestInit);
    expect(chunked.headers.get("content-length")).toBeNull();
    const response = await pushImport(chunked, "dossiers", small);
    expect(response.status).toBe(413);
    expect(await t.db.importBatch.count({ where: { source: "API" } })).toBe(0);
  });

  it("answers 400 for a body that is not JSON, not UTF-8 or not records", async () => {
    const notJson = await pushImport(post("/api/v1/dossiers", "MaHoSo,MaTTHC\nA,B", bearer("writer")), "dossiers", deps);
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error).toMatch(/không phải JSON hợp lệ/);
    const latin1 = await pushImport(post("/api/v1/dossiers", new Uint8Array([0x5b, 0x22, 0xe0, 0x22, 0x5d]), bearer("writer")), "dossiers", deps);
    expect(latin1.status).toBe(400);
    expect((await latin1.json()).error).toMatch(/UTF-8/);
    expect((await pushImport(post("/api/v1/dossiers", "", bearer("writer")), "dossiers", deps)).status).toBe(400);
    const notRecords = await send("/api/v1/dossiers", { service: "DongBoHoSoMC", items: [] }, bearer("writer"));
    expect(notRecords.status).toBe(400);
    expect(await notRecords.json()).toMatchObject({ error: expect.stringMatching(/mảng bản ghi hoặc gói/), details: { code: "MALFORMED" } });
    expect((await send("/api/v1/dossiers?dryRun=maybe", [dossier("A-1")], bearer("writer"))).status).toBe(400);
  });

  it("accepts the national envelope and a plain array, with the CLI's summary; a retry changes nothing", async () => {
    const envelope = { service: "DongBoHoSoMC", data: [dossier("ENV-1"), dossier("ENV-2", { DanhSachGiayToKetQua: [{ TenTep: "kq.pdf", LoaiTep: "application/pdf", KichThuoc: 1200 }] })] };
    const first = await send("/api/v1/dossiers", envelope, bearer("writer"));
    expect(first.status).toBe(200);
    const summary = await first.json();
    expect(Object.keys(summary).slice(0, 6)).toEqual(["read", "inserted", "updated", "unchanged", "rejected", "errors"]);
    expect(summary).toMatchObject({ read: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0, errors: [], kind: "dossiers", format: "json", dryRun: false });
    const batch = await t.db.importBatch.findFirstOrThrow({ where: { provinceId: admin.provinceId, id: summary.batchId } });
    expect(batch).toMatchObject({ source: "API", status: "COMMITTED", apiClientId: keys.writer.id, userId: null, fileName: "POST /api/v1/dossiers" });
    expect((await t.db.dossier.findFirstOrThrow({ where: { code: "ENV-2" } })).resultFileName).toBe("kq.pdf");

    const retry = await (await send("/api/v1/dossiers", envelope, bearer("writer"))).json();
    expect(retry).toMatchObject({ read: 2, inserted: 0, updated: 0, unchanged: 2, rejected: 0 });

    const array = await (await send("/api/v1/dossiers", [dossier("ENV-1", { TrangThaiHoSo: 9, NgayKetThucXuLy: "20251010100000" }), dossier("ARR-1")], { "x-api-key": keys.writer.key })).json();
    expect(array).toMatchObject({ read: 2, inserted: 1, updated: 1, unchanged: 0, rejected: 0 });
    expect(await t.db.dossier.count()).toBe(3);
    expect(await t.db.auditLog.count({ where: { action: "import.commit", apiClientId: keys.writer.id } })).toBe(3);
  });

  it("reports rejected records with record number, key and field while the rest commits", async () => {
    const response = await send("/api/v1/dossiers", [dossier("REJ-1"), dossier("REJ-2", { MaTTHC: "9.999" }), dossier("REJ-3", { TrangThaiHoSo: 12 }), "không phải bản ghi"], bearer("writer"));
    expect(response.status).toBe(200);
    const summary = await response.json();
    expect(summary).toMatchObject({ read: 4, inserted: 1, rejected: 3 });
    expect(summary.errors.map((e: { record: number; key: string | null; field: string | null }) => [e.record, e.key, e.field])).toEqual([
      [2, "REJ-2", "MaTTHC"], [3, "REJ-3", "TrangThaiHoSo"], [4, null, null],
    ]);
    expect(await t.db.importRowError.count({ where: { batchId: summary.batchId, rejected: true } })).toBe(3);
  });

  it("validates without storing on ?dryRun=true", async () => {
    const before = await t.db.importBatch.count();
    const summary = await (await send("/api/v1/dossiers?dryRun=true", [dossier("DRY-1")], bearer("writer"))).json();
    expect(summary).toMatchObject({ dryRun: true, inserted: 1, batchId: null });
    expect(await t.db.dossier.count({ where: { code: "DRY-1" } })).toBe(0);
    expect(await t.db.importBatch.count()).toBe(before);
  });

  it("lets a catalogue key push agencies and procedures", async () => {
    const agencies = await (await send("/api/v1/agencies", [{ MaDonVi: "000.02.00.H98", TenDonVi: "UBND xã Hai", CapDonVi: "XA", MaDonViCha: "000.00.00.H98" }], bearer("catalogue"), "agencies")).json();
    expect(agencies).toMatchObject({ kind: "agencies", read: 1, inserted: 1, rejected: 0 });
    const procedures = await (await send("/api/v1/procedures", {
      service: "DongBoTTHC", data: [{ MaTTHC: "1.009", TenTTHC: "Thủ tục mới", MaLinhVuc: "G03", TenLinhVuc: "Chứng thực", ThoiHanGiaiQuyet: 1, CapThucHien: "XA" }],
    }, bearer("catalogue"), "procedures")).json();
    expect(procedures).toMatchObject({ kind: "procedures", read: 1, inserted: 1, rejected: 0 });
    expect((await send("/api/v1/dossiers", [dossier("CAT-1")], bearer("catalogue"))).status).toBe(403);
  });
});
