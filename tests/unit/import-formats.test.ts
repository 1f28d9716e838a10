import { describe, expect, it } from "vitest";
import { IMPORT_FORMATS } from "@/lib/ingest/formats";
import { KINDS } from "@/lib/ingest/kinds";
import { formatBytes } from "@/lib/ingest/limits";
import { IMPORT_KINDS } from "@/lib/ingest/types";
import { cleanFileName } from "@/lib/api/upload";

describe("import formats shown to people", () => {
  it.each(IMPORT_KINDS)("%s: every column the importer reads is described, and only those", (kind) => {
    const format = IMPORT_FORMATS[kind];
    const { catalog } = KINDS[kind];
    expect(format.columns.map((c) => c.field)).toEqual([...catalog.fields]);
    expect(format.columns.filter((c) => c.required).map((c) => c.field)).toEqual(catalog.fields.filter((f) => catalog.required.includes(f)));
    expect(format.jsonOnly.map((c) => c.field)).toEqual([...(catalog.jsonOnly ?? [])]);
    for (const c of [...format.columns, ...format.jsonOnly]) expect(c.meaning, c.field).not.toBe("");
    for (const example of format.examples) {
      for (const field of catalog.required) expect(example[field], `${kind} example ${field}`).toBeTruthy();
      for (const field of Object.keys(example)) expect(catalog.fields).toContain(field);
    }
  });
});

describe("sizes and file names", () => {
  it("formats sizes in vi-VN with a fitting unit", () => {
    expect(formatBytes(1024 ** 3)).toBe("1 GB");
    expect(formatBytes(1.5 * 1024 ** 3)).toBe("1,5 GB");
    expect(formatBytes(20 * 1024 ** 2)).toBe("20 MB");
    expect(formatBytes(254_100)).toBe("248,1 KB");
    expect(formatBytes(1000)).toBe("1.000 byte");
  });

  it("keeps only the last part of an uploaded file's name, without control characters", () => {
    expect(cleanFileName("C:\\Users\\an\\Hồ sơ tháng 10.csv")).toBe("Hồ sơ tháng 10.csv");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("a\u0000b\r\n.csv")).toBe("ab.csv");
    expect(cleanFileName("Ho\u0302\u0300 so\u031b.csv")).toBe("Hồ sơ.csv".normalize("NFC"));
    expect(cleanFileName(undefined)).toBe("tep-tai-len");
    expect(cleanFileName("x".repeat(500)).length).toBe(200);
  });
});
