// `tthc import <kind> <file> [--dry-run] [--json] [--province MaTinh]`: a file from the one-stop
// system or the national portal into the database the application uses. Prints the summary
// (the JSON shape is a contract); exit 0 when the batch committed — even with rejected records —
// or the dry run succeeded, 3 when nothing could be read from the file, 1 when the database failed.
import path from "node:path";
import { formatInteger, formatPercent, formatSeconds } from "@/lib/format";
import { IMPORT_KIND_LABELS, IMPORT_KINDS, ImportError, importFile, type ImportIssue, type ImportKind, type ImportProgress, type ImportSummary } from "@/lib/ingest";
import { CliError, printJson } from "../output";
import { withDatabase } from "../database";

export interface ImportCommandOptions {
  dryRun: boolean;
  json: boolean;
  province?: string;
}

const SHOWN_ERRORS = 20;
const SHOWN_WARNINGS = 10;

/** Progress on stderr (stdout stays the summary): a live line on a terminal, else a line every few seconds. */
function progressPrinter(): (p: ImportProgress) => void {
  let last = 0;
  return (p) => {
    const share = p.bytesTotal ? ` (${formatPercent(p.bytesRead / p.bytesTotal)} tệp)` : "";
    const line = p.phase === "finishing" ? `  Đã đọc ${formatInteger(p.records)} bản ghi; đang cập nhật số liệu tổng hợp…` : `  Đã đọc ${formatInteger(p.records)} bản ghi${share}`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line.padEnd(70)}${p.phase === "finishing" ? "\n" : ""}`);
    } else if (p.phase === "finishing" || last === 0 || Date.now() - last >= 2000) {
      last = Date.now();
      process.stderr.write(`${line}\n`);
    }
  };
}

const issueLine = (i: ImportIssue, keyField: string) =>
  `  bản ghi ${formatInteger(i.record)}${i.key ? ` (${keyField} ${i.key})` : ""}${i.field ? ` — ${i.field}` : ""}: ${i.message}`;

function printSummary(s: ImportSummary, keyField: string): void {
  const what = IMPORT_KIND_LABELS[s.kind];
  const counts = [
    `đọc ${formatInteger(s.read)}`, `thêm mới ${formatInteger(s.inserted)}`, `cập nhật ${formatInteger(s.updated)}`,
    `không đổi ${formatInteger(s.unchanged)}`, ...(s.duplicates ? [`trùng khóa ${formatInteger(s.duplicates)}`] : []), `bị từ chối ${formatInteger(s.rejected)}`,
  ].join(" · ");
  if (s.dryRun) console.log(`Chạy thử — chưa lưu gì. Nếu nhập ${what} từ ${s.fileName} vào tỉnh ${s.province}:`);
  else console.log(`✔ Đã nhập ${what} từ ${s.fileName} vào tỉnh ${s.province}${s.provinceCreated ? " (tỉnh mới tạo)" : ""} — lô #${s.batchId}, ${formatSeconds(s.seconds)}:`);
  console.log(`  ${counts}`);
  if (s.warnings.length) {
    console.log(`⚠ Cảnh báo (${formatInteger(s.duplicates)} bản ghi trùng khóa trong tệp, bản ghi sau được dùng):`);
    for (const w of s.warnings.slice(0, SHOWN_WARNINGS)) console.log(issueLine(w, keyField));
  }
  if (s.errors.length) {
    console.log(`✖ ${formatInteger(s.rejected)} bản ghi bị từ chối, không được nhập:`);
    for (const e of s.errors.slice(0, SHOWN_ERRORS)) console.log(issueLine(e, keyField));
  }
  const hidden = Math.max(0, s.errors.length - SHOWN_ERRORS) + Math.max(0, s.warnings.length - SHOWN_WARNINGS) + s.issuesNotShown;
  if (hidden) console.log(`  … và ${formatInteger(hidden)} lỗi, cảnh báo khác${s.batchId ? ` (đầy đủ trong lịch sử nhập, lô #${s.batchId}; hoặc dùng --json)` : " (dùng --json để xem)"}.`);
}

const KEY_FIELDS: Record<ImportKind, string> = {
  agencies: "MaDonVi", procedures: "MaTTHC", dossiers: "MaHoSo", holidays: "Ngay", "index-snapshots": "Ky|MaTinh",
};

export async function importCommand(kind: string, file: string, options: ImportCommandOptions): Promise<void> {
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw new CliError(`Loại dữ liệu "${kind}" không có; chọn một trong: ${IMPORT_KINDS.join(", ")}.`, 2);
  }
  const importKind = kind as ImportKind;
  const summary = await withDatabase("tthc import", { migrate: true }, async (url) => {
    try {
      return await importFile({
        url, kind: importKind, caller: { source: "CLI" }, file: { path: path.resolve(file) }, dryRun: options.dryRun,
        province: options.province ?? process.env.TTHC_PROVINCE, onProgress: progressPrinter(),
      });
    } catch (error) {
      if (error instanceof ImportError) {
        const recorded = error.failedBatchId ? ` (ghi nhận ở lịch sử nhập, lô #${error.failedBatchId})` : "";
        throw new CliError(`${error.message}${recorded}`, error.unreadable ? 3 : 1);
      }
      throw error;
    }
  });
  if (options.json) return printJson(summary);
  printSummary(summary, KEY_FIELDS[importKind]);
}
