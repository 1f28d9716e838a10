// Dossier files as a one-stop system exports them (DATA_FORMATS §3: national field names,
// yyyyMMddHHmmss local times), generated from the demo province so that they are realistic and
// reference its agencies and procedures. Written as a stream: any size, flat memory. Used by the
// import tests and by `npm run bench:import`.
import fs from "node:fs";
import { once } from "node:events";
import { csvCell } from "@/lib/csv";
import { generateDemoProvince, type DossierColumns } from "@/lib/seed/demo-generator";

export const DOSSIER_COLUMNS = [
  "MaHoSo", "MaTTHC", "MaDonViXuLy", "MaDonViTiepNhan", "KenhThucHien", "NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy", "NgayTra",
  "TrangThaiHoSo", "ChuHoSo", "LoaiDoiTuong", "DaDongBoDVCQG", "SoBuocXuLy", "SoLanBoSung", "CoPhieuXinLoi", "NgayHenTraMoi",
  "DuocThanhToanTrucTuyen", "HoSoCoThanhPhanSoHoa", "TaiKhoanDuocXacThucVoiVNeID", "KetQua_TenTep", "KetQua_LoaiTep", "KetQua_KichThuoc",
  "KetQua_SoTrangTrang", "KetQua_MaBam", "ThanhPhan_MaBam", "NgayCapNhat",
] as const;

/** yyyyMMddHHmmss in Vietnam time. */
export function nationalDateTime(d: Date | null): string {
  if (!d) return "";
  return new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace(/[-T:]/g, "");
}

const flag = (b: boolean | null) => (b === null ? "" : b ? "1" : "0");

/** The demo's dossiers as records of the exchange format (field → text). */
export function* demoDossierRecords(options: { dossiers: number; seed: string }): Generator<Record<(typeof DOSSIER_COLUMNS)[number], string>> {
  const demo = generateDemoProvince(options);
  const code = new Map(demo.agencies.map((a) => [a.key, a.code]));
  for (const d of demo.dossierChunks(5000) as Generator<DossierColumns>) {
    for (let i = 0; i < d.code.length; i++) {
      yield {
        MaHoSo: d.code[i]!, MaTTHC: d.procedureCode[i]!, MaDonViXuLy: code.get(d.resolvingAgencyKey[i]!)!, MaDonViTiepNhan: code.get(d.receivingAgencyKey[i]!)!,
        KenhThucHien: String(d.channel[i]), NgayTiepNhan: nationalDateTime(d.receivedAt[i]!), NgayHenTra: nationalDateTime(d.dueAt[i]!),
        NgayKetThucXuLy: nationalDateTime(d.finishedAt[i]!), NgayTra: nationalDateTime(d.returnedAt[i]!), TrangThaiHoSo: String(d.status[i]),
        ChuHoSo: d.applicantName[i]!, LoaiDoiTuong: String(d.applicantType[i]), DaDongBoDVCQG: flag(d.synced[i]!), SoBuocXuLy: String(d.processingSteps[i]),
        SoLanBoSung: String(d.supplementCount[i]), CoPhieuXinLoi: flag(d.apologyLetter[i]!), NgayHenTraMoi: nationalDateTime(d.apologyNewDueAt[i]!),
        DuocThanhToanTrucTuyen: d.onlinePayment[i] === null ? "" : String(d.onlinePayment[i]), HoSoCoThanhPhanSoHoa: flag(d.componentsDigitised[i]!),
        TaiKhoanDuocXacThucVoiVNeID: flag(d.vneidVerified[i]!), KetQua_TenTep: d.resultFileName[i] ?? "", KetQua_LoaiTep: d.resultFileType[i] ?? "",
        KetQua_KichThuoc: d.resultFileSize[i] === null ? "" : String(d.resultFileSize[i]), KetQua_SoTrangTrang: flag(d.resultFileBlank[i]!),
        KetQua_MaBam: d.resultFileSha256[i] ?? "", ThanhPhan_MaBam: d.componentSha256[i]!.join(";"),
        NgayCapNhat: nationalDateTime(d.returnedAt[i] ?? d.finishedAt[i] ?? d.receivedAt[i]!),
      };
    }
  }
}

/** Writes the demo's dossiers as a CSV file (UTF-8 with BOM, comma, quoted cells). */
export async function writeDemoDossierCsv(file: string, options: { dossiers: number; seed: string }): Promise<void> {
  const out = fs.createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`\uFEFF${DOSSIER_COLUMNS.join(",")}\r\n`);
  let lines: string[] = [];
  for (const r of demoDossierRecords(options)) {
    lines.push(DOSSIER_COLUMNS.map((c) => csvCell(r[c])).join(","));
    if (lines.length === 1000) {
      await write(`${lines.join("\r\n")}\r\n`);
      lines = [];
    }
  }
  if (lines.length) await write(`${lines.join("\r\n")}\r\n`);
  out.end();
  await once(out, "finish");
}
