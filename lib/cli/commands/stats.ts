// `tthc form06 | scorecard | index766`: the figures of a period, for people (a table) and for
// other tools (--json, shapes in lib/stats/json.ts).
import pg from "pg";
import { parsePeriod, PeriodError, periodLabel, type Period, type PeriodFamily } from "@/lib/domain/periods";
import { agencyIdByCode, form06Report, index766, scorecard } from "@/lib/stats/engine";
import { form06Json, index766Json, scorecardJson } from "@/lib/stats/json";
import { formatDecimal, formatInteger, formatPercent } from "@/lib/format";
import type { SqlClient } from "@/lib/db/sql";
import { CliError, printJson } from "../output";
import { withDatabase } from "../database";

export interface StatsOptions {
  period: string;
  agency?: string;
  province?: string;
  json: boolean;
}

function period(text: string, family: PeriodFamily): Period {
  try {
    return parsePeriod(text, family);
  } catch (error) {
    if (error instanceof PeriodError) throw new CliError(error.message, 2);
    throw error;
  }
}

/** Runs `work` on the database with the province of --province (or TTHC_PROVINCE, or the only one). */
export async function withProvince<T>(options: { province?: string }, purpose: string, work: (client: SqlClient, provinceId: number) => Promise<T>): Promise<T> {
  return withDatabase(purpose, { migrate: true }, async (url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const code = options.province ?? process.env.TTHC_PROVINCE;
      const { rows } = await client.query<{ id: number }>(
        `SELECT id FROM province ${code ? "WHERE code = $1" : ""} ORDER BY id LIMIT 1`, code ? [code] : []);
      if (!rows[0]) throw new CliError(code ? `Không có tỉnh mã ${code} trong cơ sở dữ liệu.` : "Cơ sở dữ liệu chưa có tỉnh nào: nhập dữ liệu hoặc tạo tỉnh demo (tthc seed demo).", 3);
      return await work(client, rows[0].id);
    } finally {
      await client.end();
    }
  });
}

async function agencyId(client: SqlClient, provinceId: number, code: string | undefined): Promise<number | undefined> {
  if (code === undefined) return undefined;
  const id = await agencyIdByCode(client, provinceId, code);
  if (id === null) throw new CliError(`Không có cơ quan, đơn vị mã ${code} (MaDonVi) trong tỉnh.`, 3);
  return id;
}

const COLUMN_HEADERS = ["c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13"] as const;

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

export async function form06Command(options: StatsOptions): Promise<void> {
  const p = period(options.period, "reporting");
  await withProvince(options, "tthc form06", async (client, provinceId) => {
    const only = await agencyId(client, provinceId, options.agency);
    const report = await form06Report(client, provinceId, p);
    if (options.json) return printJson(form06Json(report, only));
    console.log(`Biểu 06 — ${periodLabel(p)}`);
    const agencies = report.agencies.filter((a) => only === undefined || a.agency.id === only);
    printTable(["MaDonVi", ...COLUMN_HEADERS], [
      ...agencies.map((a) => [a.agency.code, ...COLUMN_HEADERS.map((c) => formatInteger(a.total[c]))]),
      ["Toàn tỉnh", ...COLUMN_HEADERS.map((c) => formatInteger(report.province[c]))],
    ]);
  });
}

export async function scorecardCommand(options: StatsOptions): Promise<void> {
  const p = period(options.period, "reporting");
  await withProvince(options, "tthc scorecard", async (client, provinceId) => {
    const only = await agencyId(client, provinceId, options.agency);
    const card = await scorecard(client, provinceId, p, only === undefined ? undefined : [only]);
    if (options.json) return printJson(scorecardJson(card));
    console.log(`Bảng đánh giá cơ quan — ${periodLabel(p)}`);
    printTable(["MaDonVi", "Cấp", "Hạng", "Tiếp nhận", "Trễ hạn", "Quá hạn", "Tỷ lệ quá hạn", "Bị trừ điểm", "Xin lỗi", "Đồng bộ", "Lỗi tệp KQ"],
      card.rows.map((r) => [
        r.agency.code, r.agency.level, `${r.rank}/${r.rankOf}`, formatInteger(r.columns.c3), formatInteger(r.columns.c10), formatInteger(r.columns.c13),
        formatPercent(r.overdueShare), r.penalty?.exceeded ? `−${formatDecimal(r.penalty.points)}` : "",
        r.apologyCoverage === null ? "—" : formatPercent(r.apologyCoverage), r.syncRate === null ? "—" : formatPercent(r.syncRate), formatInteger(r.resultFileDefects),
      ]));
  });
}

export async function index766Command(options: StatsOptions): Promise<void> {
  const p = period(options.period, "calendar");
  await withProvince(options, "tthc index766", async (client, provinceId) => {
    const only = await agencyId(client, provinceId, options.agency);
    const result = await index766(client, provinceId, p, only ?? null);
    if (options.json) return printJson(index766Json(result));
    console.log(`Bộ chỉ số 766 — ${periodLabel(p)}${result.agency ? ` — ${result.agency.name}` : " — toàn tỉnh"}`);
    printTable(["Chỉ tiêu", "Tử số", "Mẫu số", "Tỷ lệ", "Điểm", "Tối đa", "Ghi chú"],
      result.groups.flatMap((g) => g.indicators.map((i) => [
        i.code, i.numerator === null ? "" : formatInteger(i.numerator), i.denominator === null ? "" : formatInteger(i.denominator),
        i.rate === null ? "" : formatPercent(i.rate), i.points === null ? "chưa tính" : formatDecimal(i.points), formatDecimal(i.maxPoints), i.reason ?? "",
      ])));
    console.log(`Tổng (các chỉ tiêu tính được): ${formatDecimal(result.points)} / ${formatDecimal(result.computedMaxPoints)} điểm (thang ${formatDecimal(result.maxPoints)}).`);
  });
}
