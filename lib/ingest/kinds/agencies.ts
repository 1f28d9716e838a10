// Agencies (DATA_FORMATS §1), key MaDonVi: the effective-dated tree of the province. Parents
// and successors are codes that may name units further down the same file, so a file is
// validated and written as one batch (a province has hundreds to a few thousand units): first
// the units, then their links by code. A reference to a unit that is neither in the file nor in
// the catalogue, or a parent chain that loops, rejects the record that makes it.
import { z } from "zod";
import { bulkUpsert } from "@/lib/db/bulk";
import type { ImportIssue } from "../types";
import { parseDate, parseEnum, parseText, type Parsed } from "../values";
import { optional, required } from "../schema";
import { rawText, type KindDefinition, type ValidRecord } from "./kind";

export const AGENCY_LEVELS = ["TINH", "SO", "HUYEN", "XA", "CHINHANH", "NGANHDOC"] as const;

const unitCode = (text: string): Parsed<string> =>
  /^[\p{L}\p{N}._\-/]{1,50}$/u.test(text) ? { ok: true, value: text } : { ok: false, message: `Mã đơn vị "${text}" không hợp lệ: tối đa 50 ký tự chữ, số, dấu chấm, gạch ngang.` };

const schema = z
  .object({
    MaDonVi: required(unitCode),
    TenDonVi: required((t) => parseText(t, 500)),
    CapDonVi: required((t) => parseEnum(t, AGENCY_LEVELS)),
    MaDonViCha: optional(unitCode),
    HieuLucTu: optional(parseDate),
    HieuLucDen: optional(parseDate),
    MaDonViKeThua: optional(unitCode),
  })
  .superRefine((r, ctx) => {
    const dmy = (iso: string) => iso.split("-").reverse().join("/");
    if (r.HieuLucTu && r.HieuLucDen && r.HieuLucDen < r.HieuLucTu) {
      ctx.addIssue({ code: "custom", path: ["HieuLucDen"], message: `Ngày hết hiệu lực ${dmy(r.HieuLucDen)} trước ngày bắt đầu hiệu lực ${dmy(r.HieuLucTu)}.`, input: r.HieuLucDen });
    }
    if (r.MaDonViCha === r.MaDonVi) ctx.addIssue({ code: "custom", path: ["MaDonViCha"], message: "Một đơn vị không thể là đơn vị cha của chính nó.", input: r.MaDonViCha });
    if (r.MaDonViKeThua === r.MaDonVi) ctx.addIssue({ code: "custom", path: ["MaDonViKeThua"], message: "Một đơn vị không thể kế thừa chính nó.", input: r.MaDonViKeThua });
  });

export type AgencyRecord = z.infer<typeof schema>;

export interface AgencyContext {
  /** stored units: code → parent code */
  stored: Map<string, string | null>;
}

/** Issues of records whose parent or successor is unknown, or whose parent chain loops; repeated until none is left. */
function checkReferences(records: ValidRecord<AgencyRecord>[], context: AgencyContext): ImportIssue[] {
  const issues: ImportIssue[] = [];
  let remaining = records;
  for (;;) {
    const inFile = new Map(remaining.map((r) => [r.key, r.record]));
    const parentOf = (code: string) => (inFile.has(code) ? inFile.get(code)!.MaDonViCha : context.stored.get(code) ?? null);
    const known = (code: string) => inFile.has(code) || context.stored.has(code);
    const rejected = new Set<string>();
    for (const { no, key, record } of remaining) {
      const reject = (field: string, message: string) => {
        issues.push({ record: no, key, field, message });
        rejected.add(key);
      };
      if (record.MaDonViCha && !known(record.MaDonViCha)) {
        reject("MaDonViCha", `Không có đơn vị cha mã ${record.MaDonViCha} trong tệp (hợp lệ) hay trong danh mục cơ quan của tỉnh.`);
      } else if (record.MaDonViKeThua && !known(record.MaDonViKeThua)) {
        reject("MaDonViKeThua", `Không có đơn vị kế thừa mã ${record.MaDonViKeThua} trong tệp (hợp lệ) hay trong danh mục cơ quan của tỉnh.`);
      } else {
        const chain = [key];
        for (let code = parentOf(key); code !== null && chain.length <= inFile.size + context.stored.size; code = parentOf(code)) {
          chain.push(code);
          if (code === key) {
            reject("MaDonViCha", `Quan hệ đơn vị cha tạo thành vòng lặp: ${chain.join(" → ")}.`);
            break;
          }
        }
      }
    }
    if (rejected.size === 0) return issues;
    remaining = remaining.filter((r) => !rejected.has(r.key));
  }
}

export const agencies: KindDefinition<AgencyRecord, AgencyContext> = {
  kind: "agencies",
  dbKind: "AGENCIES",
  catalog: {
    fields: ["MaDonVi", "TenDonVi", "CapDonVi", "MaDonViCha", "HieuLucTu", "HieuLucDen", "MaDonViKeThua"],
    required: ["MaDonVi", "TenDonVi", "CapDonVi"],
  },
  keyField: "MaDonVi",
  // one batch: parents and successors may be anywhere in the file
  batchSize: 200_000,
  rawKey: (values) => rawText(values.MaDonVi),

  async load(client, provinceId) {
    const { rows } = await client.query<{ code: string; parent: string | null }>(
      `SELECT a.code, p.code AS parent FROM agency a LEFT JOIN agency p ON p.province_id = a.province_id AND p.id = a.parent_id WHERE a.province_id = $1`, [provinceId]);
    return { stored: new Map(rows.map((r) => [r.code, r.parent])) };
  },

  schema: () => schema,
  keyOf: (r) => r.MaDonVi,
  checkBatch: checkReferences,

  async write(client, provinceId, _batchId, records) {
    const rows = await bulkUpsert(client, "agency", [
      { name: "province_id", type: "int" }, { name: "code", type: "text" }, { name: "name", type: "text" },
      { name: "level", type: "text", transform: "($)::agency_level" }, { name: "valid_from", type: "date" }, { name: "valid_to", type: "date" },
    ], [records.map(() => provinceId), records.map((r) => r.MaDonVi), records.map((r) => r.TenDonVi), records.map((r) => r.CapDonVi),
      records.map((r) => r.HieuLucTu), records.map((r) => r.HieuLucDen)],
    { conflict: ["province_id", "code"], keySql: (r) => `${r}.code`, update: ["name", "level", "valid_from", "valid_to"], touch: "updated_at = now()" });
    // links by code, now that every unit of the file exists
    const linked = await client.query<{ code: string }>(
      `UPDATE agency AS a SET parent_id = parent.id, successor_id = successor.id, updated_at = now()
         FROM unnest($2::text[], $3::text[], $4::text[]) AS u(code, parent_code, successor_code)
         LEFT JOIN agency AS parent ON parent.province_id = $1 AND parent.code = u.parent_code
         LEFT JOIN agency AS successor ON successor.province_id = $1 AND successor.code = u.successor_code
        WHERE a.province_id = $1 AND a.code = u.code AND (a.parent_id, a.successor_id) IS DISTINCT FROM (parent.id, successor.id)
        RETURNING a.code`,
      [provinceId, records.map((r) => r.MaDonVi), records.map((r) => r.MaDonViCha), records.map((r) => r.MaDonViKeThua)]);
    const inserted = new Set(rows.filter((r) => r.inserted).map((r) => r.key));
    const updated = new Set([...rows.filter((r) => !r.inserted).map((r) => r.key), ...linked.rows.map((r) => r.code)].filter((code) => !inserted.has(code)));
    return { inserted: [...inserted], updated: [...updated] };
  },
};
