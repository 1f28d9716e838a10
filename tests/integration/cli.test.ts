import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";

// The `tthc` command as users run it: a real process on a fresh embedded database.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-cli-"));
const tthc = (...args: string[]) => {
  const r = spawnSync(process.execPath, [path.resolve("bin/tthc.mjs"), ...args], {
    env: { ...process.env, TTHC_DATA_DIR: dataDir, DATABASE_URL: "" },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
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
});
