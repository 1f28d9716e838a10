// `tthc start`: everything a fresh machine needs to show the dashboard, in one command.
// 1. build the web application if its sources changed (bin/prepare.mjs);
// 2. own the embedded database (or use DATABASE_URL), apply migrations and reference data;
// 3. create the demo province when the database holds no province;
// 4. serve Next.js, which reaches the embedded database through this process's socket.
import { spawn } from "node:child_process";
import path from "node:path";
import { withTransaction } from "@/lib/db/sql";
import { defaultDataDir, findRunningOwner, startEmbeddedServer, type EmbeddedServer } from "@/lib/db/embedded";
import { MissingSecretsError, resolveAuthSecrets } from "@/lib/auth/secrets";
import { formatInteger, formatSeconds } from "@/lib/format";
import { CliError } from "../output";
import { prepareDatabase } from "../database";
import { printDemoAccounts, runDemoSeed } from "./seed";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const APP_PURPOSE = "tthc start";

async function ownEmbeddedDatabase(): Promise<EmbeddedServer> {
  const dataDir = defaultDataDir();
  for (let waited = 0; ; waited++) {
    const running = await findRunningOwner(dataDir);
    if (!running) return startEmbeddedServer(dataDir, { purpose: APP_PURPOSE });
    if (running.owner.purpose === APP_PURPOSE) {
      throw new CliError(`Ứng dụng đã chạy với dữ liệu ${dataDir} (tiến trình ${running.owner.pid}).`);
    }
    // a CLI command (import, seed…) holds the database: wait for it rather than corrupt it
    if (waited === 0) console.log(`… Chờ lệnh "${running.owner.purpose}" (tiến trình ${running.owner.pid}) dùng xong cơ sở dữ liệu nhúng.`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export async function startCommand(options: { port: number; dev: boolean; dossiers: number; demo: boolean | undefined }): Promise<void> {
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) throw new CliError("Cổng HTTP không hợp lệ.", 2);
  if (!options.dev) {
    const { ensureProductionBuild } = (await import(path.join(ROOT, "bin/prepare.mjs"))) as { ensureProductionBuild: () => void };
    ensureProductionBuild();
  }
  const configuredUrl = process.env.DATABASE_URL || null; // an empty value means "not set"
  // sessions and server actions need secrets: generated for the embedded demo database and for
  // development, required from the environment on a production server with a real database
  let secrets;
  try {
    secrets = resolveAuthSecrets({ env: process.env, dataDir: defaultDataDir(), requireConfigured: !!configuredUrl && !options.dev });
  } catch (error) {
    if (error instanceof MissingSecretsError) throw new CliError(error.message, 2);
    throw error;
  }
  if (secrets.source === "generated") console.log(`ℹ Khóa phiên đăng nhập tự sinh, lưu trong ${defaultDataDir()} (máy chủ thật: đặt NEXTAUTH_SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).`);
  const server = configuredUrl ? null : await ownEmbeddedDatabase();
  const url = configuredUrl ?? server!.url;
  console.log(server ? `▶ Cơ sở dữ liệu nhúng: ${server.dataDir}` : "▶ Cơ sở dữ liệu: PostgreSQL (DATABASE_URL)");
  const release = () => server?.close().catch(() => undefined);
  try {
    const applied = await prepareDatabase(url);
    if (applied.length) console.log(`✔ Đã áp dụng ${applied.length} migration.`);
    // The demo province fills an empty embedded database (the try-it-out case); a real
    // PostgreSQL server gets it only when asked (--demo), never by surprise in production.
    const wantsDemo = options.demo ?? !configuredUrl;
    const provinces = await withTransaction(url, async (client) => (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM province")).rows[0]!.n);
    if (provinces === 0 && wantsDemo) {
      console.log(`▶ Tạo tỉnh demo (${formatInteger(options.dossiers)} hồ sơ, chỉ lần đầu)…`);
      const result = await runDemoSeed(url, { dossiers: options.dossiers, seed: "2026" }, true);
      console.log(`✔ Tỉnh demo ${result.province}: ${formatInteger(result.dossiers)} hồ sơ trong ${formatSeconds(result.seconds)}.`);
    } else if (provinces === 0) {
      console.log("ℹ Cơ sở dữ liệu chưa có tỉnh nào: nhập dữ liệu từ Hệ thống một cửa điện tử, hoặc chạy lại với --demo để tạo tỉnh demo.");
    }
  } catch (error) {
    await release();
    throw error; // reported by lib/cli/main.ts
  }

  const next = path.join(ROOT, "node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [next, options.dev ? "dev" : "start", "--port", String(options.port)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: secrets.NEXTAUTH_SECRET,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secrets.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
      // without NEXTAUTH_URL, next-auth takes the address from the request's Host (or the
      // reverse proxy's X-Forwarded-Host/-Proto), so the server answers under any name it is given
      ...(process.env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "1" }),
    },
  });
  let announced = false;
  child.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready in/.test(chunk.toString())) {
      announced = true;
      console.log(`\n✔ TTHC Dashboard đang chạy: http://localhost:${options.port}`);
      printDemoAccounts();
      console.log("\nNhấn Ctrl+C để dừng.");
    }
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 0)));
  await release();
  process.exitCode = code;
}
