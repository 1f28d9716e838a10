import "server-only";
import { createDb, type Db } from "./client";

// One client per server process (kept on globalThis so development reloads do not leak pools).
const globalForDb = globalThis as unknown as { tthcDb?: Db };

export function db(): Db {
  // `tthc start` (npm start / npm run dev) passes the embedded database's socket or the real
  // server's URL; the web server never opens the embedded database itself (one owner only).
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the application with `npm start` (or `npm run dev`).");
  globalForDb.tthcDb ??= createDb(url);
  return globalForDb.tthcDb;
}
