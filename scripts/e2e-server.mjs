// Serves the production build on a fresh embedded database with a small demo province, for the
// browser tests: `node scripts/e2e-server.mjs <port>`.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";

const port = process.argv[2] ?? "3210";
const dataDir = path.resolve(".test-data", `e2e-${port}`);
fs.rmSync(dataDir, { recursive: true, force: true });
const child = spawn(process.execPath, ["bin/tthc.mjs", "start", "--port", port, "--dossiers", "6000"], {
  stdio: "inherit",
  env: { ...process.env, TTHC_DATA_DIR: dataDir, DATABASE_URL: "" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
