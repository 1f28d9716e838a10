// `npm run bench:pages [-- options]`: how the dashboards' pages hold up under many users.
//
// For each database (PGlite — the embedded database `npm start` uses — and a fresh PostgreSQL
// database on the local server), the script seeds the demo province at the requested size,
// creates the bench users (office staff, province-wide: the heaviest pages), starts the
// production build (`tthc start`, exactly as `npm start` runs it) and signs every user in. Then,
// page by page, all users request the page concurrently in a loop for a fixed time, each with its
// own session, and the script prints p50 / p95 / max latency, throughput and errors (any answer
// other than 200, or an error page). The baseline, measured in the same run and under the same
// load, is the sign-in page: what the server needs to render a page with no data, so the ratio
// page ÷ baseline tells what the page's own work costs; "alone" is the median latency of the page
// for a single user (no one else asking), what it costs without queueing. Figures and how to read them:
// BENCHMARKS.md. Target (issue 6): p95 < 500 ms and no error at 1,000,000 dossiers, 50 users.
//
// Options:
//   --dossiers N         dossiers of the demo province (default 1,000,000)
//   --users N            concurrent signed-in users (default 50)
//   --seconds S          measured time per page (default 20, after 3 s of warm-up)
//   --think S            a user's pause between two pages, in seconds (default 0: the next
//                        request as soon as the answer came — a stress test; people read a page)
//   --only postgres|pglite   run one database only
//   --port P             HTTP port of the application under test (default 3290)
//   --keep / --reuse     keep the seeded database (PostgreSQL database tthc_bench_pages_<N>,
//                        PGlite data dir .bench-data/pages-pglite-<N>) / use a kept one
// Environment: BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres), the
// server on which the bench database is created and dropped.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { int, loadAverage, log, query } from "./bench-common.mts";
import { ensurePrismaClient, ensureProductionBuild, ROOT } from "../bin/prepare.mjs";
import { prepareDatabase } from "../lib/cli/database.ts";
import { startEmbeddedServer } from "../lib/db/embedded.ts";
import { hashPassword } from "../lib/auth/password.ts";
import { lastEndedPeriod } from "../lib/domain/periods.ts";
import { DEMO_PROVINCE } from "../lib/seed/demo-generator.ts";
import { seedDemo } from "../lib/seed/seed-demo.ts";
import { explorerHref, agencyHref } from "../lib/links.ts";

const { values: args } = parseArgs({
  options: {
    dossiers: { type: "string", default: "1000000" },
    users: { type: "string", default: "50" },
    seconds: { type: "string", default: "20" },
    think: { type: "string", default: "0" },
    only: { type: "string" },
    port: { type: "string", default: "3290" },
    keep: { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
  },
});
const DOSSIERS = Number(args.dossiers);
const USERS = Number(args.users);
const SECONDS = Number(args.seconds);
const THINK_MS = Number(args.think) * 1000;
const PORT = Number(args.port);
const BASE = `http://127.0.0.1:${PORT}`;
const adminUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const BENCH_DATA = path.join(ROOT, ".bench-data");
const PASSWORD = `Bench-${crypto.randomBytes(6).toString("hex")}!`;
const TARGET_P95_MS = 500;

// ── the database ──────────────────────────────────────────────────────────────────────────────

interface Target {
  label: string;
  /** environment of `tthc start` for this database */
  env: Record<string, string>;
  /** a connection for set-up while the application is not running */
  withSetupConnection<T>(work: (url: string) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

async function postgresTarget(): Promise<Target> {
  const name = args.keep || args.reuse ? `tthc_bench_pages_${DOSSIERS}` : `tthc_bench_pages_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const exists = (await query(adminUrl, "SELECT 1 FROM pg_database WHERE datname = $1", [name])).length > 0;
  if (!(args.reuse && exists)) {
    await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await query(adminUrl, `CREATE DATABASE "${name}"`);
  }
  const version = (await query<{ v: string }>(adminUrl, "SELECT current_setting('server_version') AS v"))[0]!.v;
  return {
    label: `PostgreSQL ${version} (database ${name})`,
    env: {
      DATABASE_URL: url.toString(),
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64"),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    },
    withSetupConnection: (work) => work(url.toString()),
    dispose: async () => {
      if (!args.keep) await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function pgliteTarget(): Promise<Target> {
  const kept = args.keep || args.reuse;
  const dataDir = kept ? path.join(BENCH_DATA, `pages-pglite-${DOSSIERS}`) : fs.mkdtempSync(path.join(os.tmpdir(), "tthc-bench-pages-"));
  if (kept && !args.reuse) fs.rmSync(dataDir, { recursive: true, force: true });
  return {
    label: `PGlite (embedded, data dir ${dataDir})`,
    env: { TTHC_DATA_DIR: dataDir, DATABASE_URL: "" },
    withSetupConnection: async (work) => {
      const server = await startEmbeddedServer(dataDir, { purpose: "bench:pages" });
      try {
        return await work(server.url);
      } finally {
        await server.close();
      }
    },
    dispose: async () => {
      if (!kept) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function seededDossiers(url: string): Promise<number> {
  const rows = await query<{ n: string }>(url,
    "SELECT count(*) AS n FROM dossier d JOIN province p ON p.id = d.province_id WHERE p.code = $1", [DEMO_PROVINCE.code],
  ).catch((error: { code?: string }) => {
    if (error.code === "42P01") return [{ n: "0" }]; // no tables yet
    throw error;
  });
  return Number(rows[0]!.n);
}

interface Fixture {
  usernames: string[];
  /** the agencies with the most dossiers, most first: user i looks at agency i (the heaviest pages, not all the same) */
  largestAgencyIds: number[];
}

/** Seeds the province unless a kept database already holds it, and (re)creates the bench users. */
async function prepare(target: Target): Promise<Fixture> {
  return target.withSetupConnection(async (url) => {
    await prepareDatabase(url);
    const present = await seededDossiers(url);
    if (present === DOSSIERS) {
      log(`  reusing the kept database: ${int.format(present)} dossiers`);
    } else {
      if (present > 0) throw new Error(`the database holds ${present} dossiers, not ${DOSSIERS}: drop it or run without --reuse`);
      log(`  seeding the demo province with ${int.format(DOSSIERS)} dossiers… (load average ${loadAverage()})`);
      const started = performance.now();
      await seedDemo(url, { dossiers: DOSSIERS, seed: "2026" }, () => {});
      log(`  seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    const province = (await query<{ id: number }>(url, "SELECT id FROM province WHERE code = $1", [DEMO_PROVINCE.code]))[0]!;
    const hash = await hashPassword(PASSWORD);
    const usernames = Array.from({ length: USERS }, (_, i) => `bench.${String(i + 1).padStart(3, "0")}`);
    // a kept database already has them from an earlier run: same accounts, this run's password
    await query(url, `
      INSERT INTO app_user (username, full_name, password_hash, province_id)
      SELECT name, 'Bench ' || name, $2, $1 FROM unnest($3::text[]) AS name
      ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, active = true, must_change_password = false`,
    [province.id, hash, usernames]);
    await query(url, `
      INSERT INTO role_assignment (user_id, role, province_id)
      SELECT u.id, 'OFFICE'::role, $1 FROM app_user u
      WHERE u.username = ANY($2::text[]) AND NOT EXISTS (SELECT 1 FROM role_assignment r WHERE r.user_id = u.id)`, [province.id, usernames]);
    await query(url, "DELETE FROM login_attempt WHERE username = ANY($1::text[])", [usernames]);
    const largest = await query<{ id: number }>(url, `
      SELECT resolving_agency_id AS id FROM dossier WHERE province_id = $1 GROUP BY resolving_agency_id ORDER BY count(*) DESC LIMIT $2`, [province.id, USERS]);
    return { usernames, largestAgencyIds: largest.map((a) => a.id) };
  });
}

// ── the application ───────────────────────────────────────────────────────────────────────────

async function startApplication(target: Target): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, "bin/tthc.mjs"), "start", "--port", String(PORT), "--no-demo"], {
    cwd: ROOT,
    env: { ...process.env, ...target.env, NODE_ENV: "production", LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the application stopped:\n${output}`);
    const up = await fetch(`${BASE}/dang-nhap`).then((r) => r.ok, () => false);
    if (up) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`the application did not answer within 3 minutes:\n${output}`);
}

async function stopApplication(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

/** Session cookies of a user signed in through next-auth's credentials endpoint, as the sign-in form does. */
async function signIn(username: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin: BASE },
    body: new URLSearchParams({ csrfToken, username, password: PASSWORD, callbackUrl: `${BASE}/`, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`${username} could not sign in (HTTP ${response.status})`);
  return cookie();
}

// ── load ──────────────────────────────────────────────────────────────────────────────────────

interface PageCase {
  name: string;
  /** the address user `i` asks for */
  path: (user: number) => string;
  /** the sign-in page is served signed out */
  anonymous?: boolean;
}

function pageCases(fixture: Fixture): PageCase[] {
  const window = lastEndedPeriod("reporting", "quarter", new Date().toISOString().slice(0, 10)).code;
  const agency = (user: number) => fixture.largestAgencyIds[user % fixture.largestAgencyIds.length]!;
  const n = fixture.largestAgencyIds.length;
  return [
    { name: "baseline: sign-in page", path: () => "/dang-nhap", anonymous: true },
    // the same table for everyone, as on a morning when the office opens it
    { name: "league table (scorecard)", path: () => `/bang-xep-hang?ky=${window}` },
    { name: `agency page (the ${n} largest, one per user)`, path: (user) => agencyHref(agency(user), window) },
    { name: "explorer: an agency's overdue dossiers (c13)", path: (user) => explorerHref({ period: window, figure: "c13", agencyId: agency(user) }) },
    { name: "explorer: every dossier of the window", path: () => explorerHref({ period: window, figure: "c3" }) },
    { name: "leadership view (766, points at stake)", path: () => "/chi-so-766" },
  ];
}

interface Timing {
  requests: number;
  errors: number;
  firstError: string | null;
  p50: number;
  p95: number;
  max: number;
  perSecond: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Every user requests the page in a loop: `warmUp` seconds unmeasured, then `seconds` measured (answers that end in them). */
async function load(page: PageCase, sessions: string[], seconds: number, warmUp = 3, think = THINK_MS): Promise<Timing> {
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const startedAt = performance.now();
  const measureFrom = startedAt + warmUp * 1000;
  const stopAt = measureFrom + seconds * 1000;
  await Promise.all(sessions.map(async (cookie, user) => {
    while (performance.now() < stopAt) {
      const sent = performance.now();
      let problem: string | null = null;
      try {
        const response = await fetch(`${BASE}${page.path(user)}`, { headers: page.anonymous ? {} : { cookie }, redirect: "manual" });
        const body = await response.text();
        if (response.status !== 200) problem = `HTTP ${response.status}`;
        else if (body.includes("Đã có lỗi xảy ra")) problem = "error page"; // app/error.tsx
      } catch (error) {
        problem = (error as Error).message;
      }
      const done = performance.now();
      // what finished in the measured time counts, however early it was sent: a page slower
      // than the warm-up still shows its latency
      if (done < measureFrom) continue;
      samples.push(done - sent);
      if (problem) {
        errors++;
        firstError ??= problem;
      }
      if (think > 0) await new Promise((r) => setTimeout(r, think * (0.5 + Math.random())));
    }
  }));
  samples.sort((a, b) => a - b);
  return {
    requests: samples.length, errors, firstError,
    p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples[samples.length - 1] ?? NaN,
    perSecond: samples.length / seconds,
  };
}

const ms = (value: number) => `${int.format(Math.round(value))} ms`;

async function benchTarget(target: Target): Promise<boolean> {
  log(`\n${target.label}`);
  const fixture = await prepare(target);
  const app = await startApplication(target);
  try {
    const sessions: string[] = [];
    for (const username of fixture.usernames) sessions.push(await signIn(username));
    log(`  ${sessions.length} users signed in; ${SECONDS} s per page; load average ${loadAverage()}`);
    const cases = pageCases(fixture);
    // alone: one user, what a page costs without waiting for others
    const alone = async (page: PageCase) => (await load(page, sessions.slice(0, 1), 5, 1, 0)).p50;
    const baselineAlone = await alone(cases[0]!);
    const baseline = await load(cases[0]!, sessions, SECONDS);
    log(`  ${"page".padEnd(46)} ${"alone".padStart(9)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"max".padStart(9)} ${"req/s".padStart(7)} ${"errors".padStart(7)}  p95 ÷ baseline  target`);
    const line = (name: string, single: number, t: Timing, verdict: string) =>
      log(`  ${(name.length > 46 ? `${name.slice(0, 45)}…` : name).padEnd(46)} ${ms(single).padStart(9)} ${ms(t.p50).padStart(9)} ${ms(t.p95).padStart(9)} ${ms(t.max).padStart(9)} ${t.perSecond.toFixed(1).padStart(7)} ${String(t.errors).padStart(7)}  ${verdict}${t.firstError ? `  (first error: ${t.firstError})` : ""}`);
    line(cases[0]!.name, baselineAlone, baseline, "1.00×");
    let met = true;
    for (const page of cases.slice(1)) {
      const single = await alone(page);
      const t = await load(page, sessions, SECONDS);
      const ok = t.p95 < TARGET_P95_MS && t.errors === 0;
      met &&= ok;
      line(page.name, single, t, `${(t.p95 / baseline.p95).toFixed(1).padStart(13)}×  ${ok ? "✔" : "✖"}`);
    }
    log(`  load average after: ${loadAverage()}`);
    return met;
  } finally {
    await stopApplication(app);
  }
}

async function main(): Promise<void> {
  ensurePrismaClient();
  ensureProductionBuild();
  log(`bench:pages — ${int.format(DOSSIERS)} dossiers, ${USERS} concurrent users, ${THINK_MS ? `pausing ${args.think} s (±50 %) between pages` : "no pause between pages"}, ${os.cpus().length} cores, Node ${process.version}`);
  log(`target: p95 < ${TARGET_P95_MS} ms and no error on every page`);
  const targets: (() => Promise<Target>)[] = [];
  if (args.only !== "postgres") targets.push(pgliteTarget);
  if (args.only !== "pglite") targets.push(postgresTarget);
  let met = true;
  for (const open of targets) {
    const target = await open();
    try {
      met = (await benchTarget(target)) && met;
    } finally {
      await target.dispose();
    }
  }
  log(`\n${met ? "✔ every page met the target" : "✖ some page missed the target"}`);
}

await main();
