// A fresh, migrated database per test file, reached the way the application reaches it
// (node-postgres through Prisma's adapter): an in-memory PGlite served on a loopback socket,
// and — when TEST_DATABASE_URL is set — a clone of the migrated template on real PostgreSQL.
import fs from "node:fs/promises";
import pg from "pg";
import { inject } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { createDb, type Db } from "@/lib/db/client";
import { serveOnLoopback } from "@/lib/db/embedded";

export type TestDbKind = "pglite" | "postgres";

/** Every database kind the suite runs against here: PGlite always, PostgreSQL when configured. */
export const DB_KINDS: TestDbKind[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestDb {
  kind: TestDbKind;
  url: string;
  db: Db;
  close(): Promise<void>;
}

export async function openTestDb(kind: TestDbKind): Promise<TestDb> {
  if (kind === "pglite") {
    const tarball = await fs.readFile(inject("pgliteTemplate"));
    const pglite = await PGlite.create({ loadDataDir: new Blob([tarball]) });
    const { url, stop } = await serveOnLoopback(pglite);
    const db = createDb(url);
    return {
      kind, url, db,
      async close() {
        await db.$disconnect();
        await stop();
        await pglite.close();
      },
    };
  }
  const base = process.env.TEST_DATABASE_URL!;
  const template = inject("postgresTemplate")!;
  const name = `tthc_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  // cloning the same template from several workers at once can briefly collide: retry
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      break;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = createDb(url.toString());
  return {
    kind, url: url.toString(), db,
    async close() {
      await db.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
