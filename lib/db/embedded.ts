// Embedded PostgreSQL (PGlite) with exactly one owner process per data directory.
//
// PGlite has no cross-process lock: two processes opening one data dir corrupt it silently.
// So the first process that needs the embedded database becomes its owner: it takes an
// exclusive lock file, opens PGlite and serves it on a loopback socket (Postgres wire
// protocol). Every other process — the web server, the CLI, a second CLI — reads the lock file
// and connects to that socket as to any PostgreSQL server. The owner releases the lock on exit;
// a lock left by a dead process is taken over.
import fs from "node:fs";
import fsp from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const LOCK_FILE = "owner.json";
const PGDATA_DIR = "pgdata";
/** Clients of one owner at most: the web server's pool plus a few CLI processes. */
const MAX_CONNECTIONS = 64;

interface OwnerRecord {
  pid: number;
  /** null while the owner is still opening the database */
  port: number | null;
  purpose: string;
  startedAt: string;
}

export function defaultDataDir(): string {
  return path.resolve(process.env.TTHC_DATA_DIR ?? ".data");
}

export function embeddedUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(dataDir: string): OwnerRecord | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), "utf8")) as OwnerRecord;
  } catch {
    return null;
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Waits (up to `timeoutMs`) for a live owner to serve its socket; null when nobody owns the dir. */
export async function findRunningOwner(dataDir: string, timeoutMs = 30_000): Promise<{ url: string; owner: OwnerRecord } | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const owner = readOwner(dataDir);
    if (!owner || !isAlive(owner.pid)) return null;
    if (owner.port !== null && (await portAnswers(owner.port))) return { url: embeddedUrl(owner.port), owner };
    if (Date.now() > deadline) {
      throw new Error(`Cơ sở dữ liệu nhúng ${dataDir} đang bị tiến trình ${owner.pid} (${owner.purpose}) giữ nhưng không phản hồi.`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Another live process owns the data directory. */
export class EmbeddedDatabaseBusyError extends Error {}

/** Serves an open PGlite on 127.0.0.1 (port 0 = any free port) over the Postgres wire protocol. */
export async function serveOnLoopback(db: PGlite, port = 0): Promise<{ url: string; port: number; stop: () => Promise<void> }> {
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: MAX_CONNECTIONS });
  await server.start();
  const actualPort = Number(server.getServerConn().split(":").pop());
  return { url: embeddedUrl(actualPort), port: actualPort, stop: () => server.stop() };
}

export interface EmbeddedServer {
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/** Takes the lock file atomically; returns false when a live process holds it. */
function tryLock(dataDir: string, purpose: string): boolean {
  const lockPath = path.join(dataDir, LOCK_FILE);
  const record: OwnerRecord = { pid: process.pid, port: null, purpose, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(record), { flag: "wx" });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const owner = readOwner(dataDir);
      if (owner && isAlive(owner.pid)) return false;
      // stale lock of a dead process (or a half-written one): take it over
      fs.rmSync(lockPath, { force: true });
    }
  }
  return false;
}

/**
 * Becomes the owner of `dataDir`: opens PGlite there and serves it on 127.0.0.1 (port 0 = any
 * free port). Throws when another live process owns it.
 */
export async function startEmbeddedServer(dataDir: string, options: { purpose: string; port?: number }): Promise<EmbeddedServer> {
  await fsp.mkdir(path.join(dataDir, PGDATA_DIR), { recursive: true }); // PGlite does not create parents
  if (!tryLock(dataDir, options.purpose)) {
    const owner = readOwner(dataDir);
    throw new EmbeddedDatabaseBusyError(`Cơ sở dữ liệu nhúng ${dataDir} đang được tiến trình ${owner?.pid} (${owner?.purpose}) sử dụng.`);
  }
  const lockPath = path.join(dataDir, LOCK_FILE);
  const releaseLock = () => {
    if (readOwner(dataDir)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.once("exit", releaseLock);
  let db: PGlite | null = null;
  try {
    db = await PGlite.create({ dataDir: path.join(dataDir, PGDATA_DIR) });
    const served = await serveOnLoopback(db, options.port);
    const record: OwnerRecord = { pid: process.pid, port: served.port, purpose: options.purpose, startedAt: new Date().toISOString() };
    fs.writeFileSync(lockPath, JSON.stringify(record));
    const openDb = db;
    let closed = false;
    return {
      url: served.url,
      dataDir,
      async close() {
        if (closed) return;
        closed = true;
        await served.stop();
        await openDb.close(); // flushes PGlite to disk
        releaseLock();
        process.off("exit", releaseLock);
      },
    };
  } catch (e) {
    await db?.close().catch(() => undefined);
    releaseLock();
    throw e;
  }
}

/**
 * A database URL for this process: `DATABASE_URL` when set (real PostgreSQL); else the embedded
 * database's live owner; else this process becomes the owner for its lifetime (`server` is
 * then returned and must be closed before exit).
 */
export async function connectDatabase(purpose: string): Promise<{ url: string; server: EmbeddedServer | null }> {
  const configured = process.env.DATABASE_URL; // an empty value means "not set"
  if (configured) return { url: configured, server: null };
  const dataDir = defaultDataDir();
  const running = await findRunningOwner(dataDir);
  if (running) return { url: running.url, server: null };
  try {
    const server = await startEmbeddedServer(dataDir, { purpose });
    return { url: server.url, server };
  } catch (error) {
    // another process became the owner in the meantime: use its socket
    if (!(error instanceof EmbeddedDatabaseBusyError)) throw error;
    const winner = await findRunningOwner(dataDir);
    if (!winner) throw error;
    return { url: winner.url, server: null };
  }
}
