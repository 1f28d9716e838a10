// Prisma Migrate without the native engine: Prisma's own schema engine (wasm build) driven
// through a driver adapter, offline. Adapted from shared/recipes/migrate.mts. It writes
// prisma/migrations/*/migration.sql and `_prisma_migrations` rows exactly as `prisma migrate
// deploy` does (checksum = sha256 of the file), so a site that has the native engine can use the
// stock CLI on the same database.
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import * as schemaEngineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma/migrations");
const filters = { externalTables: [] as string[], externalEnums: [] as string[] };

// adapter-pg has no mapping for Postgres' one-byte "char" (OID 18; "char"[] = 1002), which the
// engine's pg_catalog queries return. Relabel them as text. The application never uses "char".
let charTypePatched = false;
function patchCharType() {
  if (charTypePatched) return;
  charTypePatched = true;
  const result = (pg as unknown as { Result: { prototype: { addFields: (f: { dataTypeID: number }[]) => void } } }).Result;
  const addFields = result.prototype.addFields;
  result.prototype.addFields = function (fields: { dataTypeID: number }[]) {
    for (const f of fields) {
      if (f.dataTypeID === 18) f.dataTypeID = 25;
      else if (f.dataTypeID === 1002) f.dataTypeID = 1009;
    }
    return addFields.call(this, fields);
  };
}

type SchemaEngineClass = typeof schemaEngineBindings.SchemaEngine;
let schemaEngineClass: SchemaEngineClass | null = null;

// Node 20 cannot `import "./schema_engine_bg.wasm"` (what the package's entry does).
async function loadSchemaEngine(): Promise<SchemaEngineClass> {
  if (schemaEngineClass) return schemaEngineClass;
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(await fs.readFile(wasmPath), {
    "./schema_engine_bg.js": schemaEngineBindings as unknown as WebAssembly.ModuleImports,
  });
  schemaEngineBindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  schemaEngineClass = schemaEngineBindings.SchemaEngine;
  return schemaEngineClass;
}

function poolConfigFromUrl(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || "postgres",
    password: decodeURIComponent(u.password) || undefined,
    database: u.pathname.slice(1) || "postgres",
  };
}

// Both adapters mishandle multi-statement migration scripts: adapter-pg splits them on every
// ";" (breaking function bodies such as the audit trigger's), pglite-prisma-adapter does not
// await them. The native engine sends a script whole; so do we: one simple-protocol query,
// which PostgreSQL also runs atomically.
interface ScriptRunner {
  executeScript(script: string): Promise<void>;
  onError?: (error: unknown) => never;
  client: { query?: (sql: string) => Promise<unknown>; exec?: (sql: string) => Promise<unknown> };
}
function runScriptsWhole<T>(adapter: T): T {
  const a = adapter as unknown as ScriptRunner;
  a.executeScript = async (script: string) => {
    try {
      if (a.client.exec) await a.client.exec(script);
      else await a.client.query!(script);
    } catch (error) {
      a.onError?.(error);
      throw error;
    }
  };
  return adapter;
}

function pgliteFactory(pglite: PGlite) {
  const factory = new PrismaPGlite(pglite);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => runScriptsWhole(await factory.connect()),
    connectToShadowDb: async () => runScriptsWhole(await factory.connectToShadowDb()),
  };
}

// PrismaPg.connectToShadowDb() (7.10.0) targets the main database when given a connection
// string; this factory creates a real temporary shadow database on the same server.
function pgFactoryWithShadow(url: string) {
  const cfg = poolConfigFromUrl(url);
  const main = new PrismaPg(cfg);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => runScriptsWhole(await main.connect()),
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
      const admin = new pg.Client(cfg);
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const adapter = runScriptsWhole(await new PrismaPg({ ...cfg, database: name }).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return adapter;
    },
  };
}

/** Where migrations run: a PostgreSQL URL (also the embedded server's socket) or an in-process PGlite. */
export type MigrationTarget = { url: string } | { pglite: PGlite };

async function loadMigrations() {
  const lockContent = await fs.readFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), "utf8").catch(() => null);
  const entries = await fs.readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const e of entries.filter((d) => d.isDirectory())) {
    const content = await fs
      .readFile(path.join(MIGRATIONS_DIR, e.name, "migration.sql"), "utf8")
      .then((value) => ({ tag: "ok" as const, value }))
      .catch((err: Error) => ({ tag: "error" as const, value: String(err.message) }));
    migrationDirectories.push({ path: e.name, migrationFile: { path: "migration.sql", content } });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    migrationDirectories,
    shadowDbInitScript: "",
  };
}

async function withEngine<T>(
  target: MigrationTarget,
  run: (engine: schemaEngineBindings.SchemaEngine, schemaFiles: { path: string; content: string }[]) => Promise<T>,
  schemaText?: string,
): Promise<T> {
  patchCharType();
  const schema = schemaText ?? (await fs.readFile(SCHEMA_PATH, "utf8"));
  const factory = "url" in target ? pgFactoryWithShadow(target.url) : pgliteFactory(target.pglite);
  const SchemaEngine = await loadSchemaEngine();
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    (log: string) => {
      if (process.env.DEBUG_SCHEMA_ENGINE) console.error("[schema-engine]", log);
    },
    bindMigrationAwareSqlAdapterFactory(factory as never),
  );
  try {
    return await run(engine, [{ path: SCHEMA_PATH, content: schema }]);
  } finally {
    engine.free();
  }
}

/** `prisma migrate deploy`: applies pending migrations; refuses when a migration failed before. */
export async function migrateDeploy(target: MigrationTarget): Promise<string[]> {
  return withEngine(target, async (engine) => {
    const migrationsList = await loadMigrations();
    const diagnosis = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters });
    if (diagnosis.failedMigrationNames.length) {
      throw new Error(`Migrations failed earlier in this database (P3009): ${diagnosis.failedMigrationNames.join(", ")}`);
    }
    const result = await engine.applyMigrations({ migrationsList, filters });
    return result.appliedMigrationNames;
  });
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  failed: string[];
  /** migrations in the database that are not in prisma/migrations */
  unknown: string[];
}

/** `prisma migrate status` */
export async function migrationStatus(target: MigrationTarget): Promise<MigrationStatus> {
  return withEngine(target, async (engine) => {
    const migrationsList = await loadMigrations();
    const d = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters });
    const local = migrationsList.migrationDirectories.map((m) => m.path);
    const history = d.history;
    const pending = history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
    return {
      applied: local.filter((n) => !pending.includes(n)),
      pending,
      failed: d.failedMigrationNames,
      unknown: history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [],
    };
  });
}

/**
 * `prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma`:
 * the SQL that the migrations lack to match the schema (empty when they agree). Replays the
 * migrations into a shadow database: an in-memory PGlite unless a URL is given. `schemaText`
 * replaces prisma/schema.prisma (tests use it to prove drift is caught).
 */
export async function diffMigrationsToSchema(target?: MigrationTarget, schemaText?: string): Promise<string> {
  const ownPglite = target ? null : await PGlite.create();
  try {
    return await withEngine(target ?? { pglite: ownPglite! }, async (engine, files) => {
      const r = await engine.diff({ from: { tag: "migrations", ...(await loadMigrations()) }, to: { tag: "schemaDatamodel", files }, script: true, exitCode: null, filters });
      return r.stdout ?? "";
    }, schemaText);
  } finally {
    await ownPglite?.close();
  }
}

const EMPTY_MIGRATION = "-- This is an empty migration.";

/** True when the engine's diff script contains no statement. */
export function isEmptyMigration(sql: string): boolean {
  return sql.trim() === "" || sql.trim() === EMPTY_MIGRATION;
}

/**
 * `prisma migrate dev --name <name> --create-only`: writes the engine's diff between the
 * migrations and the schema as a new migration (never hand-written SQL). Returns its folder name,
 * or null when they already agree. With `empty`, writes an empty migration to hold SQL that
 * Prisma does not model (triggers, CHECK constraints), which never causes drift.
 * (The wasm engine's own createMigration cannot reach a shadow database once migrations exist,
 * so this uses its diff, which can.)
 */
export async function createMigration(name: string, options: { empty?: boolean } = {}): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("Migration names use lower case letters, digits and _.");
  const script = options.empty ? `${EMPTY_MIGRATION}\n` : await diffMigrationsToSchema();
  if (!options.empty && isEmptyMigration(script)) return null;
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const folder = `${stamp}_${name}`;
  await fs.mkdir(path.join(MIGRATIONS_DIR, folder), { recursive: true });
  await fs.writeFile(path.join(MIGRATIONS_DIR, folder, "migration.sql"), script);
  return folder;
}
