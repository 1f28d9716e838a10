// Small import files written on the fly, and a province made by importing them (the way a real
// deployment starts): agencies with a TINH row, then procedures.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import iconv from "iconv-lite";
import { importFile, type ImportKind, type ImportSummary } from "@/lib/ingest";

/** A temporary directory for one test file's inputs. */
export function tempDir(prefix: string): { dir: string; file(name: string, content: string | Uint8Array): string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tthc-${prefix}-`));
  return {
    dir,
    file(name, content) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      return file;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** CSV text from rows of cells (comma, CRLF, cells quoted when needed). */
export function csv(rows: readonly (readonly (string | number | null)[])[], separator = ","): string {
  const cell = (v: string | number | null) => {
    const text = v === null ? "" : String(v);
    return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${rows.map((r) => r.map(cell).join(separator)).join("\r\n")}\r\n`;
}

/** Windows-1258 as Vietnamese Windows writes it: base letters (with â ê ô ă ơ ư đ) and separate tone marks. */
export function cp1258(text: string): Buffer {
  const decomposed = text.normalize("NFD").replace(/([a-zA-Z])([\u0302\u0306\u031b])/g, (_, base: string, mark: string) => (base + mark).normalize("NFC"));
  return iconv.encode(decomposed, "windows1258");
}

export const tcvn3 = (text: string) => iconv.encode(text, "tcvn");

export const AGENCIES_CSV = csv([
  ["MaDonVi", "TenDonVi", "CapDonVi", "MaDonViCha", "HieuLucTu", "HieuLucDen", "MaDonViKeThua"],
  ["000.00.00.H98", "UBND tỉnh Thử Nghiệm", "TINH", null, null, null, null],
  // the parent comes later in the file
  ["000.00.12.H98", "Sở Tài nguyên và Môi trường", "SO", "000.00.00.H98", "2020-01-01", "30/06/2025", "000.00.13.H98"],
  ["000.00.11.H98", "Sở Tư pháp", "SO", "000.00.00.H98", null, null, null],
  ["000.00.13.H98", "Sở Nông nghiệp và Môi trường", "SO", "000.00.00.H98", "01/07/2025", null, null],
  ["000.01.00.H98", "UBND xã Một", "XA", "000.00.00.H98", null, null, null],
]);

export const PROCEDURES_CSV = csv([
  ["MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "ThoiHanGiaiQuyet", "CapThucHien", "CoQuanThucHien", "MucDoDVC", "CoPhiLePhi", "DaCongBo", "NgayCongBo"],
  ["1.001", "Cấp phiếu lý lịch tư pháp", "G01", "Lý lịch tư pháp", "10", "TINH;SO", "000.00.11.H98", "TOAN_TRINH", "1", "1", "2025-07-01"],
  ["1.002", "Đăng ký đất đai lần đầu", "G02", "Đất đai", "3", "SO", "000.00.13.H98", "MOT_PHAN", "0", "1", "2025-07-01"],
  ["1.003", "Chứng thực bản sao", "G03", "Chứng thực", "0,5", "XA", null, null, "1", "0", null],
], ";");

/** Imports through the CLI's door (source CLI). */
export function importAs(url: string, kind: ImportKind, file: string, options: { dryRun?: boolean; batchSize?: number; province?: string } = {}): Promise<ImportSummary> {
  return importFile({ url, kind, caller: { source: "CLI" }, file: { path: file }, ...options });
}

/** A province made by importing AGENCIES_CSV and PROCEDURES_CSV. */
export async function importFixtureProvince(url: string, files: ReturnType<typeof tempDir>): Promise<void> {
  await importAs(url, "agencies", files.file("agencies.csv", AGENCIES_CSV));
  await importAs(url, "procedures", files.file("procedures.csv", PROCEDURES_CSV));
}

export const DOSSIER_HEADER = ["MaHoSo", "MaTTHC", "MaDonViXuLy", "KenhThucHien", "NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy", "TrangThaiHoSo", "ChuHoSo", "NgayCapNhat"];

/** A zip archive of uncompressed entries (enough to test what is or is not a workbook). */
export function storedZip(entries: [name: string, content: string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.from(content, "utf8");
    const fileName = Buffer.from(name, "utf8");
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
