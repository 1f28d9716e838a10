#!/usr/bin/env node
// `tthc` command line. Runs lib/cli/main.ts with tsx under the "react-server" export condition,
// so the server-only service modules it shares with the web application load here too.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { ROOT, ensurePrismaClient } from "./prepare.mjs";

ensurePrismaClient();
const child = spawn(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "lib/cli/main.ts"), ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      TSX_TSCONFIG_PATH: path.join(ROOT, "tsconfig.json"),
      // one embedded database per checkout, wherever the command is run from
      TTHC_DATA_DIR: path.resolve(process.env.TTHC_DATA_DIR ?? path.join(ROOT, ".data")),
    },
  },
);
// Ctrl-C reaches the whole process group; the child shuts down cleanly on its own.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
