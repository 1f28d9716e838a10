import { migrationStatus } from "@/lib/db/migrate";
import { printJson } from "../output";
import { prepareDatabase, withDatabase } from "../database";

export async function dbMigrate(json: boolean): Promise<void> {
  const applied = await withDatabase("tthc db migrate", { migrate: false }, prepareDatabase);
  if (json) printJson({ applied });
  else console.log(applied.length ? `✔ Đã áp dụng ${applied.length} migration: ${applied.join(", ")}` : "✔ Cơ sở dữ liệu đã ở phiên bản mới nhất.");
}

export async function dbStatus(json: boolean): Promise<void> {
  const status = await withDatabase("tthc db status", { migrate: false }, (url) => migrationStatus({ url }));
  if (json) return printJson(status);
  console.log(`Đã áp dụng: ${status.applied.length}`);
  if (status.pending.length) console.log(`Chưa áp dụng (chạy "tthc db migrate"): ${status.pending.join(", ")}`);
  if (status.failed.length) console.log(`Lỗi: ${status.failed.join(", ")}`);
  if (status.unknown.length) console.log(`Có trong cơ sở dữ liệu nhưng không có trong mã nguồn: ${status.unknown.join(", ")}`);
  if (status.pending.length || status.failed.length) process.exitCode = 1;
}
