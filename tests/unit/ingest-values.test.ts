import { describe, expect, it } from "vitest";
import { cellText, localDateOf, parseCode, parseDate, parseDateTime, parseDecimal, parseEnum, parseFlag, parseInteger, parseSha256, parseText, splitList } from "@/lib/ingest/values";

const value = <T,>(r: { ok: true; value: T } | { ok: false; message: string }) => (r.ok ? r.value : `ERR ${r.message}`);
const iso = (r: ReturnType<typeof parseDateTime>) => (r.ok ? new Date(r.value).toISOString() : `ERR ${r.message}`);

describe("date-times of the exchange formats", () => {
  it("reads the national yyyyMMddHHmmss as local time in Vietnam (UTC+7), whatever the server's zone", () => {
    expect(iso(parseDateTime("20240105083000"))).toBe("2024-01-05T01:30:00.000Z");
    expect(iso(parseDateTime("20240229235959"))).toBe("2024-02-29T16:59:59.000Z");
  });

  it("reads ISO 8601 with or without an offset (none = Vietnam), T or space, seconds and fractions optional", () => {
    expect(iso(parseDateTime("2024-01-05T08:30:00"))).toBe("2024-01-05T01:30:00.000Z");
    expect(iso(parseDateTime("2024-01-05 08:30"))).toBe("2024-01-05T01:30:00.000Z");
    expect(iso(parseDateTime("2024-01-05T08:30:00.250"))).toBe("2024-01-05T01:30:00.250Z");
    expect(iso(parseDateTime("2024-01-05T01:30:00Z"))).toBe("2024-01-05T01:30:00.000Z");
    expect(iso(parseDateTime("2024-01-05T08:30:00+07:00"))).toBe("2024-01-05T01:30:00.000Z");
    expect(iso(parseDateTime("2024-01-04T20:30:00-0500"))).toBe("2024-01-05T01:30:00.000Z");
  });

  it("takes a date alone, and dd/MM/yyyy HH:mm as Excel shows it in Vietnamese, as local time", () => {
    expect(iso(parseDateTime("2024-01-05"))).toBe("2024-01-04T17:00:00.000Z");
    expect(iso(parseDateTime("20240105"))).toBe("2024-01-04T17:00:00.000Z");
    expect(iso(parseDateTime("05/01/2024"))).toBe("2024-01-04T17:00:00.000Z");
    expect(iso(parseDateTime("5/1/2024 8:30"))).toBe("2024-01-05T01:30:00.000Z");
  });

  it("refuses impossible dates and times, other layouts and absurd years, in Vietnamese", () => {
    for (const bad of ["20240230083000", "20241301083000", "20240105246000", "2024-02-30T08:00:00", "2024-01-05T08:30:00+25:00", "31/02/2024 08:00", "18991231000000"]) {
      expect(iso(parseDateTime(bad)), bad).toMatch(/^ERR Ngày giờ không tồn tại/);
    }
    for (const bad of ["2024/01/05", "05-01-2024", "hôm qua", "45292", "2024-1-5T08:30"]) {
      expect(iso(parseDateTime(bad)), bad).toMatch(/^ERR Ngày giờ không hợp lệ: .* \(dùng yyyyMMddHHmmss hoặc ISO 8601/);
    }
  });
});

describe("dates", () => {
  it("reads yyyyMMdd, yyyy-MM-dd and dd/MM/yyyy (one-digit day and month too)", () => {
    expect(value(parseDate("20240229"))).toBe("2024-02-29");
    expect(value(parseDate("2024-02-29"))).toBe("2024-02-29");
    expect(value(parseDate("29/02/2024"))).toBe("2024-02-29");
    expect(value(parseDate("1/7/2025"))).toBe("2025-07-01");
  });

  it("knows leap years and month lengths", () => {
    expect(value(parseDate("2023-02-29"))).toMatch(/^ERR Ngày không tồn tại/);
    expect(value(parseDate("2000-02-29"))).toBe("2000-02-29");
    expect(value(parseDate("1900-02-29"))).toMatch(/^ERR/);
    expect(value(parseDate("2024-04-31"))).toMatch(/^ERR/);
    expect(value(parseDate("2024-12-31"))).toBe("2024-12-31");
  });

  it("refuses other layouts, naming the accepted ones", () => {
    expect(value(parseDate("2024.01.05"))).toBe('ERR Ngày không hợp lệ: "2024.01.05" (dùng yyyyMMdd, yyyy-MM-dd hoặc dd/MM/yyyy).');
    expect(value(parseDate("01/2024"))).toMatch(/^ERR/);
  });

  it("gives the local calendar date of an instant (17:00 UTC is the next day in Vietnam)", () => {
    expect(localDateOf(Date.parse("2024-03-14T16:59:59.999Z"))).toBe("2024-03-14");
    expect(localDateOf(Date.parse("2024-03-14T17:00:00.000Z"))).toBe("2024-03-15");
  });
});

describe("flags, numbers, code lists, text", () => {
  it("reads flags 0/1 and true/false in any case", () => {
    expect(["1", "0", "true", "FALSE", "True"].map((t) => value(parseFlag(t)))).toEqual([true, false, true, false, true]);
    expect(value(parseFlag("có"))).toBe('ERR Giá trị "có" không hợp lệ: dùng 0 hoặc 1 (hoặc true/false).');
    expect(value(parseFlag("2"))).toMatch(/^ERR/);
  });

  it("reads whole numbers within bounds", () => {
    expect(value(parseInteger("42", 0, 100))).toBe(42);
    expect(value(parseInteger("-1", 0, 100))).toBe("ERR Giá trị -1 nằm ngoài khoảng cho phép (0–100).");
    expect(value(parseInteger("1.5", 0, 100))).toMatch(/không phải số nguyên/);
    expect(value(parseInteger("1e3", 0, 10_000))).toMatch(/không phải số nguyên/);
  });

  it("reads decimals with a dot or a Vietnamese comma, up to the scale", () => {
    expect(value(parseDecimal("0,5", 0, 100))).toBe(0.5);
    expect(value(parseDecimal("81.86", 0, 100))).toBe(81.86);
    expect(value(parseDecimal("1.234", 0, 100))).toMatch(/quá 2 chữ số thập phân/);
    expect(value(parseDecimal("100.01", 0, 100))).toMatch(/nằm ngoài khoảng/);
    expect(value(parseDecimal("1.000,5", 0, 10_000))).toMatch(/không phải số/);
  });

  it("reads national code lists and enumerations, naming the accepted values", () => {
    expect(value(parseCode("10", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).toBe(10);
    expect(value(parseCode("11", [1, 2, 3]))).toBe('ERR Giá trị "11" không hợp lệ; chỉ nhận: 1, 2, 3.');
    expect(value(parseCode("1.0", [1, 2, 3]))).toMatch(/^ERR/);
    expect(value(parseEnum("lambu", ["NGHI", "LAMBU"] as const))).toBe("LAMBU");
    expect(value(parseEnum("LE", ["NGHI", "LAMBU"] as const))).toBe('ERR Giá trị "LE" không hợp lệ; chỉ nhận: NGHI, LAMBU.');
  });

  it("keeps text as it is — a leading = stays plain text, never a formula — within its length", () => {
    expect(value(parseText("=HYPERLINK(\"x\")", 100))).toBe("=HYPERLINK(\"x\")");
    expect(value(parseText("x".repeat(11), 10))).toBe("ERR Quá dài: 11 ký tự, tối đa 10.");
  });

  it("reads SHA-256 digests (lower-cased) and ;-separated lists", () => {
    expect(value(parseSha256("AB".repeat(32)))).toBe("ab".repeat(32));
    expect(value(parseSha256("xyz"))).toMatch(/SHA-256 gồm 64 ký tự/);
    expect(splitList(" TINH; SO;;XA ")).toEqual(["TINH", "SO", "XA"]);
  });

  it("turns cells and JSON values into the text the parsers read", () => {
    expect(cellText("  x ")).toBe("x");
    expect(cellText("   ")).toBeNull();
    expect(cellText(undefined)).toBeNull();
    expect(cellText(2)).toBe("2");
    expect(cellText(20240105083000)).toBe("20240105083000");
    expect(cellText(true)).toBe("true");
    expect(cellText([1])).toEqual({ invalid: "một danh sách" });
    expect(cellText({ a: 1 })).toEqual({ invalid: "một đối tượng" });
  });
});
