import { describe, expect, it } from "vitest";
import { formatDate, formatDecimal, formatInteger, formatPercent } from "@/lib/format";

describe("vi-VN formats", () => {
  it("groups thousands with dots and uses a decimal comma", () => {
    expect(formatInteger(48076)).toBe("48.076");
    expect(formatDecimal(81.86)).toBe("81,86");
    expect(formatPercent(0.1822)).toBe("18,22%");
  });
  it("writes dates as dd/MM/yyyy", () => {
    expect(formatDate(new Date("2024-03-14T00:00:00Z"))).toBe("14/03/2024");
    expect(formatDate(null)).toBe("");
  });
});
