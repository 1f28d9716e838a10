// XLSX: the first sheet of a workbook, header in row 1, read as a stream by exceljs. Before
// exceljs sees the file, its zip central directory is checked with yauzl against the limits
// (entries, uncompressed size, compression ratio), and every entry is inflated once to prove
// its declared size — a workbook that would expand beyond the limits is refused unread.
// Cells are read as values, never evaluated: a formula cell gives its cached result (or, when
// the file has none, the formula's text).
import { Readable } from "node:stream";
import yauzl from "yauzl";
import ExcelJS from "exceljs";
import type { ImportLimits } from "../limits";
import { formatBytes } from "../limits";
import type { RawRecord } from "../types";
import { ImportError } from "../errors";
import { mapHeader, rowValues, type FieldCatalog } from "./header";

const NOT_WORKBOOK = "Tệp không phải sổ làm việc Excel (.xlsx) hợp lệ. Hãy mở tệp bằng Excel và lưu lại dạng \"Sổ làm việc Excel (*.xlsx)\" hoặc \"CSV UTF-8\".";

export type ZipSource = { path: string } | { data: Uint8Array };

function openZip(source: ZipSource): Promise<yauzl.ZipFile> {
  const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false };
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, zip?: yauzl.ZipFile) => (error || !zip ? reject(error ?? new Error("zip")) : resolve(zip));
    if ("path" in source) yauzl.open(source.path, options, done);
    else yauzl.fromBuffer(Buffer.from(source.data.buffer, source.data.byteOffset, source.data.byteLength), options, done);
  });
}

/** Bytes an entry inflates to, refusing more than it declared (yauzl's validateEntrySizes). */
function inflatedSize(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error("zip entry"));
      let size = 0;
      stream.on("data", (chunk: Buffer) => (size += chunk.length));
      stream.on("error", reject);
      stream.on("end", () => resolve(size));
    });
  });
}

/**
 * Refuses a file that is not a workbook or that expands beyond the limits, reading only the
 * zip's directory and then inflating each entry once into nothing (no memory kept).
 */
export async function checkWorkbookZip(source: ZipSource, fileBytes: number, limits: ImportLimits["xlsx"]): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(source);
  } catch {
    throw new ImportError("NOT_WORKBOOK", NOT_WORKBOOK);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new ImportError("TOO_LARGE", `Tệp Excel có ${zip.entryCount} thành phần nén, vượt giới hạn ${limits.maxEntries}: không phải một sổ làm việc thông thường.`);
    }
    const entries: yauzl.Entry[] = [];
    await new Promise<void>((resolve, reject) => {
      zip.on("entry", (entry: yauzl.Entry) => {
        entries.push(entry);
        zip.readEntry();
      });
      zip.on("end", resolve);
      zip.on("error", reject);
      zip.readEntry();
    }).catch(() => {
      throw new ImportError("NOT_WORKBOOK", NOT_WORKBOOK);
    });
    const names = new Set(entries.map((e) => e.fileName));
    if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) throw new ImportError("NOT_WORKBOOK", NOT_WORKBOOK);
    if (entries.some((e) => e.isEncrypted())) throw new ImportError("NOT_WORKBOOK", "Tệp Excel được đặt mật khẩu: hãy bỏ mật khẩu rồi lưu lại trước khi nhập.");
    let declared = 0;
    for (const e of entries) {
      declared += e.uncompressedSize;
      if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxCompressionRatio) {
        throw new ImportError("TOO_LARGE", `Tệp Excel có thành phần ${e.fileName} nén bất thường (tỷ lệ nén trên ${limits.maxCompressionRatio} lần): tệp bị từ chối để bảo vệ máy chủ.`);
      }
    }
    if (declared > limits.maxUncompressedBytes) {
      throw new ImportError("TOO_LARGE", `Tệp Excel (${formatBytes(fileBytes)}) giải nén ra ${formatBytes(declared)}, vượt giới hạn ${formatBytes(limits.maxUncompressedBytes)}. Hãy chia nhỏ tệp hoặc xuất dạng CSV UTF-8.`);
    }
    for (const e of entries) {
      if (e.fileName.endsWith("/")) continue;
      try {
        await inflatedSize(zip, e);
      } catch {
        throw new ImportError("NOT_WORKBOOK", `${NOT_WORKBOOK} (Thành phần ${e.fileName} bị hỏng hoặc khai sai kích thước.)`);
      }
    }
  } finally {
    zip.close();
  }
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * A cell as the value parsers read it. Excel has no time zone: a date cell is the wall-clock
 * time shown, which exceljs hands over as that time in UTC — we pass it on as local text
 * (rounded to the second, as Excel's floating-point day fractions drift by microseconds).
 */
export function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    const t = new Date(Math.round(value.getTime() / 1000) * 1000);
    const date = `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
    const time = `${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:${pad2(t.getUTCSeconds())}`;
    return time === "00:00:00" ? date : `${date}T${time}`;
  }
  if (typeof value !== "object") return value;
  const v = value as { formula?: string; sharedFormula?: string; result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
  if ("formula" in v || "sharedFormula" in v) {
    return v.result === undefined ? `=${v.formula ?? v.sharedFormula ?? ""}` : cellValue(v.result);
  }
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
  if ("error" in v) return v.error;
  if ("text" in v) return cellValue(v.text);
  return String(value);
}

/** Records of the first sheet of a workbook (call checkWorkbookZip first). */
export async function* readXlsx(stream: Readable, catalog: FieldCatalog, limits: ImportLimits): AsyncGenerator<RawRecord> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", worksheets: "emit", entries: "ignore",
  });
  let columns: (string | null)[] | null = null;
  let records = 0;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (row.number > limits.xlsx.maxRows) {
          throw new ImportError("TOO_LARGE", `Trang tính có hơn ${limits.xlsx.maxRows.toLocaleString("vi-VN")} dòng: hãy chia nhỏ tệp.`);
        }
        const cells = (row.values as unknown[]).slice(1).map(cellValue);
        if (columns === null) {
          if (row.number !== 1) throw new ImportError("HEADER", "Dòng 1 của trang tính đầu tiên phải là dòng tiêu đề (tên các cột), nhưng dòng đó trống.");
          columns = mapHeader(cells, catalog);
          continue;
        }
        if (cells.every((c) => c === undefined || (typeof c === "string" && c.trim() === ""))) continue;
        records++;
        yield { no: row.number - 1, values: rowValues(columns, cells) };
      }
      break; // the first sheet only
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError("NOT_WORKBOOK", NOT_WORKBOOK);
  } finally {
    stream.destroy();
  }
  if (columns === null) throw new ImportError("EMPTY", "Trang tính đầu tiên trống: không có dòng tiêu đề và dữ liệu.");
  if (records === 0) throw new ImportError("EMPTY", "Trang tính đầu tiên chỉ có dòng tiêu đề, không có bản ghi nào.");
}
