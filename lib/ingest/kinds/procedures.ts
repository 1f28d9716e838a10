// Procedures (DATA_FORMATS §2), key MaTTHC; their fields (MaLinhVuc, TenLinhVuc) are upserted
// with them and CoQuanThucHien becomes the procedure's implementing agencies. A procedure that
// changed (legal time, field, fees…) moves the legal due dates of its dossiers and their
// statistics: both are recomputed in the same transaction.
import { z } from "zod";
import { bulkInsert, bulkUpsert, type BulkColumn } from "@/lib/db/bulk";
import { recomputeLegalDueDates } from "@/lib/stats/calendar";
import { refreshDossierSummary } from "@/lib/stats/summary";
import { parseDate, parseDecimal, parseEnum, parseFlag, parseText, splitList, type Parsed } from "../values";
import { optional, required } from "../schema";
import { rawText, type KindDefinition } from "./kind";

const LEVELS = ["TINH", "SO", "HUYEN", "XA"] as const;
const ONLINE_LEVELS = ["TOAN_TRINH", "MOT_PHAN", "KHONG"] as const;

export interface ProcedureContext {
  agencies: Map<string, number>;
  /** procedures rewritten by this import (not new ones): their dossiers' derived data is rebuilt */
  changedCodes: Set<string>;
}

function levels(text: string): Parsed<string[]> {
  const values: string[] = [];
  for (const part of splitList(text)) {
    const r = parseEnum(part, LEVELS);
    if (!r.ok) return { ok: false, message: `Cấp thực hiện "${part}" không hợp lệ; chỉ nhận ${LEVELS.join(", ")} (ngăn cách bằng dấu ;).` };
    if (!values.includes(r.value)) values.push(r.value);
  }
  return values.length ? { ok: true, value: values } : { ok: false, message: "Cần ít nhất một cấp thực hiện." };
}

function procedureSchema(context: ProcedureContext) {
  const agencyIds = (text: string): Parsed<number[]> => {
    const ids: number[] = [];
    for (const code of splitList(text)) {
      const id = context.agencies.get(code);
      if (id === undefined) return { ok: false, message: `Không có cơ quan, đơn vị mã ${code} trong danh mục của tỉnh.` };
      if (!ids.includes(id)) ids.push(id);
    }
    return { ok: true, value: ids.sort((a, b) => a - b) };
  };
  return z.object({
    MaTTHC: required((t) => parseText(t, 50)),
    TenTTHC: required((t) => parseText(t, 1000)),
    MaLinhVuc: required((t) => parseText(t, 50)),
    TenLinhVuc: required((t) => parseText(t, 500)),
    ThoiHanGiaiQuyet: required((t) => parseDecimal(t, 0, 99999)),
    CapThucHien: required(levels),
    CoQuanThucHien: optional(agencyIds),
    MucDoDVC: optional((t) => parseEnum(t, ONLINE_LEVELS)),
    CoPhiLePhi: optional(parseFlag),
    DaCongBo: optional(parseFlag),
    NgayCongBo: optional(parseDate),
  });
}

export type ProcedureRecord = z.infer<ReturnType<typeof procedureSchema>>;

const COLUMNS: BulkColumn[] = [
  { name: "province_id", type: "int" }, { name: "code", type: "text" }, { name: "name", type: "text" }, { name: "field_id", type: "int" },
  { name: "legal_days", type: "numeric" }, { name: "competent_levels", type: "text", transform: "string_to_array($, ';')::agency_level[]" },
  { name: "online_level", type: "text", transform: "($)::online_level" }, { name: "has_fees", type: "bool" },
  { name: "published", type: "bool" }, { name: "published_on", type: "date" },
];

export const procedures: KindDefinition<ProcedureRecord, ProcedureContext> = {
  kind: "procedures",
  dbKind: "PROCEDURES",
  catalog: {
    fields: ["MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "ThoiHanGiaiQuyet", "CapThucHien", "CoQuanThucHien", "MucDoDVC", "CoPhiLePhi", "DaCongBo", "NgayCongBo"],
    required: ["MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "ThoiHanGiaiQuyet", "CapThucHien"],
  },
  keyField: "MaTTHC",
  batchSize: 5000,
  rawKey: (values) => rawText(values.MaTTHC),

  async load(client, provinceId) {
    const { rows } = await client.query<{ code: string; id: number }>(`SELECT code, id FROM agency WHERE province_id = $1`, [provinceId]);
    return { agencies: new Map(rows.map((a) => [a.code, a.id])), changedCodes: new Set() };
  },

  schema: procedureSchema,
  keyOf: (r) => r.MaTTHC,

  async write(client, provinceId, _batchId, records, context) {
    // fields first (the last name given for a code wins), then the procedures that reference them
    const fieldNames = new Map(records.map((r) => [r.MaLinhVuc, r.TenLinhVuc]));
    await bulkUpsert(client, "field", [{ name: "province_id", type: "int" }, { name: "code", type: "text" }, { name: "name", type: "text" }],
      [[...fieldNames.keys()].map(() => provinceId), [...fieldNames.keys()], [...fieldNames.values()]],
      { conflict: ["province_id", "code"], keySql: (r) => `${r}.code`, update: ["name"], touch: "updated_at = now()" });
    const fieldIds = new Map((await client.query<{ code: string; id: number }>(
      `SELECT code, id FROM field WHERE province_id = $1 AND code = ANY($2::text[])`, [provinceId, [...fieldNames.keys()]])).rows.map((f) => [f.code, f.id]));

    const rows = await bulkUpsert(client, "procedure", COLUMNS, [
      records.map(() => provinceId), records.map((r) => r.MaTTHC), records.map((r) => r.TenTTHC), records.map((r) => fieldIds.get(r.MaLinhVuc)!),
      records.map((r) => r.ThoiHanGiaiQuyet), records.map((r) => r.CapThucHien.join(";")), records.map((r) => r.MucDoDVC ?? "KHONG"),
      records.map((r) => r.CoPhiLePhi ?? false), records.map((r) => r.DaCongBo ?? false), records.map((r) => r.NgayCongBo),
    ], { conflict: ["province_id", "code"], keySql: (r) => `${r}.code`, update: COLUMNS.slice(2).map((c) => c.name), touch: "updated_at = now()" });
    const inserted = new Set(rows.filter((r) => r.inserted).map((r) => r.key));
    const updated = new Set(rows.filter((r) => !r.inserted).map((r) => r.key));

    // CoQuanThucHien: replace a procedure's agencies where they differ (absent: any agency of a competent level)
    const { rows: current } = await client.query<{ code: string; id: number; agencies: number[] }>(
      `SELECT p.code, p.id, coalesce(array_agg(pa.agency_id ORDER BY pa.agency_id) FILTER (WHERE pa.agency_id IS NOT NULL), '{}') AS agencies
       FROM procedure p LEFT JOIN procedure_agency pa ON pa.province_id = p.province_id AND pa.procedure_id = p.id
       WHERE p.province_id = $1 AND p.code = ANY($2::text[]) GROUP BY p.code, p.id`,
      [provinceId, records.map((r) => r.MaTTHC)]);
    const byCode = new Map(current.map((c) => [c.code, c]));
    const relinked = records.filter((r) => (r.CoQuanThucHien ?? []).join(",") !== byCode.get(r.MaTTHC)!.agencies.join(","));
    if (relinked.length) {
      const ids = relinked.map((r) => byCode.get(r.MaTTHC)!.id);
      await client.query(`DELETE FROM procedure_agency WHERE province_id = $1 AND procedure_id = ANY($2::int[])`, [provinceId, ids]);
      const links = relinked.flatMap((r) => (r.CoQuanThucHien ?? []).map((agencyId) => [byCode.get(r.MaTTHC)!.id, agencyId] as const));
      await bulkInsert(client, "procedure_agency", [{ name: "province_id", type: "int" }, { name: "procedure_id", type: "int" }, { name: "agency_id", type: "int" }],
        [links.map(() => provinceId), links.map((l) => l[0]), links.map((l) => l[1])]);
      for (const r of relinked) if (!inserted.has(r.MaTTHC)) updated.add(r.MaTTHC);
    }
    for (const code of rows.filter((r) => !r.inserted).map((r) => r.key)) context.changedCodes.add(code);
    return { inserted: [...inserted], updated: [...updated] };
  },

  async finish(client, provinceId, context) {
    if (context.changedCodes.size === 0) return;
    const ids = (await client.query<{ id: number }>(`SELECT id FROM procedure WHERE province_id = $1 AND code = ANY($2::text[])`,
      [provinceId, [...context.changedCodes]])).rows.map((r) => r.id);
    await recomputeLegalDueDates(client, provinceId, { procedureIds: ids });
    const agencies = (await client.query<{ agency_id: number }>(
      `SELECT DISTINCT resolving_agency_id AS agency_id FROM dossier WHERE province_id = $1 AND procedure_id = ANY($2::int[])`, [provinceId, ids])).rows;
    await refreshDossierSummary(client, provinceId, agencies.map((a) => a.agency_id));
  },
};
