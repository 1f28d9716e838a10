// CSV (RFC 4180, comma or semicolon, header row required, UTF-8 with or without BOM), parsed as
// a stream by csv-parse: memory stays flat whatever the file's size.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse, CsvError } from "csv-parse";
import type { ImportLimits } from "../limits";
import type { RawRecord } from "../types";
import { ImportError } from "../errors";
import { mapHeader, rowValues, type FieldCatalog } from "./header";

const SEPARATOR_HINT = "Định dạng nhận dấu phẩy (,) hoặc chấm phẩy (;) giữa các cột; hãy lưu lại tệp dạng CSV UTF-8 từ Excel.";

/** The separator of a file from its header line: comma or semicolon, whichever names more fields. */
export function detectDelimiter(headerLine: string, catalog: FieldCatalog): "," | ";" {
  const count = (c: string) => headerLine.split(c).length - 1;
  const [comma, semicolon, tab, pipe] = [count(","), count(";"), count("\t"), count("|")];
  const most = Math.max(comma, semicolon);
  if (tab > most) throw new ImportError("SEPARATOR", `Tệp dùng dấu Tab để phân cách các cột. ${SEPARATOR_HINT}`);
  if (pipe > most) throw new ImportError("SEPARATOR", `Tệp dùng dấu | để phân cách các cột. ${SEPARATOR_HINT}`);
  if (most === 0) {
    const shown = headerLine.length > 80 ? `${headerLine.slice(0, 80)}…` : headerLine;
    throw new ImportError("SEPARATOR", `Dòng tiêu đề chỉ có một cột ("${shown}"): không tìm thấy dấu phân cách cột. ${SEPARATOR_HINT}`);
  }
  const known = new Set(catalog.fields.map((f) => f.toLowerCase()));
  const named = (c: string) => headerLine.split(c).filter((cell) => known.has(cell.replace(/^\uFEFF|"/g, "").trim().toLowerCase())).length;
  const byComma = named(",");
  const bySemicolon = named(";");
  if (byComma !== bySemicolon) return byComma > bySemicolon ? "," : ";";
  return comma >= semicolon ? "," : ";";
}

/** The first line of the text (without BOM), from the first chunk(s) of the file. */
function firstLine(head: Buffer): string {
  const text = head.toString("utf8").replace(/^\uFEFF/, "");
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

function malformed(error: CsvError): ImportError {
  const line = (error as CsvError & { lines?: number }).lines;
  const at = line ? ` ở dòng ${line}` : "";
  const reason: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: `có dấu ngoặc kép (") mở mà không đóng (tệp kết thúc${at})`,
    CSV_INVALID_CLOSING_QUOTE: `sau dấu ngoặc kép đóng${at} phải là dấu phân cách hoặc xuống dòng`,
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: `sau dấu ngoặc kép đóng${at} phải là dấu phân cách hoặc xuống dòng`,
    INVALID_OPENING_QUOTE: `dấu ngoặc kép (") nằm giữa một ô${at}; ô chứa dấu ngoặc kép phải được đặt trong ngoặc kép và viết dấu đó hai lần ("")`,
    CSV_MAX_RECORD_SIZE: `một bản ghi dài bất thường${at}, thường do một dấu ngoặc kép (") mở mà không đóng`,
  };
  const text = reason[error.code] ?? `không đọc được${at}`;
  return new ImportError("MALFORMED", `Tệp CSV bị lỗi: ${text}. Không bản ghi nào được nhập; hãy sửa tệp rồi nhập lại.`);
}

/**
 * Records of a CSV file. `chunks` are the file's bytes, already checked to be UTF-8. The header
 * row is mapped onto `catalog` (missing required columns refuse the file); a row with more or
 * fewer cells than the header is rejected (its values would land in the wrong columns).
 */
export async function* readCsv(chunks: AsyncIterable<Buffer>, catalog: FieldCatalog, limits: ImportLimits): AsyncGenerator<RawRecord> {
  const iterator = chunks[Symbol.asyncIterator]();
  // the header line decides the separator: read until it is complete
  const head: Buffer[] = [];
  let headBytes = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    headBytes += next.value.length;
    if (next.value.includes(0x0a) || headBytes > limits.maxRecordChars) break;
  }
  const headBuffer = Buffer.concat(head);
  if (headBuffer.toString("utf8").replace(/^\uFEFF/, "").trim() === "") throw new ImportError("EMPTY", "Tệp trống: không có dòng tiêu đề và dữ liệu.");
  const delimiter = detectDelimiter(firstLine(headBuffer), catalog);

  const parser = parse({
    delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true, max_record_size: limits.maxRecordChars,
  });
  const source = Readable.from((async function* () {
    yield headBuffer;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })());
  const feeding = pipeline(source, parser);
  feeding.catch(() => undefined); // the same error surfaces from iterating the parser
  let columns: (string | null)[] | null = null;
  let no = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (columns === null) {
        columns = mapHeader(cells, catalog);
        continue;
      }
      no++;
      const problem = cells.length === columns.length ? undefined
        : `Dòng có ${cells.length} ô nhưng dòng tiêu đề có ${columns.length} cột: một giá trị chứa dấu phân cách (${delimiter}) phải được đặt trong ngoặc kép.`;
      yield { no, values: rowValues(columns, cells), problem };
    }
  } catch (error) {
    if (error instanceof CsvError || (error as { code?: string })?.code === "INVALID_OPENING_QUOTE") throw malformed(error as CsvError);
    throw error;
  } finally {
    source.destroy();
  }
  if (columns === null) throw new ImportError("EMPTY", "Tệp trống: không có dòng tiêu đề và dữ liệu.");
  await feeding.catch(() => undefined);
  if (no === 0) throw new ImportError("EMPTY", "Tệp chỉ có dòng tiêu đề, không có bản ghi nào.");
}
