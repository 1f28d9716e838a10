import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MissingSecretsError, resolveAuthSecrets } from "@/lib/auth/secrets";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-secrets-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const GOOD = { NEXTAUTH_SECRET: "x".repeat(40), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64") };

describe("web server secrets", () => {
  it("generates a pair once for the embedded demo database, kept private in the data dir", () => {
    const dataDir = tempDir();
    const first = resolveAuthSecrets({ env: {}, dataDir, requireConfigured: false });
    expect(first.source).toBe("generated");
    expect(first.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(first.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, "base64")).toHaveLength(32);
    expect(fs.statSync(path.join(dataDir, "secrets.json")).mode & 0o077).toBe(0);
    expect(resolveAuthSecrets({ env: {}, dataDir, requireConfigured: false })).toEqual(first);
    expect(resolveAuthSecrets({ env: {}, dataDir: tempDir(), requireConfigured: false }).NEXTAUTH_SECRET).not.toBe(first.NEXTAUTH_SECRET);
  });

  it("takes values from the environment first", () => {
    const dataDir = tempDir();
    expect(resolveAuthSecrets({ env: GOOD, dataDir, requireConfigured: true })).toEqual({ ...GOOD, source: "env" });
    expect(fs.existsSync(path.join(dataDir, "secrets.json"))).toBe(false);
    const half = resolveAuthSecrets({ env: { NEXTAUTH_SECRET: GOOD.NEXTAUTH_SECRET }, dataDir, requireConfigured: false });
    expect(half.NEXTAUTH_SECRET).toBe(GOOD.NEXTAUTH_SECRET);
  });

  it("refuses to run a production server on a real database without configured secrets", () => {
    expect(() => resolveAuthSecrets({ env: {}, dataDir: tempDir(), requireConfigured: true })).toThrow(MissingSecretsError);
    expect(() => resolveAuthSecrets({ env: { NEXTAUTH_SECRET: GOOD.NEXTAUTH_SECRET }, dataDir: tempDir(), requireConfigured: true }))
      .toThrow(/Thiếu NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/);
  });

  it("refuses weak or malformed values", () => {
    expect(() => resolveAuthSecrets({ env: { ...GOOD, NEXTAUTH_SECRET: "ngan" }, dataDir: tempDir(), requireConfigured: false })).toThrow(/32 ký tự/);
    expect(() => resolveAuthSecrets({ env: { ...GOOD, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "không-phải-base64" }, dataDir: tempDir(), requireConfigured: false })).toThrow(/AES/);
    expect(() => resolveAuthSecrets({ env: { ...GOOD, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20).toString("base64") }, dataDir: tempDir(), requireConfigured: false })).toThrow(/AES/);
  });
});
