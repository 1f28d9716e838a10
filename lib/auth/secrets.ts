// The web server's secrets: NEXTAUTH_SECRET signs and encrypts session tokens;
// NEXT_SERVER_ACTIONS_ENCRYPTION_KEY encrypts server actions' bound values (and must be the
// same on every instance behind one address). Both come from the environment. Where none is
// configured and the deployment is not a production server on PostgreSQL — the embedded demo
// database of `npm start`, or development — a random pair is generated once and kept in the data
// directory (readable by its owner only), so a fresh machine starts with zero configuration and
// sessions survive restarts. A production server on DATABASE_URL refuses to start without them.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface AuthSecrets {
  NEXTAUTH_SECRET: string;
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: string;
}

export class MissingSecretsError extends Error {}

const FILE = "secrets.json";

/** Why a configured value is unusable, or null. */
export function secretProblem(name: keyof AuthSecrets, value: string): string | null {
  if (name === "NEXTAUTH_SECRET") return value.length >= 32 ? null : "NEXTAUTH_SECRET phải dài ít nhất 32 ký tự";
  const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? Buffer.from(value, "base64").length : 0;
  return [16, 24, 32].includes(bytes) ? null : "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY phải là khóa AES 128/192/256 bit mã hóa base64";
}

function generate(): AuthSecrets {
  return { NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64") };
}

/**
 * The secrets to run with. `requireConfigured`: a production server on a real database, where
 * generated defaults are refused.
 */
export function resolveAuthSecrets(options: { env: Record<string, string | undefined>; dataDir: string; requireConfigured: boolean }): AuthSecrets & { source: "env" | "generated" } {
  const { env } = options;
  const configured = { NEXTAUTH_SECRET: env.NEXTAUTH_SECRET || null, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || null };
  const problems = (Object.entries(configured) as [keyof AuthSecrets, string | null][])
    .map(([name, value]) => (value ? secretProblem(name, value) : null))
    .filter((p): p is string => p !== null);
  if (problems.length) throw new MissingSecretsError(`${problems.join("; ")}.`);
  if (configured.NEXTAUTH_SECRET && configured.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
    return { NEXTAUTH_SECRET: configured.NEXTAUTH_SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: configured.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, source: "env" };
  }
  if (options.requireConfigured) {
    const missing = Object.entries(configured).filter(([, v]) => !v).map(([k]) => k);
    throw new MissingSecretsError(
      `Thiếu ${missing.join(" và ")}: máy chủ chạy thật với DATABASE_URL không dùng khóa tự sinh. ` +
        `Tạo khóa bằng "openssl rand -base64 32" rồi đặt vào biến môi trường (xem README, mục Cấu hình).`,
    );
  }
  const file = path.join(options.dataDir, FILE);
  let stored: AuthSecrets | null = null;
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<AuthSecrets>;
    if (parsed.NEXTAUTH_SECRET && parsed.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY &&
      !secretProblem("NEXTAUTH_SECRET", parsed.NEXTAUTH_SECRET) && !secretProblem("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", parsed.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY)) {
      stored = { NEXTAUTH_SECRET: parsed.NEXTAUTH_SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: parsed.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY };
    }
  } catch {
    // absent or unreadable: generate below
  }
  if (!stored) {
    stored = generate();
    fs.mkdirSync(options.dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  // a value set in the environment wins over the stored one
  return {
    NEXTAUTH_SECRET: configured.NEXTAUTH_SECRET ?? stored.NEXTAUTH_SECRET,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: configured.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? stored.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
    source: "generated",
  };
}
