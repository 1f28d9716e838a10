// Dossiers (DATA_FORMATS §3), key MaHoSo. Codes of procedures and agencies resolve through maps
// loaded once per import; the local calendar dates and the legal due date are derived here, so a
// batch is one multi-row upsert. A record whose NgayCapNhat is older than the stored one's
// leaves the stored dossier as it is. The statistics summary is updated in the same transaction
// by difference: each batch's upsert saves the stored version of every dossier it rewrites
// (the version from before the import: a dossier this import already wrote is not saved again),
// and at the end the summary loses what those versions counted and gains what the dossiers
// written count now — however many dossiers their agencies hold, and wherever a dossier moved
// (agency, procedure, dates).
import { z } from "zod";
import { bulkUpsert } from "@/lib/db/bulk";
import { DOSSIER_COLUMNS } from "@/lib/db/dossier-columns";
import type { SqlClient } from "@/lib/db/sql";
import { formatDateTime } from "@/lib/format";
import { legalDueAt } from "@/lib/domain/working-days";
import { localDayOf } from "@/lib/domain/local-time";
import { loadProvinceCalendar, type ProvinceCalendar } from "@/lib/stats/calendar";
import { updateDossierSummary } from "@/lib/stats/summary";
import { localDateOf, parseCode, parseDateTime, parseFlag, parseInteger, parseSha256, parseText, splitList, type Parsed } from "../values";
import { optional, reference, required, zodIssues } from "../schema";
import { rawText, type KindDefinition } from "./kind";

interface ProcedureRef {
  id: number;
  legalDays: number;
  legalDaysOnline: number | null;
}

export interface DossierContext {
  agencies: Map<string, number>;
  procedures: Map<string, ProcedureRef>;
  calendar: ProvinceCalendar;
  /** later than this, a reception date is in the future */
  latestReception: number;
  /** the planner's row count of the dossier table, and the dossiers inserted since it was gathered (see keepPlannerStatistics) */
  plannerRows: number;
  insertedSinceStatistics: number;
}

/** Dossier table size, as the planner believes it (pg_class.reltuples; -1 when never analyzed). */
async function plannerRowsOfDossiers(client: SqlClient): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`SELECT greatest(reltuples, 0)::float8 AS n FROM pg_class WHERE oid = 'dossier'::regclass`);
  return Number(rows[0]!.n);
}

/**
 * Keeps the planner's statistics of the dossier table in step with a large import. Statistics
 * describe committed data, so an import into an empty (or emptied) table would plan every batch
 * for a table of no rows — and then the upsert's probe of each record may walk another index
 * than the unique (province_id, code) one, reading every dossier of the province per record
 * (measured: a batch of 5,000 took 8–14 s instead of ~0.3 s once a rolled-back import had left
 * the table large but its statistics empty; the final summary update suffers alike). PGlite
 * runs no autovacuum at all. So once the import has inserted more dossiers than the statistics
 * know of (and at least 10,000), ANALYZE samples the table again — rows this transaction
 * inserted count as live — i.e. at each doubling: a few times per large import, never for a
 * push of a few dossiers.
 */
async function keepPlannerStatistics(client: SqlClient, context: DossierContext, inserted: number): Promise<void> {
  context.insertedSinceStatistics += inserted;
  if (context.insertedSinceStatistics < Math.max(10_000, context.plannerRows)) return;
  await client.query("ANALYZE dossier");
  context.plannerRows = await plannerRowsOfDossiers(client);
  context.insertedSinceStatistics = 0;
}

const FIELDS = [
  "MaHoSo", "MaTTHC", "MaDonViXuLy", "MaDonViTiepNhan", "KenhThucHien", "NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy", "NgayTra",
  "TrangThaiHoSo", "ChuHoSo", "LoaiDoiTuong", "DaDongBoDVCQG", "SoBuocXuLy", "SoLanBoSung", "CoPhieuXinLoi", "NgayHenTraMoi",
  "DuocThanhToanTrucTuyen", "HoSoCoThanhPhanSoHoa", "TaiKhoanDuocXacThucVoiVNeID", "KetQua_TenTep", "KetQua_LoaiTep", "KetQua_KichThuoc",
  "KetQua_SoTrangTrang", "KetQua_MaBam", "ThanhPhan_MaBam", "NgayCapNhat",
] as const;
const REQUIRED = ["MaHoSo", "MaTTHC", "MaDonViXuLy", "KenhThucHien", "NgayTiepNhan", "TrangThaiHoSo"] as const;

const STATUSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** One file of the nested lists DanhSachGiayToKetQua[] / TaiLieuNop[]: {"name","type","size","sha256"}. */
export interface FileMeta {
  name: string | null;
  type: string | null;
  size: number | null;
  sha256: string | null;
}

const FileItem = z.object({
  TenTep: optional((t) => parseText(t, 500)),
  LoaiTep: optional((t) => parseText(t, 200)),
  KichThuoc: optional((t) => parseInteger(t, 0, Number.MAX_SAFE_INTEGER)),
  MaBam: optional(parseSha256),
});

/** A nested list of files (JSON only): each item's problems are reported on the list's field. */
const fileList = z.unknown().optional().transform((input, ctx): FileMeta[] | null => {
  if (input === null || input === undefined) return null;
  if (!Array.isArray(input)) {
    ctx.addIssue({ code: "custom", message: "Cần một danh sách ([…]) các tệp.", input });
    return z.NEVER;
  }
  const files: FileMeta[] = [];
  for (const [i, item] of input.entries()) {
    const parsed = item && typeof item === "object" && !Array.isArray(item) ? FileItem.safeParse(item) : null;
    if (!parsed?.success) {
      const detail = parsed ? zodIssues(parsed.error).map((e) => `${e.field}: ${e.message}`).join("; ") : "phải là một đối tượng {TenTep, LoaiTep, KichThuoc, MaBam}";
      ctx.addIssue({ code: "custom", message: `Mục thứ ${i + 1}: ${detail}`, input });
      return z.NEVER;
    }
    const f = parsed.data;
    files.push({ name: f.TenTep, type: f.LoaiTep, size: f.KichThuoc, sha256: f.MaBam });
  }
  return files;
});

function sha256List(text: string): Parsed<string[]> {
  const hashes: string[] = [];
  for (const part of splitList(text)) {
    const r = parseSha256(part);
    if (!r.ok) return r;
    hashes.push(r.value);
  }
  return { ok: true, value: hashes };
}

const when = (ms: number) => formatDateTime(new Date(ms));

function dossierSchema(context: DossierContext) {
  const agency = reference(context.agencies, (code) => `Không có cơ quan, đơn vị mã ${code} trong danh mục của tỉnh (nhập danh mục cơ quan trước).`);
  const procedure = reference(context.procedures, (code) => `Không có thủ tục mã ${code} trong danh mục thủ tục của tỉnh (nhập danh mục thủ tục trước).`);
  return z
    .object({
      MaHoSo: required((t) => parseText(t, 100)),
      MaTTHC: required(procedure),
      MaDonViXuLy: required(agency),
      MaDonViTiepNhan: optional(agency),
      KenhThucHien: required((t) => parseCode(t, [1, 2, 3])),
      NgayTiepNhan: required(parseDateTime),
      NgayHenTra: optional(parseDateTime),
      NgayKetThucXuLy: optional(parseDateTime),
      NgayTra: optional(parseDateTime),
      TrangThaiHoSo: required((t) => parseCode(t, STATUSES)),
      ChuHoSo: optional((t) => parseText(t, 500)),
      LoaiDoiTuong: optional((t) => parseCode(t, [1, 2, 3, 4])),
      DaDongBoDVCQG: optional(parseFlag),
      SoBuocXuLy: optional((t) => parseInteger(t, 0, 1_000_000)),
      SoLanBoSung: optional((t) => parseInteger(t, 0, 1_000_000)),
      CoPhieuXinLoi: optional(parseFlag),
      NgayHenTraMoi: optional(parseDateTime),
      DuocThanhToanTrucTuyen: optional((t) => parseCode(t, [0, 1, 2])),
      HoSoCoThanhPhanSoHoa: optional(parseFlag),
      TaiKhoanDuocXacThucVoiVNeID: optional(parseFlag),
      KetQua_TenTep: optional((t) => parseText(t, 500)),
      KetQua_LoaiTep: optional((t) => parseText(t, 200)),
      KetQua_KichThuoc: optional((t) => parseInteger(t, 0, Number.MAX_SAFE_INTEGER)),
      KetQua_SoTrangTrang: optional(parseFlag),
      KetQua_MaBam: optional(parseSha256),
      ThanhPhan_MaBam: optional(sha256List),
      NgayCapNhat: optional(parseDateTime),
      DanhSachGiayToKetQua: fileList,
      TaiLieuNop: fileList,
    })
    .superRefine((r, ctx) => {
      // impossible orders are refused here, before the database's CHECK constraints would abort the batch
      const received = r.NgayTiepNhan;
      const before = (field: string, value: number | null, label: string, limit: number, limitLabel: string) => {
        if (value !== null && value < limit) ctx.addIssue({ code: "custom", path: [field], message: `${label} (${when(value)}) trước ${limitLabel} (${when(limit)}).`, input: value });
      };
      if (received > context.latestReception) {
        ctx.addIssue({ code: "custom", path: ["NgayTiepNhan"], message: `Ngày tiếp nhận ${when(received)} ở tương lai.`, input: received });
      }
      before("NgayHenTra", r.NgayHenTra, "Ngày hẹn trả", received, "ngày tiếp nhận");
      before("NgayKetThucXuLy", r.NgayKetThucXuLy, "Ngày kết thúc xử lý", received, "ngày tiếp nhận");
      before("NgayTra", r.NgayTra, "Ngày trả kết quả", received, "ngày tiếp nhận");
      if (r.NgayKetThucXuLy !== null) before("NgayTra", r.NgayTra, "Ngày trả kết quả", r.NgayKetThucXuLy, "ngày kết thúc xử lý");
      before("NgayHenTraMoi", r.NgayHenTraMoi, "Ngày hẹn trả mới", received, "ngày tiếp nhận");
    });
}

export type DossierRecord = z.infer<ReturnType<typeof dossierSchema>>;

const COLUMNS = DOSSIER_COLUMNS;
const NOT_COMPARED = new Set<string>(["province_id", "code", "import_batch_id"]);
const UPDATED = COLUMNS.map((c) => c.name).filter((n) => !NOT_COMPARED.has(n));

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const localDate = (ms: number | null) => (ms === null ? null : localDateOf(ms));
const filesJson = (files: FileMeta[] | null) => (files && files.length ? JSON.stringify(files) : null);

/** The column arrays of a batch, in COLUMNS order. */
function columnsOf(records: DossierRecord[], provinceId: number, batchId: number, context: DossierContext): unknown[][] {
  const columns: unknown[][] = COLUMNS.map(() => new Array(records.length));
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const procedure = r.MaTTHC;
    const received = new Date(r.NgayTiepNhan);
    // a dossier never received (filed online and not yet accepted, or refused at reception) has no legal time running
    const legalDue = r.TrangThaiHoSo === 1 || r.TrangThaiHoSo === 3 ? null
      : legalDueAt(context.calendar.forDay(localDayOf(received)), procedure, received, r.KenhThucHien).getTime();
    // the JSON lists stand in for the flat fields a CSV carries when those are absent
    const result = r.DanhSachGiayToKetQua?.[0];
    const components = r.ThanhPhan_MaBam ?? r.TaiLieuNop?.map((f) => f.sha256).filter((h): h is string => h !== null) ?? [];
    const row = [
      provinceId, r.MaHoSo, procedure.id,
      r.MaDonViXuLy, r.MaDonViTiepNhan, r.KenhThucHien,
      r.TrangThaiHoSo, received.toISOString(), iso(r.NgayHenTra),
      iso(r.NgayKetThucXuLy), iso(r.NgayTra), localDateOf(r.NgayTiepNhan),
      localDate(r.NgayHenTra), localDate(r.NgayKetThucXuLy), iso(legalDue),
      localDate(legalDue), r.ChuHoSo, r.LoaiDoiTuong,
      r.DaDongBoDVCQG ?? false, r.SoBuocXuLy, r.SoLanBoSung,
      r.CoPhieuXinLoi ?? false, iso(r.NgayHenTraMoi), r.DuocThanhToanTrucTuyen,
      r.HoSoCoThanhPhanSoHoa, r.TaiKhoanDuocXacThucVoiVNeID, r.KetQua_TenTep ?? result?.name ?? null,
      r.KetQua_LoaiTep ?? result?.type ?? null, r.KetQua_KichThuoc ?? result?.size ?? null, r.KetQua_SoTrangTrang,
      r.KetQua_MaBam ?? result?.sha256 ?? null, components.join(";"),
      filesJson(r.TaiLieuNop), filesJson(r.DanhSachGiayToKetQua), iso(r.NgayCapNhat),
      batchId,
    ];
    for (let c = 0; c < row.length; c++) columns[c]![i] = row[c];
  }
  return columns;
}

export const dossiers: KindDefinition<DossierRecord, DossierContext> = {
  kind: "dossiers",
  dbKind: "DOSSIERS",
  catalog: { fields: FIELDS, required: REQUIRED, jsonOnly: ["DanhSachGiayToKetQua", "TaiLieuNop"] },
  keyField: "MaHoSo",
  batchSize: 5000,
  rawKey: (values) => rawText(values.MaHoSo),

  async load(client, provinceId) {
    // the dossiers as they were before the import, for the summary's update (see `finish`)
    await client.query(`CREATE TEMP TABLE dossier_before (LIKE dossier, PRIMARY KEY (province_id, code)) ON COMMIT DROP`);
    const agencies = (await client.query<{ code: string; id: number }>(`SELECT code, id FROM agency WHERE province_id = $1`, [provinceId])).rows;
    const procedures = (await client.query<{ code: string; id: number; legal_days: string; legal_days_online: string | null }>(
      `SELECT code, id, legal_days::text AS legal_days, legal_days_online::text AS legal_days_online FROM procedure WHERE province_id = $1`, [provinceId])).rows;
    return {
      agencies: new Map(agencies.map((a) => [a.code, a.id])),
      procedures: new Map(procedures.map((p) => [p.code, { id: p.id, legalDays: Number(p.legal_days), legalDaysOnline: p.legal_days_online === null ? null : Number(p.legal_days_online) }])),
      calendar: await loadProvinceCalendar(client, provinceId),
      latestReception: Date.now() + 86_400_000,
      plannerRows: await plannerRowsOfDossiers(client),
      insertedSinceStatistics: 0,
    };
  },

  schema: dossierSchema,
  keyOf: (r) => r.MaHoSo,
  // the later NgayCapNhat wins; without one on either side, the later record does
  supersedes: (later, earlier) => later.NgayCapNhat === null || earlier.NgayCapNhat === null || later.NgayCapNhat >= earlier.NgayCapNhat,

  async write(client, provinceId, batchId, records, context) {
    const rows = await bulkUpsert(client, "dossier", COLUMNS, columnsOf(records, provinceId, batchId, context), {
      conflict: ["province_id", "code"],
      keySql: (r) => `${r}.code`,
      update: UPDATED,
      touch: "import_batch_id = EXCLUDED.import_batch_id, updated_at = now()",
      // the same rule as `supersedes`, against the stored dossier
      updateWhen: (stored, incoming) =>
        `${stored}.source_updated_at IS NULL OR ${incoming}.source_updated_at IS NULL OR ${incoming}.source_updated_at >= ${stored}.source_updated_at`,
      // a dossier an earlier batch of this import wrote already has its version from before saved, or none
      saveStored: { into: "dossier_before", when: (stored) => `${stored}.import_batch_id IS DISTINCT FROM ${batchId}` },
    });
    const inserted = rows.filter((r) => r.inserted).map((r) => r.key);
    await keepPlannerStatistics(client, context, inserted.length);
    return { inserted, updated: rows.filter((r) => !r.inserted).map((r) => r.key) };
  },

  async finish(client, provinceId) {
    await updateDossierSummary(client, provinceId, {
      before: "dossier_before",
      // every dossier the import inserted or rewrote (import_key: what each batch did to each key)
      after: `(SELECT * FROM dossier WHERE province_id = $1 AND code IN (SELECT key FROM import_key WHERE outcome <> 'N'))`,
    });
  },
};
