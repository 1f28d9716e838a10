// National index snapshots (DATA_FORMATS §6): the score and rank of every province on the
// national portal, key (Ky, MaTinh). National data, not the importing province's.
import { z } from "zod";
import { bulkUpsert, type BulkColumn } from "@/lib/db/bulk";
import { parseDecimal, parseInteger, parseText, type Parsed } from "../values";
import { optional, required } from "../schema";
import { rawText, type KindDefinition } from "./kind";

function calendarPeriod(text: string): Parsed<string> {
  const value = text.toUpperCase();
  return /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/.test(value)
    ? { ok: true, value }
    : { ok: false, message: `Kỳ "${text}" không hợp lệ: dùng kỳ theo lịch 2024-09 (tháng), 2024-Q3 (quý) hoặc 2024 (năm).` };
}

const score = optional((t) => parseDecimal(t, 0, 100));

const schema = z
  .object({
    Ky: required(calendarPeriod),
    MaTinh: required((t) => (/^[A-Za-z0-9]{2,10}$/.test(t) ? { ok: true as const, value: t.toUpperCase() } : { ok: false as const, message: `Mã tỉnh "${t}" không hợp lệ (ví dụ H38).` })),
    TenTinh: required((t) => parseText(t, 200)),
    TongDiem: required((t) => parseDecimal(t, 0, 100)),
    XepHang: required((t) => parseInteger(t, 1, 100)),
    SoTinh: required((t) => parseInteger(t, 1, 100)),
    CongKhaiMinhBach: score,
    TienDo: score,
    DichVuTrucTuyen: score,
    ThanhToanTrucTuyen: score,
    MucDoHaiLong: score,
    SoHoa: score,
  })
  .superRefine((r, ctx) => {
    if (r.XepHang > r.SoTinh) ctx.addIssue({ code: "custom", path: ["XepHang"], message: `Hạng ${r.XepHang} lớn hơn số tỉnh được xếp hạng (${r.SoTinh}).`, input: r.XepHang });
  });

export type SnapshotRecord = z.infer<typeof schema>;

const COLUMNS: BulkColumn[] = [
  { name: "period", type: "text" }, { name: "province_code", type: "text" }, { name: "province_name", type: "text" }, { name: "total", type: "numeric" },
  { name: "rank", type: "int" }, { name: "provinces_ranked", type: "int" }, { name: "transparency", type: "numeric" }, { name: "progress", type: "numeric" },
  { name: "online_service", type: "numeric" }, { name: "online_payment", type: "numeric" }, { name: "satisfaction", type: "numeric" }, { name: "digitisation", type: "numeric" },
];

export const indexSnapshots: KindDefinition<SnapshotRecord, null> = {
  kind: "index-snapshots",
  dbKind: "INDEX_SNAPSHOTS",
  catalog: {
    fields: ["Ky", "MaTinh", "TenTinh", "TongDiem", "XepHang", "SoTinh", "CongKhaiMinhBach", "TienDo", "DichVuTrucTuyen", "ThanhToanTrucTuyen", "MucDoHaiLong", "SoHoa"],
    required: ["Ky", "MaTinh", "TenTinh", "TongDiem", "XepHang", "SoTinh"],
  },
  keyField: "Ky, MaTinh",
  batchSize: 5000,
  rawKey: (values) => {
    const period = rawText(values.Ky);
    const province = rawText(values.MaTinh);
    return period || province ? `${period?.toUpperCase() ?? ""}|${province?.toUpperCase() ?? ""}` : null;
  },
  load: async () => null,
  schema: () => schema,
  keyOf: (r) => `${r.Ky}|${r.MaTinh}`,

  async write(client, _provinceId, _batchId, records) {
    const rows = await bulkUpsert(client, "national_index_snapshot", COLUMNS, [
      records.map((r) => r.Ky), records.map((r) => r.MaTinh), records.map((r) => r.TenTinh), records.map((r) => r.TongDiem),
      records.map((r) => r.XepHang), records.map((r) => r.SoTinh), records.map((r) => r.CongKhaiMinhBach), records.map((r) => r.TienDo),
      records.map((r) => r.DichVuTrucTuyen), records.map((r) => r.ThanhToanTrucTuyen), records.map((r) => r.MucDoHaiLong), records.map((r) => r.SoHoa),
    ], { conflict: ["period", "province_code"], keySql: (r) => `${r}.period || '|' || ${r}.province_code`, update: COLUMNS.slice(2).map((c) => c.name), touch: "imported_at = now()" });
    return { inserted: rows.filter((r) => r.inserted).map((r) => r.key), updated: rows.filter((r) => !r.inserted).map((r) => r.key) };
  },
};
