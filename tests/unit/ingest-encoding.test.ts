import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { EncodingError, Utf8Validator, detectLegacyEncoding, encodingMessage, looksUtf16, vietnameseScore } from "@/lib/ingest/encoding";
import { sniffFormat } from "@/lib/ingest/source";
import { detectDelimiter } from "@/lib/ingest/readers/csv";
import { ImportError } from "@/lib/ingest/errors";
import { cp1258, tcvn3 } from "../helpers/import-files";

const TEXT = "MaHoSo,ChuHoSo,TenDonVi\n000.00.17.H20-240105-0012,Nguyễn Văn Bình,Sở Tài nguyên và Môi trường\nH2,Trần Thị Hồng Nhung,Ủy ban nhân dân xã Phú Đức; Đăng ký đất đai lần đầu\n";


describe("legacy encodings", () => {
  it("scores real Vietnamese as well-formed syllables", () => {
    expect(vietnameseScore(TEXT).share).toBe(1);
    expect(vietnameseScore("Taèi nguyờn Mụi trýừèng").share).toBeLessThan(0.5);
  });

  it("recognises Windows-1258, TCVN3 and UTF-16, and names how to convert", () => {
    expect(detectLegacyEncoding(cp1258(TEXT))).toBe("windows-1258");
    expect(detectLegacyEncoding(tcvn3(TEXT))).toBe("tcvn3");
    expect(detectLegacyEncoding(iconv.encode(TEXT, "utf16le"))).toBe("utf-16");
    expect(looksUtf16(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe(true);
    expect(encodingMessage("windows-1258")).toMatch(/Windows-1258.*CSV UTF-8.*iconv -f CP1258 -t UTF-8/s);
    expect(encodingMessage("tcvn3")).toMatch(/TCVN3.*Unikey/s);
    expect(encodingMessage(null)).toMatch(/không nhận ra bảng mã/);
  });

  it("does not name an encoding for bytes that read as no Vietnamese", () => {
    expect(detectLegacyEncoding(Buffer.from([0x41, 0xff, 0x42, 0xfe, 0x0a]))).toBeNull();
  });
});

describe("UTF-8 validation as a stream", () => {
  it("accepts UTF-8 cut anywhere across chunks, BOM included", () => {
    const bytes = Buffer.from(`\uFEFF${TEXT}`, "utf8");
    for (let cut = 1; cut < 40; cut++) {
      const v = new Utf8Validator();
      for (let at = 0; at < bytes.length; at += cut) v.check(bytes.subarray(at, at + cut));
      expect(() => v.end()).not.toThrow();
    }
  });

  it("refuses a file whose bytes are Windows-1258, saying so, even when the bad bytes come late", () => {
    const v = new Utf8Validator();
    v.check(Buffer.from("MaHoSo,ChuHoSo\n".repeat(100)));
    expect(() => v.check(cp1258(TEXT))).toThrow(EncodingError);
    try {
      new Utf8Validator().check(cp1258(TEXT));
    } catch (e) {
      expect((e as EncodingError).detected).toBe("windows-1258");
    }
  });

  it("refuses a multi-byte sequence cut short at the end of the file", () => {
    const v = new Utf8Validator();
    v.check(Buffer.from("ab", "utf8"));
    v.check(Buffer.from("ễ", "utf8").subarray(0, 2));
    expect(() => v.end()).toThrow(EncodingError);
  });
});

describe("file type and separator", () => {
  const head = (text: string) => Buffer.from(text, "utf8");
  it("tells workbooks, JSON and CSV apart by content", () => {
    expect(sniffFormat(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), "x.csv")).toEqual({ format: "xlsx" });
    expect(sniffFormat(head('\uFEFF  [{"MaHoSo":1}]'), "x.txt")).toEqual({ format: "json", firstChar: "[" });
    expect(sniffFormat(head('{"service":"DongBoHoSoMC","data":[]}'), "x.json")).toEqual({ format: "json", firstChar: "{" });
    expect(sniffFormat(head("MaHoSo,MaTTHC\n"), "x.csv")).toEqual({ format: "csv" });
  });

  it("refuses a .xlsx that is not a workbook, an old .xls, a binary file and a .json that is not JSON", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as ImportError).code;
      }
      return null;
    };
    expect(code(() => sniffFormat(head("MaHoSo,MaTTHC\n"), "hoso.xlsx"))).toBe("NOT_WORKBOOK");
    expect(code(() => sniffFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "hoso.xls"))).toBe("UNSUPPORTED");
    expect(code(() => sniffFormat(Buffer.from([0x41, 0x00, 0x42, 0x01, 0x00, 0x00, 0x07]), "hoso.csv"))).toBe("UNSUPPORTED");
    expect(code(() => sniffFormat(head("MaHoSo\n"), "hoso.json"))).toBe("MALFORMED");
  });

  const catalog = { fields: ["MaHoSo", "MaTTHC", "TenTTHC"], required: ["MaHoSo"] };
  it("takes comma or semicolon, whichever splits the header into known field names", () => {
    expect(detectDelimiter("MaHoSo,MaTTHC,TenTTHC", catalog)).toBe(",");
    expect(detectDelimiter("MaHoSo;MaTTHC;TenTTHC", catalog)).toBe(";");
    // a name with a comma inside a semicolon file
    expect(detectDelimiter('MaHoSo;MaTTHC;"Tên, ghi chú"', catalog)).toBe(";");
  });

  it("refuses tabs, pipes and a header of one column, saying what to do", () => {
    expect(() => detectDelimiter("MaHoSo\tMaTTHC\tTenTTHC", catalog)).toThrow(/dấu Tab.*dấu phẩy \(,\) hoặc chấm phẩy \(;\)/);
    expect(() => detectDelimiter("MaHoSo|MaTTHC|TenTTHC", catalog)).toThrow(/dấu \|/);
    expect(() => detectDelimiter("MaHoSo MaTTHC TenTTHC", catalog)).toThrow(/chỉ có một cột/);
  });
});
