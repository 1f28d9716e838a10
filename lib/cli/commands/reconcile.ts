// `tthc reconcile --report <file.json>`: reconciles an agency's Biểu 06 in the JSON of
// DATA_FORMATS §5 with the one-stop system, without storing anything. With --json it prints
// exactly {"agency","period","findings":[{"field","column","reported","system","cause"}]} (a
// contract other tools rely on); the exit code is 0 whether or not there are findings, 2 for a
// file that is not a valid report, 3 for an agency or province the database lacks.
import fs from "node:fs/promises";
import { z } from "zod";
import { parsePeriod, PeriodError, periodLabel } from "@/lib/domain/periods";
import { ExchangeReportSchema, formFromExchange, ReportFormSchema } from "@/lib/domain/report-form";
import { FINDING_CAUSE_LABELS } from "@/lib/domain/reconciliation";
import { agencyIdByCode } from "@/lib/stats/engine";
import { reconcileAgainstSystem } from "@/lib/stats/reconciliation";
import { formatInteger } from "@/lib/format";
import { CliError, printJson } from "../output";
import { withProvince } from "./stats";

export interface ReconcileOptions {
  report: string;
  province?: string;
  json: boolean;
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length ? ` (${issue.path.join(".")})` : "";
  return `${issue.message}${where}`;
}

async function readReport(file: string) {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new CliError(`Không đọc được tệp ${file}.`, 2);
  }
  let body: unknown;
  try {
    body = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new CliError(`${file} không phải JSON hợp lệ: cần một báo cáo {"MaDonVi", "Ky", "Dong": […]} (DATA_FORMATS §5).`, 2);
  }
  const exchange = ExchangeReportSchema.safeParse(body);
  if (!exchange.success) throw new CliError(`Báo cáo không hợp lệ: ${issueText(exchange.error)}.`, 2);
  // a draft's rules: an identity the file breaks is a finding, not a refusal
  const form = ReportFormSchema.safeParse(formFromExchange(exchange.data));
  if (!form.success) throw new CliError(`Báo cáo không hợp lệ: ${issueText(form.error)}.`, 2);
  let period;
  try {
    period = parsePeriod(exchange.data.Ky, "reporting");
  } catch (error) {
    if (error instanceof PeriodError) throw new CliError(error.message, 2);
    throw error;
  }
  return { agency: exchange.data.MaDonVi, period, rows: form.data.rows };
}

export async function reconcileCommand(options: ReconcileOptions): Promise<void> {
  const report = await readReport(options.report);
  await withProvince(options, "tthc reconcile", async (client, provinceId) => {
    const agencyId = await agencyIdByCode(client, provinceId, report.agency);
    if (agencyId === null) throw new CliError(`Không có cơ quan, đơn vị mã ${report.agency} (MaDonVi) trong tỉnh.`, 3);
    const { findings } = await reconcileAgainstSystem(client, provinceId, report.period, agencyId, report.rows);
    if (options.json) {
      return printJson({
        agency: report.agency,
        period: report.period.code,
        findings: findings.map((f) => ({ field: f.field, column: f.column, reported: f.reported, system: f.system, cause: f.cause })),
      });
    }
    console.log(`Đối chiếu Biểu 06 của ${report.agency} — ${periodLabel(report.period)}`);
    if (!findings.length) {
      console.log("Khớp với Hệ thống một cửa: không có chênh lệch.");
      return;
    }
    const header = ["Lĩnh vực", "Cột", "Báo cáo", "Hệ thống", "Chênh lệch", "Nguyên nhân"];
    const rows = findings.map((f) => [f.field, f.column.slice(1), formatInteger(f.reported), formatInteger(f.system), formatInteger(f.reported - f.system), FINDING_CAUSE_LABELS[f.cause]]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
    console.log(line(header));
    for (const r of rows) console.log(line(r));
    console.log(`${formatInteger(findings.length)} chênh lệch.`);
  });
}
