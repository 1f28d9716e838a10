// `npm run bench:import [-- options]`: how fast a large dossier file imports, against raw COPY.
//
// 1. Writes the demo province's dossiers as the one-stop system exports them (a CSV of
//    DATA_FORMATS §3, lib/seed/demo-files.ts), 1,000,000 by default.
// 2. For each database — a fresh PostgreSQL database on the local server, and PGlite (the
//    embedded database) in a fresh data dir — with the demo province's catalogue (agencies,
//    procedures, holidays) and no dossier yet:
//    - the baseline: the same file loaded with a raw `COPY … FROM … (FORMAT csv)` into a plain
//      table of text columns (no index, no validation, nothing derived); on PostgreSQL through
//      COPY FROM STDIN, on PGlite through its in-process `/dev/blob` (its socket has no COPY);
//    - the import: `tthc import dossiers <file> --json` exactly as an operator runs it, in its own
//      process (its peak resident memory, VmHWM, is read from /proc while it runs; with PGlite
//      that process also runs the database, as the CLI does when no application holds it);
//    - the re-import of the same file (must change nothing), then a push-sized import (one
//      dossier updated) into the full database.
//    It prints rows/s of each, the ratio import ÷ COPY and the peak memory, and checks the
//    counts (every dossier inserted, then unchanged; the table holds exactly the file's rows).
// Targets (issue 4): import ≥ 0.5× raw COPY throughput, peak RSS < 512 MB, re-import at least as
// fast as the first import. Figures and how to read them: BENCHMARKS.md.
//
// Options:
//   --dossiers N           dossiers in the file (default 1,000,000)
//   --only postgres|pglite one database only
//   --keep-file            keep the generated file (.bench-data/dossiers-<N>.csv) and reuse it
// Environment: BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres), the
// server on which the bench database is created and dropped.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import { parse } from "csv-parse/sync";
import pg from "pg";
import { int, loadAverage, log, mib, query } from "./bench-common.mts";
import { from as copyFrom } from "pg-copy-streams";
import { prepareDatabase } from "../lib/cli/database.ts";
import { startEmbeddedServer } from "../lib/db/embedded.ts";
import { DOSSIER_COLUMNS, writeDemoDossierCsv } from "../lib/seed/demo-files.ts";
import { seedDemo } from "../lib/seed/seed-demo.ts";
import { csvCell } from "../lib/csv.ts";
import type { ImportSummary } from "../lib/ingest/types.ts";

const { values: args } = parseArgs({
  options: {
    dossiers: { type: "string", default: "1000000" },
    only: { type: "string" },
    "keep-file": { type: "boolean", default: false },
  },
});
const dossiers = Number(args.dossiers);
if (!Number.isInteger(dossiers) || dossiers <= 0) throw new Error(`--dossiers must be a positive integer (got ${args.dossiers})`);
const targets = args.only === undefined ? ["postgres", "pglite"] : [args.only];
if (targets.some((t) => t !== "postgres" && t !== "pglite")) throw new Error(`--only must be postgres or pglite (got ${args.only})`);
const adminUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ROOT = path.resolve(import.meta.dirname, "..");
const BENCH_DATA = path.join(ROOT, ".bench-data");
const SEED = "2026";

const rate = (rows: number, seconds: number) => `${int.format(Math.round(rows / seconds))} rows/s`;

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, result };
}

// ── the file ─────────────────────────────────────────────────────────────────────────────────

async function dossierFile(): Promise<{ file: string; bytes: number; generated: number | null }> {
  fs.mkdirSync(BENCH_DATA, { recursive: true });
  const file = path.join(BENCH_DATA, `dossiers-${dossiers}.csv`);
  if (args["keep-file"] && fs.existsSync(file)) return { file, bytes: fs.statSync(file).size, generated: null };
  const { seconds } = await timed(() => writeDemoDossierCsv(file, { dossiers, seed: SEED }));
  return { file, bytes: fs.statSync(file).size, generated: seconds };
}

/** The file's first dossier, updated as a one-stop system pushes a change (one more processing step, a later NgayCapNhat). */
async function pushFile(file: string): Promise<string> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  const [header, line] = await (async () => {
    const found: string[] = [];
    for await (const l of lines) if (found.push(l) === 2) break;
    lines.close();
    return found;
  })();
  const [record] = parse(`${header}\n${line}\n`, { bom: true, columns: true }) as Record<(typeof DOSSIER_COLUMNS)[number], string>[];
  const changed = { ...record!, SoBuocXuLy: String(Number(record!.SoBuocXuLy || "0") + 1), NgayCapNhat: "20261120170000" };
  const pushed = path.join(BENCH_DATA, "push-1.csv");
  fs.writeFileSync(pushed, `${DOSSIER_COLUMNS.join(",")}\r\n${DOSSIER_COLUMNS.map((c) => csvCell(changed[c])).join(",")}\r\n`);
  return pushed;
}

// ── the baseline: raw COPY into a plain table ────────────────────────────────────────────────

const RAW_TABLE = `CREATE TABLE bench_raw_copy (${DOSSIER_COLUMNS.map((c) => `"${c}" text`).join(", ")})`;
const COPY_OPTIONS = "(FORMAT csv, HEADER true, ENCODING 'UTF8')";

async function copyIntoPostgres(url: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(RAW_TABLE);
    await pipeline(fs.createReadStream(file), client.query(copyFrom(`COPY bench_raw_copy FROM STDIN ${COPY_OPTIONS}`)));
    const n = Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM bench_raw_copy")).rows[0]!.n);
    await client.query("DROP TABLE bench_raw_copy");
    return n;
  } finally {
    await client.end();
  }
}

/**
 * PGlite reads COPY input from a Blob: the file goes in slices of ~32 MiB cut at line ends (the
 * generated file has no line break inside a cell), the header with the first slice only.
 */
async function copyIntoPglite(db: PGlite, file: string): Promise<number> {
  await db.exec(RAW_TABLE);
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let slice: string[] = [];
  let size = 0;
  let header = true;
  const flush = async () => {
    await db.query(`COPY bench_raw_copy FROM '/dev/blob' (FORMAT csv, HEADER ${header}, ENCODING 'UTF8')`, [], { blob: new Blob([`${slice.join("\n")}\n`]) });
    header = false;
    slice = [];
    size = 0;
  };
  for await (const line of lines) {
    slice.push(line);
    size += line.length;
    if (size >= 32 * 1048576) await flush();
  }
  if (slice.length) await flush();
  const n = Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM bench_raw_copy")).rows[0]!.n);
  await db.exec("DROP TABLE bench_raw_copy");
  return n;
}

/**
 * What writing the rows costs the dossier table itself, whatever reads them: the imported rows
 * copied with one `INSERT … SELECT` into a new table with the dossier table's indexes, CHECKs and
 * foreign keys — no parsing, no validation, nothing derived. No import that keeps those can be
 * faster; it tells how much of the gap to raw COPY is the table's, and how much the import's.
 */
async function tableCeiling(url: string): Promise<{ rows: number; seconds: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("CREATE TABLE bench_ceiling (LIKE dossier INCLUDING ALL)");
    const { rows: keys } = await client.query<{ def: string }>(
      "SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'dossier'::regclass AND contype = 'f'");
    for (const { def } of keys) await client.query(`ALTER TABLE bench_ceiling ADD ${def}`);
    const { seconds, result } = await timed(() => client.query("INSERT INTO bench_ceiling SELECT * FROM dossier"));
    await client.query("DROP TABLE bench_ceiling");
    return { rows: result.rowCount ?? 0, seconds };
  } finally {
    await client.end();
  }
}

// ── the import, as the CLI runs it ───────────────────────────────────────────────────────────

interface CliRun {
  seconds: number;
  peakRss: number;
  summary: ImportSummary;
}

/** Peak resident memory of a live process so far (VmHWM), in bytes. */
function peakRssOf(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // exited
  }
}

/** `tthc import dossiers <file> --json`, as bin/tthc.mjs starts it (without its wrapper process, so VmHWM is the importer's). */
function cliImport(file: string, env: Record<string, string | undefined>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "lib/cli/main.ts"), "import", "dossiers", file, "--json"], {
      cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TSX_TSCONFIG_PATH: path.join(ROOT, "tsconfig.json"), ...env }, stdio: ["ignore", "pipe", "pipe"],
    });
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, peakRssOf(child.pid!))), 100);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    // the last sample is read at exit, before the process is reaped
    child.on("exit", () => (peakRss = Math.max(peakRss, peakRssOf(child.pid!))));
    child.on("close", (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`tthc import exited with ${code}:\n${stderr.slice(-2000)}\n${stdout.slice(-2000)}`));
      resolve({ seconds, peakRss, summary: JSON.parse(stdout) as ImportSummary });
    });
  });
}

// ── one database ─────────────────────────────────────────────────────────────────────────────

interface TargetResult {
  label: string;
  copy: { rows: number; seconds: number };
  ceiling: { rows: number; seconds: number };
  first: CliRun;
  again: CliRun;
  push: CliRun;
  problems: string[];
}

/** What a run of the whole file must show: every record read, none rejected, `expected` counts. */
function check(problems: string[], what: string, s: ImportSummary, expected: Partial<ImportSummary>): void {
  const wrong = Object.entries({ read: dossiers, rejected: 0, ...expected }).filter(([k, v]) => s[k as keyof ImportSummary] !== v);
  if (wrong.length) problems.push(`${what}: ${wrong.map(([k, v]) => `${k} ${String(s[k as keyof ImportSummary])} (expected ${v})`).join(", ")}`);
}

async function benchTarget(target: string, file: string): Promise<TargetResult> {
  const problems: string[] = [];
  let url: string;
  let label: string;
  let env: Record<string, string | undefined>;
  let copy: { rows: number; seconds: number };
  let dispose: () => Promise<void>;
  /** runs `work` with a URL of the database (PGlite: opened for the while, the CLI runs need it closed) */
  let withUrl: <T>(work: (url: string) => Promise<T>) => Promise<T>;
  if (target === "postgres") {
    const name = `tthc_bench_import_${process.pid}`;
    const dbUrl = new URL(adminUrl);
    dbUrl.pathname = `/${name}`;
    url = dbUrl.toString();
    await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await query(adminUrl, `CREATE DATABASE "${name}"`);
    label = `PostgreSQL ${(await query<{ v: string }>(url, "SELECT current_setting('server_version') AS v"))[0]!.v} (${dbUrl.host}, database ${name})`;
    log(`\n━━ ${label}`);
    await prepareDatabase(url);
    await seedDemo(url, { dossiers: 0, seed: SEED });
    log(`  baseline: COPY FROM STDIN into a plain table… (load average ${loadAverage()})`);
    const copied = await timed(() => copyIntoPostgres(url, file));
    copy = { rows: copied.result, seconds: copied.seconds };
    env = { DATABASE_URL: url };
    withUrl = (work) => work(url);
    dispose = async () => void (await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-bench-import-"));
    const server = await startEmbeddedServer(dataDir, { purpose: "bench:import" });
    label = `PGlite (embedded PostgreSQL ${(await query<{ v: string }>(server.url, "SELECT current_setting('server_version') AS v"))[0]!.v}, data dir ${dataDir})`;
    log(`\n━━ ${label}`);
    await prepareDatabase(server.url);
    await seedDemo(server.url, { dossiers: 0, seed: SEED });
    await server.close();
    log(`  baseline: COPY FROM '/dev/blob' into a plain table, in process… (load average ${loadAverage()})`);
    const db = await PGlite.create({ dataDir: path.join(dataDir, "pgdata") });
    const copied = await timed(() => copyIntoPglite(db, file));
    await db.close();
    copy = { rows: copied.result, seconds: copied.seconds };
    env = { DATABASE_URL: undefined, TTHC_DATA_DIR: dataDir };
    withUrl = async (work) => {
      const s = await startEmbeddedServer(dataDir, { purpose: "bench:import" });
      try {
        return await work(s.url);
      } finally {
        await s.close();
      }
    };
    dispose = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  }
  try {
    if (copy.rows !== dossiers) problems.push(`COPY loaded ${copy.rows} rows, not ${dossiers}`);
    log(`    ${int.format(copy.rows)} rows in ${copy.seconds.toFixed(1)} s: ${rate(copy.rows, copy.seconds)}`);
    log(`  import: tthc import dossiers --json… (load average ${loadAverage()})`);
    const first = await cliImport(file, env);
    check(problems, "first import", first.summary, { inserted: dossiers, updated: 0, unchanged: 0 });
    log(`    ${int.format(first.summary.inserted)} inserted in ${first.seconds.toFixed(1)} s: ${rate(dossiers, first.seconds)}; peak RSS ${mib(first.peakRss)}`);
    log("  ceiling: the imported rows copied by INSERT … SELECT into a table with the dossier table's indexes, CHECKs and foreign keys…");
    const ceiling = await withUrl(tableCeiling);
    log(`    ${int.format(ceiling.rows)} rows in ${ceiling.seconds.toFixed(1)} s: ${rate(ceiling.rows, ceiling.seconds)} = ${(copy.seconds / ceiling.seconds).toFixed(2)}× COPY`);
    log(`  re-import of the same file… (load average ${loadAverage()})`);
    const again = await cliImport(file, env);
    check(problems, "re-import", again.summary, { inserted: 0, updated: 0, unchanged: dossiers });
    log(`    ${int.format(again.summary.unchanged)} unchanged in ${again.seconds.toFixed(1)} s: ${rate(dossiers, again.seconds)}; peak RSS ${mib(again.peakRss)}`);
    log("  push-sized import: one dossier updated, into the full database…");
    const push = await cliImport(await pushFile(file), env);
    if (push.summary.updated !== 1) problems.push(`push-sized import: updated ${push.summary.updated} (expected 1)`);
    log(`    ${push.summary.updated} updated in ${push.seconds.toFixed(1)} s (${push.summary.seconds.toFixed(1)} s inside the import, the rest starting the process${target === "pglite" ? " and opening the database" : ""}); peak RSS ${mib(push.peakRss)}, the process's own footprint`);
    const stored = await withUrl(async (u) => Number((await query<{ n: string }>(u, "SELECT count(*) AS n FROM dossier"))[0]!.n));
    if (stored !== dossiers) problems.push(`the dossier table holds ${stored} rows, not ${dossiers}`);
    return { label, copy, ceiling, first, again, push, problems };
  } finally {
    await dispose();
  }
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────

log(`bench:import — ${new Date().toISOString()}`);
log(`machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`);
log(`load average (1 / 5 / 15 min) at start: ${loadAverage()} — the machine is shared, see BENCHMARKS.md`);
const { file, bytes, generated } = await dossierFile();
log(`file: ${file}, ${int.format(dossiers)} dossiers, ${mib(bytes)}${generated === null ? " (kept from an earlier run)" : `, written in ${generated.toFixed(1)} s`}`);

const results: TargetResult[] = [];
const failures: string[] = [];
for (const target of targets) {
  try {
    results.push(await benchTarget(target, file));
  } catch (error) {
    failures.push(`${target}: ${(error as Error).message}`);
    log(`\n✖ ${target} failed: ${(error as Error).stack ?? error}`);
  }
}
if (!args["keep-file"]) fs.rmSync(file, { force: true });

log("\n━━ Summary (targets: import ≥ 0.5× raw COPY rows/s, peak RSS < 512 MB, re-import at least as fast as the first import)");
for (const t of results) {
  const ratio = t.copy.seconds / t.first.seconds;
  const againRatio = t.copy.seconds / t.again.seconds;
  const peak = Math.max(t.first.peakRss, t.again.peakRss);
  log(`${t.label}:`);
  log(`  raw COPY ${rate(t.copy.rows, t.copy.seconds)}; import ${rate(dossiers, t.first.seconds)} = ${ratio.toFixed(2)}× COPY ${ratio >= 0.5 ? "✔" : "✖"}; ` +
    `re-import ${rate(dossiers, t.again.seconds)} = ${againRatio.toFixed(2)}× COPY, ${t.again.seconds <= t.first.seconds ? "✔ at least as fast" : "✖ slower than the first import"}; ` +
    `peak RSS ${mib(peak)} ${peak < 512 * 1048576 ? "✔" : "✖"} (the process alone: ${mib(t.push.peakRss)}); one pushed dossier ${t.push.summary.seconds.toFixed(1)} s`);
  log(`  the dossier table's own ceiling (INSERT … SELECT with its indexes and constraints): ${rate(t.ceiling.rows, t.ceiling.seconds)} = ${(t.copy.seconds / t.ceiling.seconds).toFixed(2)}× COPY; the import reaches ${(t.ceiling.seconds / t.first.seconds).toFixed(2)}× of it`);
  for (const p of t.problems) log(`  ✖ ${p}`);
}
for (const f of failures) log(`✖ ${f}`);
process.exit(failures.length || results.some((r) => r.problems.length) ? 1 : 0);
