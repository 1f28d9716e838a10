import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDecimal, formatInteger, formatPercent, formatSeconds } from "@/lib/format";

describe("vi-VN formats", () => {
  it("groups thousands with dots and uses a decimal comma", () => {
    expect(formatInteger(48076)).toBe("48.076");
    expect(formatDecimal(81.86)).toBe("81,86");
    expect(formatPercent(0.1822)).toBe("18,22%");
    expect(formatSeconds(22.1)).toBe("22,1 giây");
  });
  it("writes dates as dd/MM/yyyy", () => {
    expect(formatDate(new Date("2024-03-14T00:00:00Z"))).toBe("14/03/2024");
    expect(formatDate(null)).toBe("");
  });
  it("writes instants in Vietnam time, even across the UTC date line", () => {
    expect(formatDateTime(new Date("2024-03-14T17:30:00Z"))).toBe("15/03/2024 00:30");
    expect(formatDateTime(new Date("2024-03-14T02:05:00Z"))).toBe("14/03/2024 09:05");
  });
});
