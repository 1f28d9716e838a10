import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import pg from "pg";
import { connectDatabase, findRunningOwner, startEmbeddedServer } from "@/lib/db/embedded";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-embedded-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("embedded database ownership", () => {
  it("has exactly one owner; other processes connect to its socket; the lock goes with the owner", async () => {
    const dir = tempDir();
    const server = await startEmbeddedServer(dir, { purpose: "test owner" });
    try {
      await expect(startEmbeddedServer(dir, { purpose: "intruder" })).rejects.toThrow(/đang được tiến trình \d+ \(test owner\) sử dụng/);
      const running = await findRunningOwner(dir);
      expect(running?.url).toBe(server.url);
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query("SELECT 41 + 1 AS answer");
      expect(rows[0].answer).toBe(42);
      await client.end();
    } finally {
      await server.close();
    }
    expect(fs.existsSync(path.join(dir, "owner.json"))).toBe(false);
    expect(await findRunningOwner(dir)).toBeNull();
  });

  it("keeps data across owners and takes over the lock of a process that died", async () => {
    const dir = tempDir();
    const first = await startEmbeddedServer(dir, { purpose: "first" });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)");
    await client.end();
    await first.close();

    // a lock left by a process that no longer exists (killed with SIGKILL, power loss…)
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => dead.on("exit", r));
    fs.writeFileSync(path.join(dir, "owner.json"), JSON.stringify({ pid: dead.pid, port: 1, purpose: "dead", startedAt: new Date().toISOString() }));
    expect(await findRunningOwner(dir)).toBeNull();

    const second = await startEmbeddedServer(dir, { purpose: "second" });
    try {
      const again = new pg.Client({ connectionString: second.url });
      await again.connect();
      expect((await again.query("SELECT n FROM kept")).rows).toEqual([{ n: 7 }]);
      await again.end();
    } finally {
      await second.close();
    }
  });
});

describe("two processes needing the embedded database at the same moment", () => {
  it("elect one owner; the other connects to it", async () => {
    const dir = tempDir();
    const saved = { dataDir: process.env.TTHC_DATA_DIR, url: process.env.DATABASE_URL };
    process.env.TTHC_DATA_DIR = dir;
    delete process.env.DATABASE_URL;
    const [a, b] = await Promise.all([connectDatabase("a"), connectDatabase("b")]);
    try {
      expect([a.server, b.server].filter(Boolean)).toHaveLength(1);
      expect(a.url).toBe(b.url);
      const client = new pg.Client({ connectionString: a.url });
      await client.connect();
      expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      await client.end();
    } finally {
      await a.server?.close();
      await b.server?.close();
      if (saved.dataDir === undefined) delete process.env.TTHC_DATA_DIR;
      else process.env.TTHC_DATA_DIR = saved.dataDir;
      if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    }
  });
});
