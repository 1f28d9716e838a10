import { Command, Option } from "commander";
import { CliError, printJson } from "./output";
import { dbMigrate, dbStatus } from "./commands/db";
import { seedDemoCommand } from "./commands/seed";
import { startCommand } from "./commands/start";
import { userAddCommand, userPasswordCommand } from "./commands/user";
import { form06Command, index766Command, scorecardCommand } from "./commands/stats";
import { importCommand } from "./commands/import";
import { reconcileCommand } from "./commands/reconcile";

const program = new Command("tthc")
  .description("TTHC Dashboard — công cụ dòng lệnh")
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

const json = () => new Option("--json", "in kết quả dạng JSON (cho máy)");

program
  .command("start")
  .description("khởi động ứng dụng (cơ sở dữ liệu nhúng và tỉnh demo nếu chưa có)")
  .addOption(new Option("-p, --port <port>", "cổng HTTP").default(process.env.PORT ?? "3000"))
  .option("--dev", "chế độ phát triển (next dev)")
  .addOption(new Option("--dossiers <n>", "số hồ sơ của tỉnh demo khi tạo lần đầu").default("150000"))
  .option("--demo", "tạo tỉnh demo khi cơ sở dữ liệu trống (mặc định với cơ sở dữ liệu nhúng)")
  .option("--no-demo", "không tạo tỉnh demo")
  .action((o) => startCommand({ port: Number(o.port), dev: !!o.dev, dossiers: Number(o.dossiers), demo: o.demo as boolean | undefined }));

const db = program.command("db").description("cơ sở dữ liệu");
db.command("migrate").description("áp dụng các migration còn thiếu").addOption(json()).action((o) => dbMigrate(!!o.json));
db.command("status").description("trạng thái migration").addOption(json()).action((o) => dbStatus(!!o.json));

const seed = program.command("seed").description("dữ liệu mẫu");
seed
  .command("demo")
  .description("tạo tỉnh demo (tất định theo --seed)")
  .option("--dossiers <n>", "số hồ sơ", "150000")
  .option("--seed <s>", "hạt giống ngẫu nhiên", "2026")
  .addOption(json())
  .action((o) => seedDemoCommand({ dossiers: Number(o.dossiers), seed: String(o.seed), json: !!o.json }));

const statsOptions = (o: Record<string, unknown>) => ({
  period: String(o.period), agency: o.agency as string | undefined, province: o.province as string | undefined, json: !!o.json,
});
const period = (family: string) => new Option("--period <P>", `kỳ ${family}: 2024-Q1, 2024-H1, 2024-9M, 2024, 2024-03`).makeOptionMandatory();
const province = () => new Option("--province <MaTinh>", "tỉnh (mặc định: TTHC_PROVINCE hoặc tỉnh duy nhất)");
program
  .command("form06")
  .description("Biểu 06 của một kỳ báo cáo (15 → 14): từng cơ quan và toàn tỉnh")
  .addOption(period("báo cáo"))
  .option("--agency <MaDonVi>", "chỉ một cơ quan, đơn vị")
  .addOption(province())
  .addOption(json())
  .action((o) => form06Command(statsOptions(o)));
program
  .command("scorecard")
  .description("bảng đánh giá các cơ quan của một kỳ báo cáo: tỷ lệ quá hạn, trừ điểm, xin lỗi, đồng bộ, lỗi tệp kết quả, xếp hạng")
  .addOption(period("báo cáo"))
  .option("--agency <MaDonVi>", "chỉ một cơ quan, đơn vị")
  .addOption(province())
  .addOption(json())
  .action((o) => scorecardCommand(statsOptions(o)));
program
  .command("index766")
  .description("Bộ chỉ số 766 của một kỳ theo lịch (tháng, quý, năm): toàn tỉnh hoặc một cơ quan")
  .addOption(new Option("--period <P>", "kỳ theo lịch: 2024-03, 2024-Q1, 2024").makeOptionMandatory())
  .option("--agency <MaDonVi>", "một cơ quan, đơn vị (mặc định: toàn tỉnh)")
  .addOption(province())
  .addOption(json())
  .action((o) => index766Command(statsOptions(o)));

program
  .command("reconcile")
  .description("đối chiếu một Biểu 06 (tệp JSON theo DATA_FORMATS §5) với Hệ thống một cửa: chênh lệch từng ô và nguyên nhân (không lưu gì)")
  .addOption(new Option("--report <file.json>", "tệp báo cáo {MaDonVi, Ky, Dong: […]}").makeOptionMandatory())
  .addOption(province())
  .addOption(json())
  .action((o) => reconcileCommand({ report: String(o.report), province: o.province as string | undefined, json: !!o.json }));

program
  .command("import <kind> <file>")
  .description("nhập tệp CSV, XLSX hoặc JSON: agencies (cơ quan), procedures (thủ tục), dossiers (hồ sơ), holidays (ngày nghỉ), index-snapshots (điểm 766 các tỉnh)")
  .option("--dry-run", "chạy thử: kiểm tra và cho biết sẽ thay đổi gì, không lưu")
  .addOption(new Option("--province <MaTinh>", "tỉnh (mặc định: TTHC_PROVINCE hoặc tỉnh duy nhất; lần nhập cơ quan đầu tiên: mã tỉnh mới, nếu tệp không có dòng TINH)"))
  .addOption(json())
  .action((kind: string, file: string, o) => importCommand(kind, file, { dryRun: !!o.dryRun, json: !!o.json, province: o.province as string | undefined }));

const user = program.command("user").description("tài khoản người dùng (mật khẩu đọc từ đầu vào chuẩn, không từ tham số)");
user
  .command("add <username>")
  .description("tạo người dùng với một vai trò, ví dụ quản trị viên đầu tiên của tỉnh")
  .requiredOption("--name <họ tên>", "họ và tên")
  .requiredOption("--role <vai trò>", "ADMIN, OFFICE, LEADERSHIP hoặc FOCAL")
  .option("--agency <MaDonVi>", "cơ quan của đầu mối (FOCAL), gồm cả đơn vị trực thuộc")
  .addOption(province())
  .option("--must-change", "buộc đổi mật khẩu ở lần đăng nhập đầu")
  .addOption(json())
  .action((username: string, o) => userAddCommand({ username, name: o.name, role: o.role, agency: o.agency, province: o.province, mustChange: !!o.mustChange, json: !!o.json }));
user
  .command("password <username>")
  .description("đặt mật khẩu mới (kết thúc mọi phiên đăng nhập của người dùng)")
  .option("--must-change", "buộc đổi mật khẩu ở lần đăng nhập tới")
  .addOption(json())
  .action((username: string, o) => userPasswordCommand({ username, mustChange: !!o.mustChange, json: !!o.json }));

// output piped into a program that stops reading (| head) is not an error
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const wantsJson = process.argv.includes("--json");
program.parseAsync(process.argv).then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    const message = error instanceof CliError ? error.message : `Lỗi: ${(error as Error)?.message ?? String(error)}`;
    if (wantsJson) printJson({ error: message });
    else console.error(`✖ ${message}`);
    if (!(error instanceof CliError) && process.env.TTHC_DEBUG) console.error(error);
    process.exit(error instanceof CliError ? error.exitCode : 1);
  },
);
