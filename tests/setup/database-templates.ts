// Prepares, once per test run, a migrated template database for each kind under test:
// - PGlite: an in-memory instance migrated by Prisma's engine, dumped to a tarball that every
//   test file loads into its own fresh in-memory PGlite;
// - PostgreSQL (when TEST_DATABASE_URL is set): a template database every test file clones.
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
  }
}

export default async function setup(project: TestProject) {
  const dir = path.resolve(".test-data");
  await fs.mkdir(dir, { recursive: true });
  const pglite = await PGlite.create();
  await migrateDeploy({ pglite });
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const templatePath = path.join(dir, `pglite-template-${process.pid}.tar`);
  await fs.writeFile(templatePath, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", templatePath);

  const url = process.env.TEST_DATABASE_URL;
  let templateName: string | null = null;
  if (url) {
    templateName = `tthc_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${templateName}"`);
    await admin.end();
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${templateName}`;
    await migrateDeploy({ url: templateUrl.toString() });
  }
  project.provide("postgresTemplate", templateName);

  return async () => {
    await fs.rm(templatePath, { force: true });
    if (url && templateName) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
      await admin.end();
    }
  };
}
