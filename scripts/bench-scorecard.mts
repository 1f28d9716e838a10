// `npm run bench:scorecard [-- options]`: how fast the agency scorecard is on a large province.
//
// For each database (a fresh PostgreSQL database on the local server, and PGlite — the embedded
// database — served on a loopback socket exactly as the application serves it), the script seeds
// the demo province at the requested size, then times, interleaved and repeated:
//   - the engine: lib/stats/engine.ts scorecard() of every agency (it reads the exact half-month
//     summary `dossier_summary`; a scorecard also computes the previous period, for rank change);
//   - the baseline: one hand-written GROUP BY over the dossier table computing the same Biểu 06
//     columns per resolving agency for the same window,
// for a quarter and a year, checks that both give the same columns for every agency, and prints
// p50 / p95 of each and the ratio engine ÷ baseline. Then what keeping the summary exact costs an
// import: a dry-run import (the pipeline every import goes through) pushing one dossier into the
// agency with the most dossiers, against rebuilding that agency's summary, as imports did before
// they updated it by difference. Figures and how to read them: BENCHMARKS.md.
//
// Options:
//   --dossiers N          dossiers of the demo province (default 5,000,000)
//   --pglite-dossiers N   a different size for PGlite (default: the same as --dossiers)
//   --only postgres|pglite  run one database only
//   --runs N              timed runs of each query (default 30, after 3 warm-up runs)
//   --quarter P --year P  the reporting windows (default 2026-Q1 and 2025)
//   --keep                keep the seeded databases (PostgreSQL database tthc_bench_<N>,
//                         PGlite data dir .bench-data/pglite-<N>) for a later --reuse
//   --reuse               use a database kept by --keep when it holds exactly N dossiers
// Environment: BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres), the
// server on which the bench database is created and dropped.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { int, loadAverage, log, mib, query } from "./bench-common.mts";
import { prepareDatabase } from "../lib/cli/database.ts";
import { startEmbeddedServer, type EmbeddedServer } from "../lib/db/embedded.ts";
import type { SqlClient } from "../lib/db/sql.ts";
import { FORM06_COLUMNS, type Form06Columns } from "../lib/domain/counters.ts";
import { parsePeriod, periodLabel, type Period } from "../lib/domain/periods.ts";
import { DEMO_PROVINCE } from "../lib/seed/demo-generator.ts";
import { seedDemo } from "../lib/seed/seed-demo.ts";
import { form06Report, scorecard } from "../lib/stats/engine.ts";
import { importJsonBody } from "../lib/ingest/index.ts";
import { refreshDossierSummary } from "../lib/stats/summary.ts";

const { values: args } = parseArgs({
  options: {
    dossiers: { type: "string", default: "5000000" },
    "pglite-dossiers": { type: "string" },
    only: { type: "string" },
    runs: { type: "string", default: "30" },
    quarter: { type: "string", default: "2026-Q1" },
    year: { type: "string", default: "2025" },
    keep: { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
  },
});

const positiveInt = (name: string, text: string | undefined) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer (got ${text})`);
  return n;
};
const dossiers = positiveInt("dossiers", args.dossiers);
const pgliteDossiers = args["pglite-dossiers"] === undefined ? dossiers : positiveInt("pglite-dossiers", args["pglite-dossiers"]);
const runs = positiveInt("runs", args.runs);
const WARMUP_RUNS = 3;
const periods = [parsePeriod(args.quarter!, "reporting"), parsePeriod(args.year!, "reporting")];
const targets = args.only === undefined ? ["postgres", "pglite"] : [args.only];
if (targets.some((t) => t !== "postgres" && t !== "pglite")) throw new Error(`--only must be postgres or pglite (got ${args.only})`);
const adminUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const BENCH_DATA = path.resolve(".bench-data");

// ── output ───────────────────────────────────────────────────────────────────────────────────

const ms = (n: number) => `${n.toFixed(1)} ms`;
/** 1-minute load average every 5 s while timing: other engineers share the machine */
const loadSamples: number[] = [];
function sampleLoad<T>(work: () => Promise<T>): Promise<T> {
  loadSamples.length = 0;
  const timer = setInterval(() => loadSamples.push(os.loadavg()[0]!), 5000);
  loadSamples.push(os.loadavg()[0]!);
  return work().finally(() => clearInterval(timer));
}
const loadDuringTiming = () => {
  const mean = loadSamples.reduce((a, b) => a + b, 0) / loadSamples.length;
  return `min ${Math.min(...loadSamples).toFixed(2)}, mean ${mean.toFixed(2)}, max ${Math.max(...loadSamples).toFixed(2)}`;
};

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.availableParallelism()} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

// ── the baseline: one GROUP BY over the dossier table ────────────────────────────────────────
// Written from DOMAIN.md §5 directly, independent of lib/stats: a dossier is counted in the window
// unless never received (1, 3), received after the window, or finished before it; "finished"
// means status 7–10 with an end date, and a finished dossier's end date after the window's last
// day leaves it in progress in the window. Due date = the system's, else the legal one.

const BASELINE_SQL = `
  SELECT resolving_agency_id AS agency_id,
    count(*)::int AS c3,
    count(*) FILTER (WHERE received_on >= $2 AND channel = 2)::int AS c4,
    count(*) FILTER (WHERE received_on >= $2 AND channel <> 2)::int AS c5,
    count(*) FILTER (WHERE received_on < $2)::int AS c6,
    count(*) FILTER (WHERE resolved)::int AS c7,
    count(*) FILTER (WHERE resolved AND status <> 7 AND due IS NOT NULL AND finished_on < due)::int AS c8,
    count(*) FILTER (WHERE resolved AND (status = 7 OR due IS NULL OR finished_on = due))::int AS c9,
    count(*) FILTER (WHERE resolved AND status <> 7 AND due IS NOT NULL AND finished_on > due)::int AS c10,
    count(*) FILTER (WHERE NOT resolved)::int AS c11,
    count(*) FILTER (WHERE NOT resolved AND (waiting OR due IS NULL OR due >= $3))::int AS c12,
    count(*) FILTER (WHERE NOT resolved AND NOT waiting AND due < $3)::int AS c13
  FROM (
    SELECT resolving_agency_id, received_on, channel, status, finished_on,
      coalesce(due_on, legal_due_on) AS due,
      (status >= 7 AND finished_on IS NOT NULL AND finished_on <= $3) AS resolved,
      status IN (5, 6) AS waiting
    FROM dossier
    WHERE province_id = $1 AND status NOT IN (1, 3) AND received_on <= $3
      AND NOT (status >= 7 AND finished_on IS NOT NULL AND finished_on < $2)
  ) d
  GROUP BY resolving_agency_id`;

async function baseline(client: SqlClient, provinceId: number, period: Period): Promise<Map<number, Form06Columns>> {
  const { rows } = await client.query<Form06Columns & { agency_id: number }>(BASELINE_SQL, [provinceId, period.start, period.end]);
  return new Map(rows.map(({ agency_id, ...columns }) => [agency_id, columns]));
}

async function engine(client: SqlClient, provinceId: number, period: Period): Promise<Map<number, Form06Columns>> {
  const card = await scorecard(client, provinceId, period);
  return new Map(card.rows.map((r) => [r.agency.id, r.columns]));
}

/** Agencies whose columns differ between the engine and the baseline (empty when they agree). */
function differences(fromEngine: Map<number, Form06Columns>, fromBaseline: Map<number, Form06Columns>): string[] {
  const found: string[] = [];
  for (const id of new Set([...fromEngine.keys(), ...fromBaseline.keys()])) {
    const a = fromEngine.get(id);
    const b = fromBaseline.get(id);
    const columns = FORM06_COLUMNS.filter((c) => a?.[c] !== b?.[c]);
    if (columns.length) found.push(`agency ${id}: ${columns.map((c) => `${c} engine ${a?.[c] ?? "absent"} ≠ baseline ${b?.[c] ?? "absent"}`).join(", ")}`);
  }
  return found;
}

// ── timing ───────────────────────────────────────────────────────────────────────────────────

function percentile(sorted: number[], p: number): number {
  // nearest rank
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Timing {
  p50: number;
  p95: number;
  min: number;
  max: number;
}

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

interface PeriodResult {
  period: Period;
  agencies: number;
  engine: Timing;
  baseline: Timing;
  /** for information: Biểu 06 with its rows per agency and lĩnh vực (no target) */
  form06: Timing;
  mismatches: string[];
  /** 1-minute load average while these were timed */
  load?: string;
}

/** Times engine and baseline alternately (so a burst of load on the shared machine hits both). */
async function measure(client: SqlClient, provinceId: number, period: Period): Promise<PeriodResult> {
  const engineMs: number[] = [];
  const baselineMs: number[] = [];
  const form06Ms: number[] = [];
  let mismatches: string[] = [];
  let agencies = 0;
  for (let run = 0; run < WARMUP_RUNS + runs; run++) {
    const e = await timed(() => engine(client, provinceId, period));
    const b = await timed(() => baseline(client, provinceId, period));
    const f = await timed(() => form06Report(client, provinceId, period));
    if (run === 0) {
      mismatches = differences(e.result, b.result);
      agencies = e.result.size;
    }
    if (run >= WARMUP_RUNS) {
      engineMs.push(e.ms);
      baselineMs.push(b.ms);
      form06Ms.push(f.ms);
    }
  }
  return { period, agencies, engine: summarise(engineMs), baseline: summarise(baselineMs), form06: summarise(form06Ms), mismatches };
}

const UPKEEP_RUNS = 10;

/** What keeping the summary exact costs an import that writes one dossier of the largest agency. */
interface Upkeep {
  /** dossiers of the agency with the most */
  dossiers: number;
  /** the baseline: rebuilding that agency's summary, as every import touching it did before the summary was updated by difference */
  rebuildSeconds: number;
  /** a dry-run import (the pipeline of the CLI, the web page and the push API) pushing one dossier of that agency, end to end */
  importMs: Timing;
  /** of which its last step, from the last batch written to the rollback: the summary's update, the batch record, the audit */
  finishMs: Timing;
}

async function summaryUpkeep(client: pg.Client, url: string, provinceId: number): Promise<Upkeep> {
  const { rows: [largest] } = await client.query<{ agency_id: number; n: string }>(
    `SELECT resolving_agency_id AS agency_id, count(*) AS n FROM dossier WHERE province_id = $1 GROUP BY 1 ORDER BY 2 DESC LIMIT 1`, [provinceId]);
  await client.query("BEGIN");
  let rebuildSeconds: number;
  try {
    rebuildSeconds = (await timed(() => refreshDossierSummary(client, provinceId, [largest!.agency_id]))).ms / 1000;
  } finally {
    await client.query("ROLLBACK");
  }
  // the latest open dossier of that agency, pushed again as resolved: its contribution moves
  const { rows: [open] } = await client.query<{ code: string; procedure: string; agency: string; channel: number; received: string }>(
    `SELECT d.code, p.code AS procedure, a.code AS agency, d.channel, to_char(d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYYMMDDHH24MISS') AS received
     FROM dossier d JOIN procedure p ON p.province_id = d.province_id AND p.id = d.procedure_id JOIN agency a ON a.province_id = d.province_id AND a.id = d.resolving_agency_id
     WHERE d.province_id = $1 AND d.resolving_agency_id = $2 AND d.status IN (2, 4) ORDER BY d.received_at DESC LIMIT 1`,
    [provinceId, largest!.agency_id]);
  const body = [{ MaHoSo: open!.code, MaTTHC: open!.procedure, MaDonViXuLy: open!.agency, KenhThucHien: String(open!.channel),
    NgayTiepNhan: open!.received, NgayKetThucXuLy: open!.received, TrangThaiHoSo: "9" }];
  const importMs: number[] = [];
  const finishMs: number[] = [];
  for (let run = 0; run < 1 + UPKEEP_RUNS; run++) {
    let finishing = 0n;
    const started = process.hrtime.bigint();
    const summary = await importJsonBody({
      url, kind: "dossiers", caller: { source: "CLI" }, province: DEMO_PROVINCE.code, body, dryRun: true,
      onProgress: (p) => {
        if (p.phase === "finishing") finishing = process.hrtime.bigint();
      },
    });
    const ended = process.hrtime.bigint();
    if (summary.updated !== 1) throw new Error(`the pushed dossier was not rewritten: ${JSON.stringify(summary)}`);
    if (run === 0) continue; // warm-up
    importMs.push(Number(ended - started) / 1e6);
    finishMs.push(Number(ended - finishing) / 1e6);
  }
  return { dossiers: Number(largest!.n), rebuildSeconds, importMs: summarise(importMs), finishMs: summarise(finishMs) };
}

// ── databases ────────────────────────────────────────────────────────────────────────────────

interface BenchDatabase {
  label: string;
  url: string;
  /** what the storage holds besides the database itself (PGlite: its whole data dir, WAL included) */
  onDisk(): string | null;
  /** drops the database (or closes it and removes its data dir), unless kept */
  dispose(): Promise<void>;
  /** a kept database already seeded with the requested size */
  reused: boolean;
}

/** Dossiers of the demo province in a kept database, or null when it holds none. */
async function seededDossiers(url: string): Promise<number | null> {
  const rows = await query<{ n: string }>(
    url, `SELECT count(*) AS n FROM dossier d JOIN province p ON p.id = d.province_id WHERE p.code = $1`, [DEMO_PROVINCE.code],
  ).catch((error: { code?: string }) => {
    if (error.code === "42P01") return null; // no tables yet
    throw error;
  });
  return rows && Number(rows[0]!.n) > 0 ? Number(rows[0]!.n) : null;
}

async function openPostgres(size: number): Promise<BenchDatabase> {
  const kept = args.keep || args.reuse;
  const name = kept ? `tthc_bench_${size}` : `tthc_bench_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const exists = (await query(adminUrl, "SELECT 1 FROM pg_database WHERE datname = $1", [name])).length > 0;
  const reused = args.reuse && exists && (await seededDossiers(url.toString())) === size;
  if (!reused) {
    await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await query(adminUrl, `CREATE DATABASE "${name}"`);
  }
  return {
    label: `PostgreSQL ${(await query<{ v: string }>(adminUrl, "SELECT current_setting('server_version') AS v"))[0]!.v} (${url.host}, database ${name})`,
    url: url.toString(),
    reused,
    onDisk: () => null,
    dispose: async () => {
      if (!args.keep) await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

function directorySize(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(full) : fs.statSync(full).size;
  }
  return total;
}

async function openPglite(size: number): Promise<BenchDatabase> {
  const kept = args.keep || args.reuse;
  const dataDir = kept ? path.join(BENCH_DATA, `pglite-${size}`) : fs.mkdtempSync(path.join(os.tmpdir(), "tthc-bench-pglite-"));
  if (kept && !args.reuse) fs.rmSync(dataDir, { recursive: true, force: true });
  const server: EmbeddedServer = await startEmbeddedServer(dataDir, { purpose: "bench:scorecard" });
  const reused = args.reuse && (await seededDossiers(server.url)) === size;
  if (args.reuse && !reused) {
    // a kept dir of another size, or a half-seeded one: start over
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    return openPglite(size);
  }
  return {
    label: `PGlite (embedded PostgreSQL ${(await query<{ v: string }>(server.url, "SELECT current_setting('server_version') AS v"))[0]!.v}, data dir ${dataDir})`,
    url: server.url,
    reused,
    onDisk: () => `data dir ${mib(directorySize(dataDir))} on disk, WAL included`,
    dispose: async () => {
      await server.close();
      if (!args.keep) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// ── one database ─────────────────────────────────────────────────────────────────────────────

interface TargetResult {
  label: string;
  dossiers: number;
  seedSeconds: number | null;
  summarySeconds: number | null;
  upkeep: Upkeep | null;
  bytes: number;
  load: string;
  periods: PeriodResult[];
}

async function benchTarget(target: string): Promise<TargetResult> {
  const size = target === "postgres" ? dossiers : pgliteDossiers;
  const db = target === "postgres" ? await openPostgres(size) : await openPglite(size);
  try {
    log(`\n━━ ${db.label}`);
    let seedSeconds: number | null = null;
    let summarySeconds = null as number | null; // set by the progress callback
    // also on a kept database: applies newer migrations and rebuilds a recreated summary
    await prepareDatabase(db.url);
    if (db.reused) log(`  reusing the kept database: ${int.format(size)} dossiers already seeded`);
    else {
      log(`  seeding the demo province with ${int.format(size)} dossiers… (load average ${loadAverage()})`);
      let lastReport = 0;
      let summaryStarted = 0;
      const seeded = await timed(() =>
        seedDemo(db.url, { dossiers: size, seed: "2026" }, (p) => {
          if (p.step === "dossiers" && p.done !== undefined && (p.done - lastReport >= 500_000 || p.done === p.total)) {
            lastReport = p.done;
            log(`    ${int.format(p.done)} / ${int.format(p.total!)} dossiers`);
          } else if (p.step === "statistics") {
            summaryStarted = Date.now();
            log("    rebuilding the statistics summary…");
          } else if (p.step === "snapshots") summarySeconds = (Date.now() - summaryStarted) / 1000;
        }),
      );
      seedSeconds = seeded.ms / 1000;
      log(`  seeded in ${seedSeconds.toFixed(0)} s, of which ${summarySeconds?.toFixed(0)} s rebuilding the summary`);
    }
    const bytes = Number((await query<{ n: string }>(db.url, "SELECT pg_database_size(current_database()) AS n"))[0]!.n);
    const onDisk = db.onDisk();
    const summary = (await query<{ fine: string; agency: string }>(db.url,
      "SELECT (SELECT count(*) FROM dossier_summary) AS fine, (SELECT count(*) FROM dossier_summary_agency) AS agency"))[0]!;
    log(`  database size ${mib(bytes)}${onDisk ? ` (${onDisk})` : ""}; summary ${int.format(Number(summary.fine))} rows by agency, field and half-month, ` +
      `${int.format(Number(summary.agency))} by agency and half-month, for ${int.format(size)} dossiers`);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const results: PeriodResult[] = [];
    let upkeep: Upkeep | null = null;
    try {
      const provinceId = (await client.query<{ id: number }>("SELECT id FROM province WHERE code = $1", [DEMO_PROVINCE.code])).rows[0]!.id;
      for (const period of periods) {
        log(`  timing ${periodLabel(period)}: ${WARMUP_RUNS} warm-up + ${runs} runs each, interleaved… (load average ${loadAverage()})`);
        const r = await sampleLoad(() => measure(client, provinceId, period));
        r.load = loadDuringTiming();
        results.push(r);
        printPeriod(r);
      }
      log(`  timing what keeping the summary exact costs an import into the agency with the most dossiers… (load average ${loadAverage()})`);
      upkeep = await summaryUpkeep(client, db.url, provinceId);
      log(`    baseline: rebuilding its summary (${int.format(upkeep.dossiers)} dossiers), as imports did before: ${upkeep.rebuildSeconds.toFixed(2)} s`);
      log(`    a dry-run import pushing one of its dossiers, ${UPKEEP_RUNS} runs: p50 ${ms(upkeep.importMs.p50)}, p95 ${ms(upkeep.importMs.p95)} end to end; ` +
        `its last step (the summary's update by difference, batch record, audit) p50 ${ms(upkeep.finishMs.p50)}, p95 ${ms(upkeep.finishMs.p95)}`);
    } finally {
      await client.end();
    }
    return { label: db.label, dossiers: size, seedSeconds, summarySeconds, upkeep, bytes, load: loadAverage(), periods: results };
  } finally {
    await db.dispose();
  }
}

function printPeriod(r: PeriodResult): void {
  const row = (name: string, t: Timing) => `    ${name.padEnd(34)} p50 ${ms(t.p50).padStart(10)}   p95 ${ms(t.p95).padStart(10)}   (min ${ms(t.min)}, max ${ms(t.max)})`;
  log(row(`engine scorecard() (${r.agencies} agencies)`, r.engine));
  log(row("hand-written GROUP BY", r.baseline));
  log(row("(engine form06Report(), per lĩnh vực)", r.form06));
  log(`    ratio engine ÷ hand-written      p50 ${(r.engine.p50 / r.baseline.p50).toFixed(2)}×      p95 ${(r.engine.p95 / r.baseline.p95).toFixed(2)}×`);
  log(`    load average (1 min) while timing: ${r.load}`);
  if (r.mismatches.length) {
    log(`    ✖✖✖ MISMATCH: the engine and the hand-written query disagree for ${r.mismatches.length} agencies ✖✖✖`);
    for (const m of r.mismatches.slice(0, 20)) log(`      ${m}`);
  } else log("    ✔ same Biểu 06 columns (c3–c13) for every agency");
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────

log(`bench:scorecard — ${new Date().toISOString()}`);
log(`machine: ${machine()}`);
log(`load average (1 / 5 / 15 min) at start: ${loadAverage()} — the machine is shared, see BENCHMARKS.md`);
log(`windows: ${periods.map(periodLabel).join("; ")}`);

const results: TargetResult[] = [];
const failures: string[] = [];
for (const target of targets) {
  try {
    results.push(await benchTarget(target));
  } catch (error) {
    failures.push(`${target}: ${(error as Error).message}`);
    log(`\n✖ ${target} failed: ${(error as Error).stack ?? error}`);
  }
}

log("\n━━ Summary (targets: engine ≤ 1.5× the hand-written query, p95 < 300 ms on PostgreSQL)");
let mismatch = false;
for (const t of results) {
  const seed = t.seedSeconds === null ? "reused" : `seed ${t.seedSeconds.toFixed(0)} s (summary ${t.summarySeconds?.toFixed(0)} s)`;
  log(`${t.label}: ${int.format(t.dossiers)} dossiers, ${seed}, ${mib(t.bytes)}, one dossier pushed into the largest agency ${t.upkeep ? `${ms(t.upkeep.importMs.p50)} (last step ${ms(t.upkeep.finishMs.p50)}; rebuilding that agency's summary ${t.upkeep.rebuildSeconds.toFixed(2)} s)` : "not measured"}, load average after ${t.load}`);
  for (const r of t.periods) {
    mismatch ||= r.mismatches.length > 0;
    const ratio = r.engine.p95 / r.baseline.p95;
    const verdicts = [`ratio p95 ${ratio.toFixed(2)}× ${ratio <= 1.5 ? "✔" : "✖"}`];
    if (t.label.startsWith("PostgreSQL")) verdicts.push(`p95 ${ms(r.engine.p95)} ${r.engine.p95 < 300 ? "✔" : "✖"} (< 300 ms)`);
    log(`  ${r.period.code.padEnd(8)} engine p50 ${ms(r.engine.p50)} / p95 ${ms(r.engine.p95)}; hand-written p50 ${ms(r.baseline.p50)} / p95 ${ms(r.baseline.p95)}; ${verdicts.join("; ")}${r.mismatches.length ? "; ✖ MISMATCH" : ""}`);
  }
  if (t.dossiers < dossiers) log(`  NOTE: PGlite ran at ${int.format(t.dossiers)} dossiers, not ${int.format(dossiers)} (see BENCHMARKS.md for why).`);
}
for (const f of failures) log(`✖ ${f}`);
process.exit(mismatch || failures.length ? 1 : 0);
