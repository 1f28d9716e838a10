// `npm test`: every level of tests, in order, on a machine with nothing but Node and npm
// (plus Debian's Chromium for the browser tests):
//   1. type check (TypeScript strict);
//   2. unit tests and integration tests (Vitest) — the latter on PGlite, and also on real
//      PostgreSQL when TEST_DATABASE_URL is set;
//   3. browser tests (Playwright) against the production build on a fresh embedded database.
// Ends with one line "N passed, N failed".
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, ensurePrismaClient, ensureProductionBuild } from "../bin/prepare.mjs";

const results = path.join(ROOT, ".test-data");
fs.mkdirSync(results, { recursive: true });
const bin = (pkg, file) => path.join(ROOT, "node_modules", pkg, file);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function step(label, args) {
  console.log(`\n━━ ${label} ━━`);
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: "inherit" });
  return r.status === 0;
}

const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(results, file), "utf8"));
  } catch {
    return null;
  }
};

ensurePrismaClient();
if (!process.env.TEST_DATABASE_URL) console.log("(TEST_DATABASE_URL is not set: integration tests run on PGlite only.)");
fs.rmSync(path.join(results, "vitest.json"), { force: true });
fs.rmSync(path.join(results, "playwright.json"), { force: true });

let ok = step("Type check", [bin("typescript", "bin/tsc"), "--noEmit", "-p", "tsconfig.json"]);
ok = step("Unit and integration tests (Vitest)", [bin("vitest", "vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(results, "vitest.json")}`]) && ok;
ensureProductionBuild();
ok = step("Browser tests (Playwright, Chromium)", [bin("@playwright/test", "cli.js"), "test"]) && ok;

const vitest = readJson("vitest.json");
const playwright = readJson("playwright.json");
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
// a runner that reported nothing failed as a whole (crash, configuration error)
const missing = [[vitest, "Vitest"], [playwright, "Playwright"]].filter(([report]) => !report).map(([, name]) => name);
if (missing.length) console.log(`\nNo results from: ${missing.join(", ")}`);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0) + missing.length;
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);
if (missing.length || passed === 0) ok = false;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(ok && failed === 0 ? 0 : 1);
