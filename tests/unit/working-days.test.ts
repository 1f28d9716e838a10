import { describe, expect, it } from "vitest";
import { dayFromIso, instantAt, isoDate } from "@/lib/domain/local-time";
import { WorkingCalendar, legalDueAt } from "@/lib/domain/working-days";
import { VIETNAM_HOLIDAYS } from "@/lib/domain/holidays-vn";

const at = (date: string, clock: string) => {
  const [h, m] = clock.split(":").map(Number);
  return instantAt(dayFromIso(date), h! * 60 + m!);
};
const local = (d: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" }).format(d);

describe("working-day calendar", () => {
  const calendar = new WorkingCalendar(VIETNAM_HOLIDAYS);

  it("skips weekends and days off of the yearly table, and works on make-up Saturdays", () => {
    expect(calendar.isWorkingDay(dayFromIso("2026-11-20"))).toBe(true); // Friday
    expect(calendar.isWorkingDay(dayFromIso("2026-11-21"))).toBe(false); // Saturday
    expect(calendar.isWorkingDay(dayFromIso("2026-02-17"))).toBe(false); // Tết Bính Ngọ, 1st day
    expect(calendar.isWorkingDay(dayFromIso("2026-01-10"))).toBe(true); // make-up Saturday (LAMBU)
    expect(calendar.isWorkingDay(dayFromIso("2025-09-02"))).toBe(false); // Quốc khánh
  });

  it("has a well-formed official table: sorted, unique, make-up days only on weekends", () => {
    const dates = VIETNAM_HOLIDAYS.map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    for (const h of VIETNAM_HOLIDAYS.filter((x) => x.kind === "LAMBU")) {
      expect([0, 6], `${h.date} is a weekend day`).toContain(new Date(`${h.date}T00:00:00Z`).getUTCDay());
    }
    for (const year of [2020, 2021, 2022, 2023, 2024, 2025, 2026]) {
      expect(dates.some((d) => d.startsWith(`${year}-`)), `year ${year}`).toBe(true);
      expect(dates).toContain(`${year}-09-02`);
      expect(dates).toContain(`${year}-04-30`);
    }
  });

  it("compensates every solar holiday and Giỗ Tổ that falls on a weekend with a weekday off (Labour Code 2019 art. 112)", () => {
    // 10/3 lunar in the Gregorian calendar
    const hungKings: Record<number, string> = { 2020: "04-02", 2021: "04-21", 2022: "04-10", 2023: "04-29", 2024: "04-18", 2025: "04-07", 2026: "04-26" };
    const weekday = (day: number) => new Date(day * 86_400_000).getUTCDay() % 6 !== 0;
    for (let year = 2020; year <= 2026; year++) {
      // legal holidays of the year: 1/1, Giỗ Tổ, 30/4, 1/5, and 2/9 with one adjacent day from 2021 (one day before)
      const holidays = [`${year}-01-01`, `${year}-${hungKings[year]}`, `${year}-04-30`, `${year}-05-01`, `${year}-09-02`];
      const daysOf = new Map<number, number>(); // first day of the block → legal holiday days in it
      for (const date of holidays) {
        let first = dayFromIso(date);
        expect(calendar.isWorkingDay(first), date).toBe(false);
        while (!calendar.isWorkingDay(first - 1)) first--;
        daysOf.set(first, (daysOf.get(first) ?? 0) + (date.endsWith("09-02") && year >= 2021 ? 2 : 1));
      }
      for (const [first, days] of daysOf) {
        let weekdaysOff = 0;
        for (let d = first; !calendar.isWorkingDay(d); d++) if (weekday(d)) weekdaysOff++;
        expect(weekdaysOff, `the days off from ${isoDate(first)}`).toBeGreaterThanOrEqual(days);
      }
    }
  });

  it("counts working days between two dates", () => {
    expect(calendar.workingDaysBetween(dayFromIso("2026-11-20"), dayFromIso("2026-11-23"))).toBe(1);
    expect(calendar.workingDaysBetween(dayFromIso("2026-11-23"), dayFromIso("2026-11-20"))).toBe(0);
  });

  it("computes due dates in working time from the moment of reception", () => {
    // Friday 16:00 + 1 day = Monday 16:00 (the weekend does not count)
    expect(local(calendar.dueDate(at("2026-11-20", "16:00"), 1))).toBe("2026-11-23 16:00");
    // half a day (4 working hours): Monday 09:00 + 4 h = 13:30 + 1.5 h = 15:00 (lunch break skipped)
    expect(local(calendar.dueDate(at("2026-11-23", "09:00"), 0.5))).toBe("2026-11-23 15:00");
    // received after the afternoon cut-off: counts from the next working day's start
    expect(local(calendar.dueDate(at("2026-11-23", "17:30"), 1))).toBe("2026-11-24 17:00");
    // received on a Saturday: counts from Monday morning
    expect(local(calendar.dueDate(at("2026-11-21", "10:00"), 2))).toBe("2026-11-24 17:00");
    // received during the lunch break: counts from 13:30 (3.5 h that afternoon, 0.5 h next morning)
    expect(local(calendar.dueDate(at("2026-11-23", "12:00"), 0.5))).toBe("2026-11-24 07:30");
  });

  it("skips Tết 2026 (14–22/02) when computing a due date", () => {
    // Thu 12/02 → Fri 13/02 (1), Tết 14–22/02 off, Mon 23/02 (2), Tue 24/02 (3)
    expect(local(calendar.dueDate(at("2026-02-12", "10:00"), 3))).toBe("2026-02-24 10:00");
  });

  it("refuses a negative legal time", () => {
    expect(() => calendar.dueDate(at("2026-11-23", "09:00"), -1)).toThrow();
  });

  it("follows configured working hours", () => {
    const shortDays = new WorkingCalendar([], { morningStart: "08:00", morningEnd: "12:00", afternoonStart: "13:00", afternoonEnd: "17:00", cutoff: "16:00" });
    expect(shortDays.minutesPerDay).toBe(480);
    expect(local(shortDays.dueDate(at("2026-11-23", "16:30"), 0.5))).toBe("2026-11-24 12:00");
  });
});

describe("legal due date of a dossier", () => {
  const calendar = new WorkingCalendar(VIETNAM_HOLIDAYS);

  it("uses the online legal time for dossiers filed online, where the law sets one", () => {
    const received = at("2026-11-16", "08:00"); // Monday
    const legal = { legalDays: 5, legalDaysOnline: 3 };
    expect(local(legalDueAt(calendar, legal, received, 1))).toBe("2026-11-23 08:00");
    expect(local(legalDueAt(calendar, legal, received, 3))).toBe("2026-11-23 08:00");
    expect(local(legalDueAt(calendar, legal, received, 2))).toBe("2026-11-19 08:00");
    expect(local(legalDueAt(calendar, { legalDays: 5, legalDaysOnline: null }, received, 2))).toBe("2026-11-23 08:00");
  });
});
