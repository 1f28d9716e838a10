// JSON: an array of records, or the national envelope {"service":"DongBoHoSoMC","data":[…]}.
// A file is parsed as a stream (stream-json): one record is assembled at a time. A body already
// in memory (the push API) goes through the same record shaping.
import { Readable } from "node:stream";
import chain from "stream-chain";
import { parser } from "stream-json";
import { pick } from "stream-json/filters/pick.js";
import { streamArray } from "stream-json/streamers/stream-array.js";
import type { RawRecord } from "../types";
import { ImportError } from "../errors";
import { fieldLookup, type FieldCatalog } from "./header";

const NOT_RECORDS = 'Dữ liệu JSON phải là một mảng bản ghi hoặc gói {"service":"DongBoHoSoMC","data":[…]}.';

/** A JSON element as a record: its known fields by their canonical name (keys match ignoring case). */
export function jsonRecord(no: number, value: unknown, lookup: Map<string, string>): RawRecord {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { no, values: {}, problem: "Bản ghi phải là một đối tượng JSON ({…})." };
  }
  const values: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const field = lookup.get(key.toLowerCase());
    if (field) values[field] = v;
  }
  return { no, values };
}

/** The records of a JSON value already parsed (the push API's body). */
export function* jsonBodyRecords(body: unknown, catalog: FieldCatalog): Generator<RawRecord> {
  const list = Array.isArray(body) ? body : body && typeof body === "object" && Array.isArray((body as { data?: unknown }).data) ? (body as { data: unknown[] }).data : null;
  if (!list) throw new ImportError("MALFORMED", NOT_RECORDS);
  if (list.length === 0) throw new ImportError("EMPTY", "Không có bản ghi nào (mảng rỗng).");
  const lookup = fieldLookup(catalog, true);
  for (let i = 0; i < list.length; i++) yield jsonRecord(i + 1, list[i], lookup);
}

/**
 * The records of a JSON file. `firstChar` (the first non-blank character, already sniffed)
 * tells an array from an envelope.
 */
export async function* readJson(chunks: AsyncIterable<Buffer>, firstChar: "[" | "{", catalog: FieldCatalog): AsyncGenerator<RawRecord> {
  const lookup = fieldLookup(catalog, true);
  const source = Readable.from(chunks);
  const items = chain([source, parser(), ...(firstChar === "{" ? [pick({ filter: "data" })] : []), streamArray()]);
  let no = 0;
  try {
    for await (const item of items as AsyncIterable<{ key: number; value: unknown }>) {
      no++;
      yield jsonRecord(no, item.value, lookup);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const detail = /Top-level object should be an array/.test(String((error as Error)?.message)) ? NOT_RECORDS : "cú pháp JSON sai hoặc tệp bị cắt cụt";
    throw new ImportError("MALFORMED", `Tệp JSON bị lỗi ${no ? `sau bản ghi số ${no}` : "ngay từ đầu"}: ${detail}. Không bản ghi nào được nhập; hãy sửa tệp rồi nhập lại.`);
  } finally {
    source.destroy();
    items.destroy();
  }
  if (no === 0) {
    throw new ImportError("EMPTY", firstChar === "{" ? `Không có bản ghi nào: ${NOT_RECORDS}` : "Không có bản ghi nào (mảng rỗng).");
  }
}
