import "server-only";
import pg from "pg";
import { createDb, type Db } from "./client";
import type { SqlClient } from "./sql";

/**
 * The server process's database: `tthc start` (npm start / npm run dev) passes the embedded
 * database's socket or the real server's URL; the web server never opens the embedded database
 * itself (one owner only).
 */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the application with `npm start` (or `npm run dev`).");
  return url;
}

// One client per server process (kept on globalThis so development reloads do not leak pools).
const globalForDb = globalThis as unknown as { tthcDb?: Db };

export function db(): Db {
  globalForDb.tthcDb ??= createDb(databaseUrl());
  return globalForDb.tthcDb;
}

const globalForPool = globalThis as unknown as { tthcPool?: pg.Pool };

/**
 * node-postgres pool of the server process, for the statistics engine's aggregate SQL (plain
 * queries through the same kind of connection the bulk paths use; see lib/db/sql.ts).
 */
export function sqlPool(): SqlClient {
  globalForPool.tthcPool ??= new pg.Pool({ connectionString: databaseUrl(), max: 8 });
  return globalForPool.tthcPool;
}
