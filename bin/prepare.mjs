// Keeps generated artefacts in step with the sources, offline:
// - the Prisma client (generated/prisma) when prisma/schema.prisma changed;
// - the production build (.next) when any source of the web application changed.
// Used by the CLI (`tthc start`), `npm test` and `npm run build`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const offlineEnv = {
  ...process.env,
  // never download a native engine: generate does not need it, migrations use the wasm engine
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};

function fingerprint(entries) {
  const hash = createHash("sha256");
  const visit = (p) => {
    const full = path.join(ROOT, p);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) visit(path.join(p, name));
    } else {
      hash.update(`${p}\0${stat.size}\0`);
      hash.update(fs.readFileSync(full));
    }
  };
  entries.forEach(visit);
  return hash.digest("hex");
}

function run(label, args) {
  // progress goes to stderr: stdout belongs to the command (e.g. `tthc … --json`)
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env: offlineEnv, stdio: ["ignore", 2, 2] });
  if (r.status !== 0) {
    console.error(`✖ ${label} thất bại (mã ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
}

function upToDate(stampFile, print) {
  try {
    return fs.readFileSync(path.join(ROOT, stampFile), "utf8") === print;
  } catch {
    return false;
  }
}

export function ensurePrismaClient() {
  const print = fingerprint(["prisma/schema.prisma", "package-lock.json"]);
  const stamp = "generated/prisma/.schema-fingerprint";
  if (upToDate(stamp, print)) return;
  run("prisma generate", [path.join(ROOT, "node_modules/prisma/build/index.js"), "generate"]);
  fs.writeFileSync(path.join(ROOT, stamp), print);
}

const WEB_SOURCES = ["app", "components", "lib", "public", "generated/prisma", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

export function ensureProductionBuild() {
  ensurePrismaClient();
  const print = fingerprint(WEB_SOURCES);
  const stamp = ".next/.source-fingerprint";
  if (upToDate(stamp, print) && fs.existsSync(path.join(ROOT, ".next/BUILD_ID"))) return;
  console.error("▶ Đang build giao diện (chỉ khi mã nguồn thay đổi, khoảng 1–2 phút)…");
  run("next build", [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"]);
  fs.writeFileSync(path.join(ROOT, stamp), print);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--build")) ensureProductionBuild();
  else ensurePrismaClient();
}
