// Where an import's records come from: a file on disk (CLI, an upload saved by the web page), a
// file's bytes in memory, or a JSON body already parsed (push API). The file type is sniffed
// from the content (a zip is a workbook, `[`/`{` is JSON, else CSV); the extension only sharpens
// the message when the two disagree. Bytes are counted as they are read, for progress.
import crypto from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { ImportLimits } from "./limits";
import { formatBytes } from "./limits";
import type { FileFormat, RawRecord } from "./types";
import { ImportError } from "./errors";
import { EncodingError, Utf8Validator, looksUtf16 } from "./encoding";
import type { FieldCatalog } from "./readers/header";
import { readCsv } from "./readers/csv";
import { checkWorkbookZip, readXlsx, type ZipSource } from "./readers/xlsx";
import { jsonBodyRecords, readJson } from "./readers/json";

/** A file to import: on disk, or its bytes (an upload kept in memory). `name` is what the history shows. */
export type FileInput = { path: string; name?: string } | { data: Uint8Array; name: string };

export interface RecordSource {
  format: FileFormat;
  fileName: string | null;
  bytesTotal: number | null;
  bytesRead(): number;
  /** SHA-256 of the file's bytes, once they are all read (null for a JSON body) */
  digest(): string | null;
  records: AsyncIterable<RawRecord> | Iterable<RawRecord>;
}

const CHUNK_BYTES = 1024 * 1024;
const SNIFF_BYTES = 4096;

export type Sniffed = { format: "xlsx" } | { format: "json"; firstChar: "[" | "{" } | { format: "csv" };

/** The file type of a file from its first bytes (and its name, to explain a mismatch). */
export function sniffFormat(head: Uint8Array, name: string): Sniffed {
  const extension = path.extname(name).toLowerCase();
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return { format: "xlsx" };
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new ImportError("UNSUPPORTED", "Tệp là bảng tính Excel 97–2003 (.xls) hoặc tệp Excel có mật khẩu: hãy mở bằng Excel và lưu lại dạng \"Sổ làm việc Excel (*.xlsx)\" hoặc \"CSV UTF-8\".");
  }
  if (extension === ".xlsx" || extension === ".xlsm") {
    throw new ImportError("NOT_WORKBOOK", `Tệp ${path.basename(name)} có đuôi .xlsx nhưng không phải sổ làm việc Excel. Hãy mở tệp bằng Excel và lưu lại dạng "Sổ làm việc Excel (*.xlsx)".`);
  }
  if (looksUtf16(head)) throw new EncodingError("utf-16");
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  if (head[i] === 0x5b) return { format: "json", firstChar: "[" };
  if (head[i] === 0x7b) return { format: "json", firstChar: "{" };
  if (extension === ".json") throw new ImportError("MALFORMED", 'Tệp .json phải bắt đầu bằng "[" (mảng bản ghi) hoặc "{" (gói {"service":…,"data":[…]}).');
  if (head.subarray(0, SNIFF_BYTES).includes(0)) {
    throw new ImportError("UNSUPPORTED", "Tệp không phải văn bản CSV, JSON hay sổ làm việc Excel (.xlsx): định dạng nhận CSV UTF-8, XLSX và JSON.");
  }
  return { format: "csv" };
}

async function fileHead(input: FileInput): Promise<{ head: Uint8Array; size: number; name: string }> {
  if ("data" in input) return { head: input.data.subarray(0, SNIFF_BYTES), size: input.data.byteLength, name: input.name };
  const name = input.name ?? path.basename(input.path);
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(input.path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError("NOT_FOUND", code === "ENOENT" ? `Không tìm thấy tệp ${input.path}.` : `Không mở được tệp ${input.path} (${code}).`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ImportError("NOT_FOUND", `${input.path} không phải một tệp.`);
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, stat.size));
    await handle.read(head, 0, head.length, 0);
    return { head, size: stat.size, name };
  } finally {
    await handle.close();
  }
}

/** Bytes read so far, and their digest. */
class ByteCounter {
  bytes = 0;
  private readonly hash = crypto.createHash("sha256");
  constructor(private readonly total: number) {}
  add(chunk: Buffer): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
  }
  /** null unless every byte was read (a workbook's reader may stop after the first sheet) */
  digest(): string | null {
    return this.bytes === this.total ? this.hash.digest("hex") : null;
  }
}

/** The file's bytes as a stream of chunks, counted into `counter`. */
function byteStream(input: FileInput, counter: ByteCounter): Readable {
  const stream = "data" in input
    ? Readable.from((function* () {
        for (let at = 0; at < input.data.byteLength; at += CHUNK_BYTES) yield Buffer.from(input.data.buffer, input.data.byteOffset + at, Math.min(CHUNK_BYTES, input.data.byteLength - at));
      })())
    : fs.createReadStream(input.path, { highWaterMark: CHUNK_BYTES });
  stream.on("data", (chunk: Buffer) => counter.add(chunk));
  return stream;
}

/** Chunks of a text file, each checked to be UTF-8 before it is parsed. */
async function* utf8Chunks(stream: Readable): AsyncGenerator<Buffer> {
  const validator = new Utf8Validator();
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      validator.check(chunk);
      yield chunk;
    }
    validator.end();
  } finally {
    stream.destroy();
  }
}

/** Opens a file for import: checks its size and type, and returns its records as a stream. */
export async function openFile(input: FileInput, catalog: FieldCatalog, limits: ImportLimits): Promise<RecordSource> {
  const { head, size, name } = await fileHead(input);
  if (size === 0) throw new ImportError("EMPTY", "Tệp trống (0 byte).");
  if (size > limits.maxFileBytes) {
    throw new ImportError("TOO_LARGE", `Tệp ${formatBytes(size)} vượt giới hạn ${formatBytes(limits.maxFileBytes)} của một lần nhập: hãy chia nhỏ tệp.`);
  }
  const sniffed = sniffFormat(head, name);
  const counter = new ByteCounter(size);
  const base = { fileName: name, bytesTotal: size, bytesRead: () => counter.bytes, digest: () => counter.digest() };
  if (sniffed.format === "xlsx") {
    await checkWorkbookZip("data" in input ? { data: input.data } : ({ path: input.path } satisfies ZipSource), size, limits.xlsx);
    return { ...base, format: "xlsx", records: readXlsx(byteStream(input, counter), catalog, limits) };
  }
  const chunks = utf8Chunks(byteStream(input, counter));
  if (sniffed.format === "json") return { ...base, format: "json", records: readJson(chunks, sniffed.firstChar, catalog) };
  return { ...base, format: "csv", records: readCsv(chunks, catalog, limits) };
}

/** A JSON body already in memory (array or envelope). */
export function openJsonBody(body: unknown, catalog: FieldCatalog, name: string | null): RecordSource {
  return { format: "json", fileName: name, bytesTotal: null, bytesRead: () => 0, digest: () => null, records: jsonBodyRecords(body, catalog) };
}
