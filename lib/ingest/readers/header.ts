// The fields a kind of record has, and the header row of a CSV file or sheet mapped onto them.
import { ImportError } from "../errors";

export interface FieldCatalog {
  /** field names as in DATA_FORMATS (the national payload's spelling) */
  fields: readonly string[];
  /** fields every record needs: their columns must be in the header */
  required: readonly string[];
  /** nested lists only JSON can carry (ignored as columns of a CSV/XLSX file) */
  jsonOnly?: readonly string[];
}

/** Field name lookup that ignores case and surrounding spaces (headers are typed by people). */
export function fieldLookup(catalog: FieldCatalog, includeJsonOnly: boolean): Map<string, string> {
  const names = includeJsonOnly ? [...catalog.fields, ...(catalog.jsonOnly ?? [])] : catalog.fields;
  return new Map(names.map((f) => [f.toLowerCase(), f]));
}

/**
 * The field of each column of a header row (null: a column we do not know, ignored). Refuses a
 * header without the required columns, naming them, and one that names a field twice.
 */
export function mapHeader(cells: readonly unknown[], catalog: FieldCatalog): (string | null)[] {
  const lookup = fieldLookup(catalog, false);
  const columns = cells.map((cell) => lookup.get(String(cell ?? "").replace(/^\uFEFF/, "").trim().toLowerCase()) ?? null);
  const seen = new Set<string>();
  for (const field of columns) {
    if (field === null) continue;
    if (seen.has(field)) throw new ImportError("HEADER", `Dòng tiêu đề có hai cột cùng tên ${field}: mỗi trường chỉ được có một cột.`);
    seen.add(field);
  }
  if (seen.size === 0) {
    throw new ImportError("HEADER",
      `Dòng đầu tiên không phải dòng tiêu đề: không có tên cột nào theo định dạng trao đổi. Cần các cột ${catalog.required.join(", ")} (và các cột tùy chọn ${catalog.fields.filter((f) => !catalog.required.includes(f)).slice(0, 6).join(", ")}…).`);
  }
  const missing = catalog.required.filter((f) => !seen.has(f));
  if (missing.length) {
    throw new ImportError("HEADER", `Thiếu cột bắt buộc: ${missing.join(", ")}. Dòng tiêu đề (dòng 1) phải có đủ các cột ${catalog.required.join(", ")}.`);
  }
  return columns;
}

/** A record of a header-mapped row; `undefined` cells stay absent. */
export function rowValues(columns: readonly (string | null)[], cells: readonly unknown[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) {
    const field = columns[i];
    if (field !== null && field !== undefined) values[field] = cells[i];
  }
  return values;
}
