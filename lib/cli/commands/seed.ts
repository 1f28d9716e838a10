import { z } from "zod";
import { seedDemo, DEMO_PASSWORD, DEMO_USERS, type SeedProgress, type SeedResult } from "@/lib/seed/seed-demo";
import { formatInteger, formatSeconds } from "@/lib/format";
import { CliError, printJson } from "../output";
import { withDatabase } from "../database";

const SeedOptions = z.object({
  dossiers: z.number().int("Số hồ sơ phải là số nguyên").min(0, "Số hồ sơ không được âm").max(10_000_000, "Tối đa 10.000.000 hồ sơ"),
  seed: z.string().min(1).max(100),
});

export function progressPrinter(enabled: boolean): (p: SeedProgress) => void {
  const labels: Record<string, string> = {
    generate: "Sinh dữ liệu", agencies: "Cơ quan, đơn vị", catalogue: "Lĩnh vực, thủ tục", dossiers: "Hồ sơ",
    statistics: "Tổng hợp số liệu", snapshots: "Chỉ số 766 các tỉnh", settings: "Cấu hình", users: "Tài khoản demo",
  };
  let last = "";
  return (p) => {
    if (!enabled) return;
    const line = p.total ? `  ${labels[p.step]}: ${formatInteger(p.done ?? 0)}/${formatInteger(p.total)}` : `  ${labels[p.step] ?? p.step}…`;
    if (line === last) return;
    last = line;
    if (process.stdout.isTTY && p.total) process.stdout.write(`\r${line}`);
    else if (!p.total || p.done === p.total) console.log(line);
    if (process.stdout.isTTY && p.total && p.done === p.total) process.stdout.write("\n");
  };
}

export async function runDemoSeed(url: string, options: { dossiers: number; seed: string }, showProgress: boolean): Promise<SeedResult> {
  const parsed = SeedOptions.safeParse(options);
  if (!parsed.success) throw new CliError(parsed.error.issues.map((i) => i.message).join("; "), 2);
  return seedDemo(url, parsed.data, progressPrinter(showProgress));
}

export function printDemoAccounts(): void {
  console.log(`\nTài khoản demo (chỉ dùng để thử, mật khẩu chung "${DEMO_PASSWORD}"):`);
  for (const u of DEMO_USERS) console.log(`  ${u.username.padEnd(14)} ${u.role.padEnd(11)} ${u.fullName}`);
}

export async function seedDemoCommand(options: { dossiers: number; seed: string; json: boolean }): Promise<void> {
  const result = await withDatabase("tthc seed demo", { migrate: true }, (url) => runDemoSeed(url, options, !options.json));
  if (options.json) return printJson(result);
  console.log(
    `✔ Đã tạo tỉnh demo ${result.province}: ${formatInteger(result.agencies)} cơ quan, ${formatInteger(result.procedures)} thủ tục, ` +
      `${formatInteger(result.dossiers)} hồ sơ, ${formatInteger(result.snapshots)} điểm chỉ số 766 trong ${formatSeconds(result.seconds)}.`,
  );
  printDemoAccounts();
}
