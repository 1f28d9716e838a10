import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromIso } from "@/lib/domain/local-time";
import { WorkingCalendar } from "@/lib/domain/working-days";
import { earlyWarning, warningHorizon, workingDaysLeft } from "@/lib/domain/early-warning";

// 30/4–1/5/2025 with Friday 2/5 swapped for Saturday 26/4 (a make-up working day), as in 2025
const calendar = new WorkingCalendar([
  { date: "2025-04-26", kind: "LAMBU" },
  { date: "2025-04-30", kind: "NGHI" },
  { date: "2025-05-01", kind: "NGHI" },
  { date: "2025-05-02", kind: "NGHI" },
]);
const day = dayFromIso;

describe("working days left until the due date", () => {
  it("counts the working days after today up to the due date", () => {
    expect(workingDaysLeft(calendar, day("2025-04-21"), day("2025-04-21"))).toBe(0); // due today
    expect(workingDaysLeft(calendar, day("2025-04-21"), day("2025-04-22"))).toBe(1);
    expect(workingDaysLeft(calendar, day("2025-04-21"), day("2025-04-24"))).toBe(3);
  });

  it("skips weekends", () => {
    expect(workingDaysLeft(calendar, day("2025-04-18"), day("2025-04-21"))).toBe(1); // Friday → Monday
    expect(workingDaysLeft(calendar, day("2025-04-18"), day("2025-04-19"))).toBe(0); // due on a Saturday off
  });

  it("skips public holidays and counts a make-up Saturday", () => {
    expect(workingDaysLeft(calendar, day("2025-04-29"), day("2025-05-05"))).toBe(1); // 30/4, 1/5, 2/5 off, then the weekend
    expect(workingDaysLeft(calendar, day("2025-04-25"), day("2025-04-28"))).toBe(2); // Saturday 26/4 is worked
  });

  it("is null once the due date has passed", () => {
    expect(workingDaysLeft(calendar, day("2025-04-22"), day("2025-04-21"))).toBeNull();
  });
});

describe("the warning horizon", () => {
  it("ends the day before the (N+1)-th working day", () => {
    expect(warningHorizon(calendar, day("2025-04-21"), 0)).toBe(day("2025-04-21"));
    expect(warningHorizon(calendar, day("2025-04-21"), 3)).toBe(day("2025-04-24"));
    // from Thursday 24/4, 3 working days: 25/4, Saturday 26/4 (make-up), 28/4; the horizon runs to 28/4
    expect(warningHorizon(calendar, day("2025-04-24"), 3)).toBe(day("2025-04-28"));
    // from 29/4, 1 working day is Monday 5/5: the horizon covers the holidays and the weekend before it
    expect(warningHorizon(calendar, day("2025-04-29"), 1)).toBe(day("2025-05-05"));
    // from Friday 18/4, 0 working days: the weekend after still has 0 working days left
    expect(warningHorizon(calendar, day("2025-04-18"), 0)).toBe(day("2025-04-20"));
  });

  it("selects exactly the due dates with at most N working days left", () => {
    const start = day("2025-04-01");
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 10 }), (t, d, n) => {
      const today = start + t;
      const due = start + d;
      const left = workingDaysLeft(calendar, today, due);
      const inRange = due >= today && due <= warningHorizon(calendar, today, n);
      expect(inRange).toBe(left !== null && left <= n);
    }));
  });

  it("refuses a negative or fractional number of days", () => {
    expect(() => warningHorizon(calendar, day("2025-04-21"), -1)).toThrow();
    expect(() => warningHorizon(calendar, day("2025-04-21"), 1.5)).toThrow();
  });
});

describe("which dossiers are warned", () => {
  const today = day("2025-04-21");
  it("warns dossiers received or processing, due within N working days", () => {
    expect(earlyWarning(calendar, { status: 2, due: "2025-04-23" }, today, 3)).toBe(2);
    expect(earlyWarning(calendar, { status: 4, due: "2025-04-21" }, today, 3)).toBe(0);
    expect(earlyWarning(calendar, { status: 4, due: "2025-04-25" }, today, 3)).toBeNull(); // 4 working days left
    expect(earlyWarning(calendar, { status: 4, due: "2025-04-25" }, today, 4)).toBe(4);
  });

  it("does not warn dossiers past due, without a due date, waiting for the applicant, finished or never received", () => {
    expect(earlyWarning(calendar, { status: 4, due: "2025-04-18" }, today, 3)).toBeNull();
    expect(earlyWarning(calendar, { status: 4, due: null }, today, 3)).toBeNull();
    for (const status of [5, 6, 7, 8, 9, 10, 1, 3]) expect(earlyWarning(calendar, { status, due: "2025-04-22" }, today, 3)).toBeNull();
  });
});
