import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromIso, isoDate } from "@/lib/domain/local-time";
import {
  formatIsoDate,
  halfMonthOf,
  lastDayOfHalfMonth,
  makePeriod,
  parsePeriod,
  lastEndedPeriod,
  periodContaining,
  periodsBackFrom,
  periodHalfMonths,
  periodKindLabel,
  periodLabel,
  periodName,
  PeriodError,
  previousPeriod,
  type Period,
  type PeriodFamily,
  type PeriodKind,
} from "@/lib/domain/periods";

const addDays = (date: string, days: number) => isoDate(dayFromIso(date) + days);
const dates = (p: Period) => [p.start, p.end];
const family = fc.constantFrom<PeriodFamily>("reporting", "calendar");
const year = fc.integer({ min: 2000, max: 2100 });

/** Every period both families know: kind, index. */
const anyPeriod = fc.oneof(
  fc.tuple(family, year, fc.integer({ min: 1, max: 12 })).map(([f, y, m]) => makePeriod(f, "month", y, m)),
  fc.tuple(family, year, fc.integer({ min: 1, max: 4 })).map(([f, y, q]) => makePeriod(f, "quarter", y, q)),
  fc.tuple(family, year).map(([f, y]) => makePeriod(f, "year", y)),
  year.map((y) => makePeriod("reporting", "half", y)),
  year.map((y) => makePeriod("reporting", "nine-months", y)),
);

function expectPeriodError(run: () => unknown, message: RegExp) {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(PeriodError);
  expect((error as PeriodError).name).toBe("PeriodError");
  expect((error as PeriodError).message).toMatch(message);
}

describe("reporting periods (NĐ 09/2019): 15th of the month before → 14th of the last month", () => {
  it.each([
    ["2024-Q1", "quarter", 1, "2023-12-15", "2024-03-14"],
    ["2024-Q2", "quarter", 2, "2024-03-15", "2024-06-14"],
    ["2024-Q3", "quarter", 3, "2024-06-15", "2024-09-14"],
    ["2024-Q4", "quarter", 4, "2024-09-15", "2024-12-14"],
    ["2024-H1", "half", 1, "2023-12-15", "2024-06-14"],
    ["2024-9M", "nine-months", 1, "2023-12-15", "2024-09-14"],
    ["2024", "year", 1, "2023-12-15", "2024-12-14"],
    ["2024-03", "month", 3, "2024-02-15", "2024-03-14"],
    ["2024-01", "month", 1, "2023-12-15", "2024-01-14"],
    ["2024-12", "month", 12, "2024-11-15", "2024-12-14"],
  ] as const)("%s is %s %i from %s to %s", (text, kind, index, start, end) => {
    expect(parsePeriod(text, "reporting")).toEqual({ code: text, family: "reporting", kind, year: 2024, index, start, end });
  });

  it("puts Đồng Tháp's 15/12/2023 – 14/3/2024 in Q1 2024", () => {
    expect(dates(parsePeriod("2024-Q1", "reporting"))).toEqual(["2023-12-15", "2024-03-14"]);
  });
});

describe("calendar periods (Bộ chỉ số 766): whole months, quarters, years", () => {
  it.each([
    ["2024-Q1", "quarter", 1, "2024-01-01", "2024-03-31"],
    ["2024-Q2", "quarter", 2, "2024-04-01", "2024-06-30"],
    ["2024-Q3", "quarter", 3, "2024-07-01", "2024-09-30"],
    ["2024-Q4", "quarter", 4, "2024-10-01", "2024-12-31"],
    ["2024", "year", 1, "2024-01-01", "2024-12-31"],
    ["2024-01", "month", 1, "2024-01-01", "2024-01-31"],
    ["2024-04", "month", 4, "2024-04-01", "2024-04-30"],
    ["2024-12", "month", 12, "2024-12-01", "2024-12-31"],
  ] as const)("%s is %s %i from %s to %s", (text, kind, index, start, end) => {
    expect(parsePeriod(text, "calendar")).toEqual({ code: text, family: "calendar", kind, year: 2024, index, start, end });
  });

  it("ends February on the 29th in leap years only (2000 and 2024 leap, 2023 and 2100 not)", () => {
    expect(parsePeriod("2024-02", "calendar").end).toBe("2024-02-29");
    expect(parsePeriod("2000-02", "calendar").end).toBe("2000-02-29");
    expect(parsePeriod("2023-02", "calendar").end).toBe("2023-02-28");
    expect(parsePeriod("2100-02", "calendar").end).toBe("2100-02-28");
  });

  it("gives the same text different dates in the two families", () => {
    expect(dates(parsePeriod("2024-Q1", "calendar"))).not.toEqual(dates(parsePeriod("2024-Q1", "reporting")));
    expect(dates(parsePeriod("2024-03", "calendar"))).toEqual(["2024-03-01", "2024-03-31"]);
    expect(dates(parsePeriod("2024-03", "reporting"))).toEqual(["2024-02-15", "2024-03-14"]);
  });
});

describe("parsing tolerance", () => {
  it.each([
    ["2024-q1", "reporting", "2024-Q1"],
    ["  2024-Q2  ", "reporting", "2024-Q2"],
    ["\t2024-h1\n", "reporting", "2024-H1"],
    [" 2024-9m", "reporting", "2024-9M"],
    [" 2024 ", "calendar", "2024"],
    ["2024-03 ", "calendar", "2024-03"],
    ["2024-q4", "calendar", "2024-Q4"],
  ] as const)("reads %j (%s) as the canonical %s", (text, fam, code) => {
    expect(parsePeriod(text, fam).code).toBe(code);
  });

  it("accepts the years 2000 and 2100 at the ends of the range", () => {
    expect(dates(parsePeriod("2000", "reporting"))).toEqual(["1999-12-15", "2000-12-14"]);
    expect(dates(parsePeriod("2100-12", "calendar"))).toEqual(["2100-12-01", "2100-12-31"]);
  });
});

describe("rejections, with Vietnamese messages", () => {
  it("refuses H2 in the reporting family: the second half is inside the yearly report", () => {
    expectPeriodError(() => parsePeriod("2024-H2", "reporting"), /6 tháng cuối năm nằm trong kỳ báo cáo năm/);
    expectPeriodError(() => parsePeriod("2024-h2", "reporting"), /^"2024-h2": kỳ báo cáo 6 tháng là 6 tháng đầu năm \(H1\)/);
  });

  it("refuses H1, H2 and 9M in the calendar family, which has only months, quarters and years", () => {
    for (const text of ["2024-H1", "2024-9M", "2024-H2"]) {
      expectPeriodError(() => parsePeriod(text, "calendar"), new RegExp(`^"${text}": kỳ theo lịch \\(Bộ chỉ số 766\\) chỉ gồm tháng`));
    }
  });

  it.each(["2024-13", "2024-00", "2024-3", "2024-Q5", "2024-Q0", "2024-9", "2024-H3", "24-Q1", "Q1-2024", "2024/Q1", "2024 Q1", "2024-Q1-2025", "20245", "", "   ", "quý 1", "2024-M3"])(
    "refuses %j in both families with a message naming the forms that family accepts",
    (text) => {
      expectPeriodError(() => parsePeriod(text, "reporting"), /không phải là kỳ hợp lệ\. Dùng 2024-Q1 \(quý\), 2024-H1 \(6 tháng\), 2024-9M \(9 tháng\), 2024 \(năm\) hoặc 2024-03 \(tháng\)\.$/);
      expectPeriodError(() => parsePeriod(text, "calendar"), /không phải là kỳ hợp lệ\. Dùng 2024-Q1 \(quý\), 2024 \(năm\) hoặc 2024-03 \(tháng\)\.$/);
    },
  );

  it("quotes the text as written in the message", () => {
    expectPeriodError(() => parsePeriod(" 2024-q5 ", "reporting"), /^" 2024-q5 " không phải là kỳ hợp lệ/);
  });

  it("refuses years outside 2000–2100", () => {
    expectPeriodError(() => parsePeriod("1999", "reporting"), /^Năm 1999 nằm ngoài khoảng 2000–2100\.$/);
    expectPeriodError(() => parsePeriod("2101-Q1", "calendar"), /^Năm 2101 nằm ngoài khoảng 2000–2100\.$/);
    expectPeriodError(() => parsePeriod("0000-01", "calendar"), /^Năm 0 nằm ngoài khoảng/);
  });

  it("makePeriod refuses indices outside the kind, fractional numbers and half-years in the calendar family", () => {
    expectPeriodError(() => makePeriod("reporting", "month", 2024, 0), /^Kỳ không hợp lệ: month 0\.$/);
    expectPeriodError(() => makePeriod("calendar", "month", 2024, 13), /^Kỳ không hợp lệ: month 13\.$/);
    expectPeriodError(() => makePeriod("reporting", "quarter", 2024, 5), /^Kỳ không hợp lệ: quarter 5\.$/);
    expectPeriodError(() => makePeriod("reporting", "year", 2024, 2), /^Kỳ không hợp lệ: year 2\.$/);
    expectPeriodError(() => makePeriod("reporting", "half", 2024, 2), /^Kỳ không hợp lệ: half 2\.$/);
    expectPeriodError(() => makePeriod("reporting", "month", 2024, 1.5), /^Kỳ không hợp lệ/);
    expectPeriodError(() => makePeriod("reporting", "year", 2024.5), /^Năm 2024.5 nằm ngoài/);
    expectPeriodError(() => makePeriod("calendar", "half", 2024), /^Kỳ theo lịch chỉ gồm tháng, quý, năm\.$/);
    expectPeriodError(() => makePeriod("calendar", "nine-months", 2024), /^Kỳ theo lịch chỉ gồm tháng, quý, năm\.$/);
  });
});

describe("previous period", () => {
  it.each([
    ["reporting", "2024-Q1", "2023-Q4", "2023-09-15", "2023-12-14"],
    ["reporting", "2024-Q3", "2024-Q2", "2024-03-15", "2024-06-14"],
    ["reporting", "2024-01", "2023-12", "2023-11-15", "2023-12-14"],
    ["reporting", "2024-H1", "2023-H1", "2022-12-15", "2023-06-14"],
    ["reporting", "2024-9M", "2023-9M", "2022-12-15", "2023-09-14"],
    ["reporting", "2024", "2023", "2022-12-15", "2023-12-14"],
    ["calendar", "2024-Q1", "2023-Q4", "2023-10-01", "2023-12-31"],
    ["calendar", "2024-01", "2023-12", "2023-12-01", "2023-12-31"],
    ["calendar", "2024-03", "2024-02", "2024-02-01", "2024-02-29"],
    ["calendar", "2024", "2023", "2023-01-01", "2023-12-31"],
  ] as const)("(%s) before %s is %s, %s – %s", (fam, text, code, start, end) => {
    const previous = previousPeriod(parsePeriod(text, fam));
    expect(previous).toMatchObject({ code, family: fam, start, end });
    expect(previous.kind).toBe(parsePeriod(text, fam).kind);
  });

  it("refuses to go before the year 2000", () => {
    expectPeriodError(() => previousPeriod(parsePeriod("2000-Q1", "reporting")), /^Năm 1999 nằm ngoài/);
  });

  it("ends the day before the month, quarter or year it precedes (property)", () => {
    const tiling = anyPeriod.filter((p) => p.year > 2000 && (p.kind === "month" || p.kind === "quarter" || p.kind === "year"));
    fc.assert(fc.property(tiling, (p) => addDays(previousPeriod(p).end, 1) === p.start));
  });
});

describe("labels", () => {
  it.each([
    ["reporting", "2024-Q1", "Quý I/2024 — kỳ báo cáo (15/12/2023 – 14/03/2024)"],
    ["calendar", "2024-Q1", "Quý I/2024 — theo lịch (01/01/2024 – 31/03/2024)"],
    ["reporting", "2024-Q2", "Quý II/2024 — kỳ báo cáo (15/03/2024 – 14/06/2024)"],
    ["reporting", "2024-Q3", "Quý III/2024 — kỳ báo cáo (15/06/2024 – 14/09/2024)"],
    ["calendar", "2024-Q4", "Quý IV/2024 — theo lịch (01/10/2024 – 31/12/2024)"],
    ["reporting", "2024-03", "Tháng 03/2024 — kỳ báo cáo (15/02/2024 – 14/03/2024)"],
    ["calendar", "2024-02", "Tháng 02/2024 — theo lịch (01/02/2024 – 29/02/2024)"],
    ["reporting", "2024-H1", "6 tháng đầu năm 2024 — kỳ báo cáo (15/12/2023 – 14/06/2024)"],
    ["reporting", "2024-9M", "9 tháng năm 2024 — kỳ báo cáo (15/12/2023 – 14/09/2024)"],
    ["reporting", "2024", "Năm 2024 — kỳ báo cáo (15/12/2023 – 14/12/2024)"],
    ["calendar", "2024", "Năm 2024 — theo lịch (01/01/2024 – 31/12/2024)"],
  ] as const)("(%s) %s reads %j", (fam, text, label) => {
    expect(periodLabel(parsePeriod(text, fam))).toBe(label);
  });

  it("names a period without its dates", () => {
    expect(periodName(parsePeriod("2024-Q4", "reporting"))).toBe("Quý IV/2024");
    expect(periodName(parsePeriod("2024-11", "calendar"))).toBe("Tháng 11/2024");
  });

  it("writes dates as dd/MM/yyyy and kinds in Vietnamese", () => {
    expect(formatIsoDate("2024-03-14")).toBe("14/03/2024");
    expect(formatIsoDate("2023-12-05")).toBe("05/12/2023");
    const kinds: PeriodKind[] = ["month", "quarter", "half", "nine-months", "year"];
    expect(kinds.map(periodKindLabel)).toEqual(["tháng", "quý", "6 tháng", "9 tháng", "năm"]);
  });
});

describe("half-months [1st–14th] and [15th–end of month]", () => {
  const jan2024 = (2024 * 12 + 0) * 2;

  it("numbers half-months as (year × 12 + month − 1) × 2 + (day ≥ 15)", () => {
    expect(jan2024).toBe(48576);
    expect(halfMonthOf("2024-01-01")).toBe(48576);
    expect(halfMonthOf("2024-01-14")).toBe(48576);
    expect(halfMonthOf("2024-01-15")).toBe(48577);
    expect(halfMonthOf("2024-01-31")).toBe(48577);
    expect(halfMonthOf("2024-02-01")).toBe(48578);
    expect(halfMonthOf("2023-12-31")).toBe(48575);
  });

  it("ends the first half on the 14th and the second on the month's last day", () => {
    expect(lastDayOfHalfMonth(48576)).toBe("2024-01-14");
    expect(lastDayOfHalfMonth(48577)).toBe("2024-01-31");
    expect(lastDayOfHalfMonth(48579)).toBe("2024-02-29");
    expect(lastDayOfHalfMonth(halfMonthOf("2023-02-20"))).toBe("2023-02-28");
    expect(lastDayOfHalfMonth(48575)).toBe("2023-12-31");
  });

  it("gives each period its first and last half-month", () => {
    expect(periodHalfMonths(parsePeriod("2024-Q1", "reporting"))).toEqual({ first: 48575, last: 48580 });
    expect(periodHalfMonths(parsePeriod("2024-Q1", "calendar"))).toEqual({ first: 48576, last: 48581 });
    expect(periodHalfMonths(parsePeriod("2024-03", "reporting"))).toEqual({ first: 48579, last: 48580 });
    expect(periodHalfMonths({ start: "2024-01-01", end: "2024-01-14" })).toEqual({ first: 48576, last: 48576 });
  });

  it("round-trips: every half-month's last day lies in it, and the next day starts the next one on a 1st or 15th (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: halfMonthOf("2000-01-01"), max: halfMonthOf("2100-12-31") }), (index) => {
        const last = lastDayOfHalfMonth(index);
        const next = addDays(last, 1);
        return halfMonthOf(last) === index && halfMonthOf(next) === index + 1 && ["01", "15"].includes(next.slice(8));
      }),
    );
  });

  it("puts every date of 2000–2100 in a half-month that ends on or after it (property)", () => {
    const day = fc.integer({ min: dayFromIso("2000-01-01"), max: dayFromIso("2100-12-31") }).map(isoDate);
    fc.assert(
      fc.property(day, (date) => {
        const index = halfMonthOf(date);
        const last = lastDayOfHalfMonth(index);
        return last >= date && lastDayOfHalfMonth(index - 1) < date;
      }),
    );
  });

  it("makes every period a whole number of half-months: starts on the first day of its first, ends on the last day of its last (property)", () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const { first, last } = periodHalfMonths(p);
        return addDays(lastDayOfHalfMonth(first - 1), 1) === p.start && lastDayOfHalfMonth(last) === p.end && first <= last;
      }),
    );
  });

  it("counts 2 half-months a month, 6 a quarter, 12 in H1, 18 in 9M and 24 a year", () => {
    const count = (text: string, fam: PeriodFamily) => {
      const { first, last } = periodHalfMonths(parsePeriod(text, fam));
      return last - first + 1;
    };
    expect([count("2024-03", "reporting"), count("2024-Q2", "reporting"), count("2024-H1", "reporting"), count("2024-9M", "reporting"), count("2024", "reporting")]).toEqual([2, 6, 12, 18, 24]);
    expect([count("2024-02", "calendar"), count("2024-Q4", "calendar"), count("2024", "calendar")]).toEqual([2, 6, 24]);
  });
});

describe("windows tile without gap or overlap", () => {
  const contiguous = (parts: Period[]) => parts.every((p, i) => i === 0 || addDays(parts[i - 1]!.end, 1) === p.start);

  it("consecutive quarters, across year ends, in both families (property)", () => {
    fc.assert(
      fc.property(family, fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 4 }), (fam, y, q) => {
        const next = q === 4 ? makePeriod(fam, "quarter", y + 1, 1) : makePeriod(fam, "quarter", y, q + 1);
        return addDays(makePeriod(fam, "quarter", y, q).end, 1) === next.start;
      }),
    );
  });

  it("Q1..Q4 tile the year, and the months tile each quarter, in both families (property)", () => {
    fc.assert(
      fc.property(family, year, (fam, y) => {
        const quarters = [1, 2, 3, 4].map((q) => makePeriod(fam, "quarter", y, q));
        const whole = makePeriod(fam, "year", y);
        const quartersTileYear = contiguous(quarters) && quarters[0]!.start === whole.start && quarters[3]!.end === whole.end;
        const monthsTileQuarters = quarters.every((quarter, i) => {
          const months = [1, 2, 3].map((m) => makePeriod(fam, "month", y, i * 3 + m));
          return contiguous(months) && months[0]!.start === quarter.start && months[2]!.end === quarter.end;
        });
        return quartersTileYear && monthsTileQuarters;
      }),
    );
  });

  it("H1 = Q1 ∪ Q2 and 9M = Q1 ∪ Q2 ∪ Q3 in the reporting family (property)", () => {
    fc.assert(
      fc.property(year, (y) => {
        const q = (n: number) => makePeriod("reporting", "quarter", y, n);
        const h1 = makePeriod("reporting", "half", y);
        const nine = makePeriod("reporting", "nine-months", y);
        return h1.start === q(1).start && h1.end === q(2).end && nine.start === q(1).start && nine.end === q(3).end;
      }),
    );
  });

  it("counts 366 days in the 2024 reporting year (it contains 29/02/2024) and 365 in 2025", () => {
    const days = (p: Period) => dayFromIso(p.end) - dayFromIso(p.start) + 1;
    expect(days(parsePeriod("2024", "reporting"))).toBe(366); // 15/12/2023 – 14/12/2024 contains 29/02/2024
    expect(days(parsePeriod("2024", "calendar"))).toBe(366);
    expect(days(parsePeriod("2025", "reporting"))).toBe(365);
    expect(days(parsePeriod("2024-Q1", "reporting"))).toBe(91); // 17 + 31 + 29 + 14
  });
});

describe("the period containing a date, and the periods before it", () => {
  it("a reporting window starts on the 15th: 15/12 already belongs to next year's Q1, 14/12 to Q4", () => {
    expect(periodContaining("reporting", "quarter", "2025-12-15").code).toBe("2026-Q1");
    expect(periodContaining("reporting", "quarter", "2025-12-14").code).toBe("2025-Q4");
    expect(periodContaining("reporting", "year", "2025-12-15").code).toBe("2026");
    expect(periodContaining("reporting", "month", "2026-03-14").code).toBe("2026-03");
    expect(periodContaining("reporting", "month", "2026-03-15").code).toBe("2026-04");
  });

  it("a calendar period holds its own dates", () => {
    expect(periodContaining("calendar", "quarter", "2025-12-31").code).toBe("2025-Q4");
    expect(periodContaining("calendar", "quarter", "2026-01-01").code).toBe("2026-Q1");
    expect(periodContaining("calendar", "month", "2026-02-28").code).toBe("2026-02");
  });

  it("every date lies inside the period said to contain it", () => {
    for (const family of ["reporting", "calendar"] as const) {
      for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2026, 0, 1); day += 86_400_000 * 3) {
        const date = new Date(day).toISOString().slice(0, 10);
        for (const kind of ["month", "quarter", "year"] as const) {
          const p = periodContaining(family, kind, date);
          expect(p.start <= date && date <= p.end, `${family} ${kind} ${date} → ${p.code}`).toBe(true);
        }
      }
    }
  });

  it("lists consecutive periods back from the last, most recent first, across years", () => {
    expect(periodsBackFrom(parsePeriod("2026-Q2", "reporting"), 4).map((p) => p.code)).toEqual(["2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3"]);
    expect(periodsBackFrom(parsePeriod("2026-01", "calendar"), 2).map((p) => p.code)).toEqual(["2026-01", "2025-12"]);
  });
});

describe("the last ended period", () => {
  it("is the one before the period holding today, even on its last day", () => {
    // 2026-Q4 reporting window: 15/09/2026 – 14/12/2026
    expect(lastEndedPeriod("reporting", "quarter", "2026-12-01").code).toBe("2026-Q3");
    expect(lastEndedPeriod("reporting", "quarter", "2026-12-14").code).toBe("2026-Q3");
    expect(lastEndedPeriod("reporting", "quarter", "2026-12-15").code).toBe("2026-Q4");
    expect(lastEndedPeriod("calendar", "quarter", "2026-12-01").code).toBe("2026-Q3");
    expect(lastEndedPeriod("calendar", "month", "2026-12-01").code).toBe("2026-11");
  });
});
