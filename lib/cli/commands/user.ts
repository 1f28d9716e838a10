// `tthc user add | password`: accounts from the server's console — the first administrator of a
// real deployment (which has no demo accounts), or a way back in for a locked-out one. The
// password is read from standard input (piped, or typed without echo), never from arguments,
// which other users of the server can see. Audited as actor "cli".
import readline from "node:readline";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblems } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/services/audit";
import { withTransaction } from "@/lib/db/sql";
import { CliError, printJson } from "../output";
import { withDatabase } from "../database";

const AddOptions = z.object({
  username: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, "Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới."),
  name: z.string().trim().min(2, "Nhập họ và tên (--name)."),
  role: z.enum(ROLES, { message: `Vai trò là một trong ${ROLES.join(", ")}.` }),
  agency: z.string().trim().optional(),
  province: z.string().trim().optional(),
  mustChange: z.boolean(),
  json: z.boolean(),
});

async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? "";
  }
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.includes(question)) process.stderr.write(s);
      };
      rl.question(question, (answer) => {
        rl.close();
        process.stderr.write("\n");
        resolve(answer);
      });
    });
  const first = await ask(prompt);
  if ((await ask("Nhập lại mật khẩu: ")) !== first) throw new CliError("Hai lần nhập mật khẩu không khớp.", 2);
  return first;
}

async function checkedPassword(username: string): Promise<string> {
  const password = await readPassword(`Mật khẩu cho ${username}: `);
  const problems = passwordProblems(password, username);
  if (problems.length) throw new CliError(problems.join(" "), 2);
  return password;
}

export async function userAddCommand(raw: Record<string, unknown>): Promise<void> {
  const parsed = AddOptions.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues.map((i) => i.message).join("; "), 2);
  const o = parsed.data;
  if (o.role === "FOCAL" && !o.agency) throw new CliError("Vai trò FOCAL cần --agency <MaDonVi>.", 2);
  if (o.role !== "FOCAL" && o.agency) throw new CliError("Chỉ vai trò FOCAL gắn với một cơ quan (--agency).", 2);
  const passwordHash = await hashPassword(await checkedPassword(o.username));
  const result = await withDatabase("tthc user add", { migrate: true }, (url) =>
    withTransaction(url, async (client) => {
      const code = o.province ?? process.env.TTHC_PROVINCE;
      const provinces = (await client.query<{ id: number; code: string }>(`SELECT id, code FROM province ${code ? "WHERE code = $1" : ""} ORDER BY id`, code ? [code] : [])).rows;
      if (provinces.length === 0) throw new CliError(code ? `Không có tỉnh mã ${code} trong cơ sở dữ liệu.` : "Cơ sở dữ liệu chưa có tỉnh nào: nhập danh mục cơ quan trước.", 3);
      if (provinces.length > 1) throw new CliError(`Cơ sở dữ liệu có nhiều tỉnh: chọn một bằng --province (${provinces.map((p) => p.code).join(", ")}).`, 2);
      const provinceId = provinces[0]!.id;
      let agencyId: number | null = null;
      if (o.agency) {
        agencyId = (await client.query<{ id: number }>("SELECT id FROM agency WHERE province_id = $1 AND code = $2", [provinceId, o.agency])).rows[0]?.id ?? null;
        if (agencyId === null) throw new CliError(`Không có cơ quan, đơn vị mã ${o.agency}.`, 3);
      }
      if ((await client.query("SELECT 1 FROM app_user WHERE username = $1", [o.username])).rowCount) throw new CliError(`Tên đăng nhập ${o.username} đã có người dùng.`, 2);
      const userId = (await client.query<{ id: number }>(
        "INSERT INTO app_user (username, full_name, password_hash, province_id, must_change_password) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        [o.username, o.name, passwordHash, provinceId, o.mustChange])).rows[0]!.id;
      await client.query("INSERT INTO role_assignment (user_id, role, province_id, agency_id) VALUES ($1, $2::role, $3, $4)", [userId, o.role, provinceId, agencyId]);
      await writeAudit(client, {
        provinceId, userId: null, actor: "cli", action: "user.create", entity: "user", entityId: userId,
        after: { username: o.username, fullName: o.name, mustChangePassword: o.mustChange, roles: [{ role: o.role, agencyId }] },
      });
      return { id: userId, username: o.username, role: o.role, agencyId };
    }));
  if (o.json) return printJson(result);
  console.log(`✔ Đã tạo người dùng ${result.username} (${result.role}).`);
}

export async function userPasswordCommand(raw: { username: string; mustChange: boolean; json: boolean }): Promise<void> {
  const username = raw.username.trim().toLowerCase();
  const passwordHash = await hashPassword(await checkedPassword(username));
  await withDatabase("tthc user password", { migrate: true }, (url) =>
    withTransaction(url, async (client) => {
      const user = (await client.query<{ id: number; province_id: number; must_change_password: boolean }>(
        "SELECT id, province_id, must_change_password FROM app_user WHERE username = $1", [username])).rows[0];
      if (!user) throw new CliError(`Không có người dùng ${username}.`, 3);
      await client.query(
        "UPDATE app_user SET password_hash = $2, must_change_password = $3, session_version = session_version + 1 WHERE id = $1",
        [user.id, passwordHash, raw.mustChange]);
      await writeAudit(client, {
        provinceId: user.province_id, userId: null, actor: "cli", action: "user.password-reset", entity: "user", entityId: user.id,
        before: { mustChangePassword: user.must_change_password }, after: { mustChangePassword: raw.mustChange, sessionsEnded: true },
      });
    }));
  if (raw.json) return printJson({ username, reset: true });
  console.log(`✔ Đã đặt mật khẩu mới cho ${username}; các phiên đăng nhập cũ đã kết thúc.`);
}
