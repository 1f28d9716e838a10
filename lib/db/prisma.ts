import "server-only";
import { createDb, type Db } from "./client";
import { defaultDataDir, runningOwnerUrlSync } from "./embedded";

// One client per server process (kept on globalThis so development reloads do not leak pools).
const globalForDb = globalThis as unknown as { tthcDb?: Db };

function databaseUrl(): string {
  // `tthc start` sets DATABASE_URL to the embedded database's socket, or passes the real one.
  const url = process.env.DATABASE_URL ?? runningOwnerUrlSync(defaultDataDir());
  if (!url) throw new Error("No database: set DATABASE_URL, or start the application with `npm start` (it owns the embedded database).");
  return url;
}

export function db(): Db {
  globalForDb.tthcDb ??= createDb(databaseUrl());
  return globalForDb.tthcDb;
}
