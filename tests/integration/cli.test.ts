import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";

// The `tthc` command as users run it: a real process on a fresh embedded database.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-cli-"));
const run = (input: string, args: string[]) => {
  const r = spawnSync(process.execPath, [path.resolve("bin/tthc.mjs"), ...args], {
    env: { ...process.env, TTHC_DATA_DIR: dataDir, DATABASE_URL: "" },
    encoding: "utf8",
    timeout: 120_000,
    input,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tthc = (...args: string[]) => run("", args);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("tthc CLI", () => {
  it("migrates a fresh embedded database and reports its status as JSON", () => {
    const migrate = tthc("db", "migrate", "--json");
    expect(migrate.code, migrate.stderr).toBe(0);
    expect(JSON.parse(migrate.stdout).applied.length).toBeGreaterThanOrEqual(2);
    const status = tthc("db", "status", "--json");
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ pending: [], failed: [], unknown: [] });
  });

  it("seeds the demo province and prints the summary as JSON", () => {
    const r = tthc("seed", "demo", "--dossiers", "300", "--seed", "cli", "--json");
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ province: "Đồng Tháp (H87)", dossiers: 300, users: 6 });
  });

  it("refuses bad input with a clear message and a non-zero exit code", () => {
    const twice = tthc("seed", "demo", "--dossiers", "10");
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/đã có trong cơ sở dữ liệu/);
    const negative = tthc("seed", "demo", "--dossiers", "-5", "--json");
    expect(negative.code).toBe(2);
    expect(JSON.parse(negative.stdout).error).toMatch(/không được âm/);
    const unknown = tthc("frobnicate");
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/unknown command/i);
  });

  it("creates accounts from the console, the password read from standard input", () => {
    const add = run("Chu-Tich-2026\n", ["user", "add", "ChuTich", "--name", "Chủ tịch UBND tỉnh", "--role", "LEADERSHIP", "--json"]);
    expect(add.code, add.stderr).toBe(0);
    expect(JSON.parse(add.stdout)).toMatchObject({ username: "chutich", role: "LEADERSHIP", agencyId: null });
    const again = run("Chu-Tich-2026\n", ["user", "add", "chutich", "--name", "Trùng", "--role", "LEADERSHIP"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/đã có người dùng/);
    const weak = run("ngan\n", ["user", "add", "yeu", "--name", "Mật khẩu yếu", "--role", "ADMIN"]);
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/ít nhất 10 ký tự/);
    const focal = run("Dau-Moi-2026\n", ["user", "add", "dm.khong.co", "--name", "Đầu mối", "--role", "FOCAL", "--agency", "KHONG-CO"]);
    expect(focal.code).toBe(3);
    expect(focal.stderr).toMatch(/Không có cơ quan, đơn vị mã KHONG-CO/);
    const reset = run("Mat-Khau-Moi-2026\n", ["user", "password", "chutich", "--json"]);
    expect(reset.code, reset.stderr).toBe(0);
    expect(JSON.parse(reset.stdout)).toEqual({ username: "chutich", reset: true });
    expect(run("Mat-Khau-Moi-2026\n", ["user", "password", "khong.co"]).code).toBe(3);
  });
});
