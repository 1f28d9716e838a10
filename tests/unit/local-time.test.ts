import { describe, expect, it } from "vitest";
import { dayFromIso, instantAt, isoDate, localDayOf, localMinuteOfDay, parseClock, weekdayOf } from "@/lib/domain/local-time";

const vnParts = (d: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);

describe("Vietnam local time, whatever the server's time zone", () => {
  it("runs these tests in a far time zone (TZ=America/New_York), so nothing depends on it", () => {
    // New York is UTC−4 on 14/03/2024 (daylight saving), Vietnam UTC+7
    expect(new Date("2024-03-14T17:00:00Z").getTimezoneOffset()).toBe(240);
  });

  it("puts 17:00 UTC on the next local day (00:00 in Vietnam) and 16:59 UTC on the same day", () => {
    expect(isoDate(localDayOf(new Date("2024-03-14T16:59:59.999Z")))).toBe("2024-03-14");
    expect(isoDate(localDayOf(new Date("2024-03-14T17:00:00.000Z")))).toBe("2024-03-15");
  });

  it("agrees with Intl's Asia/Ho_Chi_Minh rules on instants across 2020–2026", () => {
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2027, 0, 1); t += 7_919_000 * 13) {
      const d = new Date(t);
      const [date, time] = vnParts(d).split(", ");
      expect(isoDate(localDayOf(d))).toBe(date);
      const [h, m] = time!.split(":").map(Number);
      expect(localMinuteOfDay(d)).toBe(h! * 60 + m!);
    }
  });

  it("round-trips a local day and minute to an instant", () => {
    const day = dayFromIso("2025-07-01");
    const instant = instantAt(day, 8 * 60 + 30);
    expect(instant.toISOString()).toBe("2025-07-01T01:30:00.000Z");
    expect(localDayOf(instant)).toBe(day);
  });

  it("knows weekdays (1 = Monday … 7 = Sunday)", () => {
    expect(weekdayOf(dayFromIso("2026-11-22"))).toBe(7);
    expect(weekdayOf(dayFromIso("2024-03-14"))).toBe(4);
    expect(weekdayOf(dayFromIso("1970-01-01"))).toBe(4);
    expect(weekdayOf(dayFromIso("1969-12-29"))).toBe(1);
  });

  it("rejects dates and clock times that do not exist", () => {
    expect(() => dayFromIso("2025-02-29")).toThrow(/No such date/);
    expect(() => dayFromIso("14/03/2024")).toThrow(/yyyy-MM-dd/);
    expect(() => parseClock("24:00")).toThrow();
    expect(parseClock("13:30")).toBe(810);
  });
});
