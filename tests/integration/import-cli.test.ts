// `tthc import` as users run it: a real process against the test database. The JSON summary is
// a contract; exit codes tell a committed batch (0, even with rejected records) from a file
// that could not be read (3) or a bad command (2). A process killed mid-import leaves nothing
// behind, and running it again does the whole job.
import path from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { seedDemo } from "@/lib/seed/seed-demo";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { writeDemoDossierCsv } from "@/lib/seed/demo-files";
import { DOSSIER_HEADER, cp1258, csv, tempDir } from "../helpers/import-files";

const files = tempDir("import-cli");
afterAll(() => files.remove());
const BIG = 40_000;

describe.each(DB_KINDS)("tthc import on %s", (kind) => {
  let t: TestDb;
  let client: pg.Client;
  let big: string;
  const env = () => ({ ...process.env, DATABASE_URL: t.url, TTHC_PROVINCE: "" });
  // asynchronous: the embedded test database is served by this very process
  const tthc = (...args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.resolve("bin/tthc.mjs"), ...args], { env: env(), stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  const state = async () => (await client.query(
    `SELECT (SELECT count(*)::int FROM dossier) AS dossiers, (SELECT count(*)::int FROM import_batch) AS batches,
            (SELECT count(*)::int FROM import_row_error) AS row_errors, (SELECT md5(coalesce(string_agg(s::text, ',' ORDER BY s::text), '')) FROM dossier_summary s) AS summary`)).rows[0];

  beforeAll(async () => {
    t = await openTestDb(kind);
    await seedDemo(t.url, { dossiers: 0, seed: "cli" });
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
    big = files.file(`big-${kind}.csv`, "");
    await writeDemoDossierCsv(big, { dossiers: BIG, seed: "cli" });
  }, 180_000);
  afterAll(async () => {
    await client?.end();
    await t?.close();
  });

  it("prints exactly the summary shape with --json and exits 0 when the batch committed, rejected records included", async () => {
    const { rows: [d] } = await client.query(`SELECT p.code AS procedure, a.code AS agency FROM procedure p, agency a WHERE a.level = 'SO' AND a.valid_to IS NULL ORDER BY p.code, a.code LIMIT 1`);
    const file = files.file("small.csv", csv([
      DOSSIER_HEADER,
      ["CLI-1", d.procedure, d.agency, "2", "20260105083000", null, null, "2", null, null],
      ["CLI-2", d.procedure, d.agency, "2", "20260105083000", "20260101000000", null, "2", null, null],
    ]));
    const r = await tthc("import", "dossiers", file, "--json");
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(Object.keys(summary).slice(0, 6)).toEqual(["read", "inserted", "updated", "unchanged", "rejected", "errors"]);
    expect(summary).toMatchObject({ read: 2, inserted: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(summary.errors).toEqual([{ record: 2, key: "CLI-2", field: "NgayHenTra", message: expect.stringMatching(/trước ngày tiếp nhận/) }]);

    const human = await tthc("import", "dossiers", file);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/đọc 2 · thêm mới 0 · cập nhật 0 · không đổi 1 · bị từ chối 1/);
    expect(human.stdout).toMatch(/bản ghi 2 \(MaHoSo CLI-2\) — NgayHenTra: Ngày hẹn trả/);

    const dry = await tthc("import", "dossiers", file, "--dry-run", "--json");
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, batchId: null, unchanged: 1 });
  });

  it("exits 3 when nothing could be read, 2 for a bad command, with a Vietnamese message", async () => {
    const before = await state();
    const legacy = await tthc("import", "dossiers", files.file("cp1258.csv", cp1258(csv([DOSSIER_HEADER, ["X", "1", "2", "1", "20260105083000", null, null, "2", "Nguyễn Văn Bình", null]]))), "--json");
    expect(legacy.code).toBe(3);
    expect(JSON.parse(legacy.stdout).error).toMatch(/Windows-1258/);
    const missing = await tthc("import", "dossiers", files.file("missing-columns.csv", "MaHoSo,MaTTHC\nX,1\n"));
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/Thiếu cột bắt buộc: MaDonViXuLy, KenhThucHien, NgayTiepNhan, TrangThaiHoSo/);
    expect((await tthc("import", "dossiers", `${files.dir}/khong-co.csv`)).code).toBe(3);
    const unknown = await tthc("import", "hoso", big);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/chọn một trong: agencies, procedures, dossiers, holidays, index-snapshots/);
    const after = await state();
    expect({ ...after, batches: before.batches }).toEqual(before);
    expect(after.batches).toBe(before.batches + 3); // each refusal is a FAILED batch in the history
  });

  it("leaves nothing behind when killed mid-import, and a rerun completes", async () => {
    const before = await state();
    const child = spawn(process.execPath, [path.resolve("bin/tthc.mjs"), "import", "dossiers", big], { env: env(), detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no progress: ${stderr}`)), 120_000);
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/Đã đọc [\d.]+ bản ghi/.test(stderr)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on("exit", () => reject(new Error(`finished before it could be killed: ${stderr}`)));
    });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    process.kill(-child.pid!, "SIGKILL"); // the whole process group, as a crash or `kill -9` would
    await exited;
    // the server notices the dropped connection and rolls the transaction back
    for (let i = 0; i < 50 && (await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`).catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await state()).toEqual(before);

    const rerun = await tthc("import", "dossiers", big, "--json");
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ read: BIG, inserted: BIG, rejected: 0 });
    expect((await state()).dossiers).toBe(before.dossiers + BIG);
  }, 300_000);
});
