import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "@/lib/csv";

describe("CSV cells", () => {
  it.each([
    ["plain", '"plain"'],
    ['say "hi"', '"say ""hi"""'],
    ["a,b\nc", '"a,b\nc"'],
    ["=HYPERLINK(\"http://x\")", '"\'=HYPERLINK(""http://x"")"'],
    ["+84 912", "\"'+84 912\""],
    ["-1+2", "\"'-1+2\""],
    ["@SUM(A1)", "\"'@SUM(A1)\""],
    ["\tcmd", "\"'\tcmd\""],
    ["Nguyễn Văn A", '"Nguyễn Văn A"'],
    // negative numbers, formatted vi-VN, are numbers, not formulas
    ["-4,19", '"-4,19"'],
    ["-1.234,5", '"-1.234,5"'],
    ["-12,50\u00a0%", '"-12,50\u00a0%"'],
    ["-4,19+1", "\"'-4,19+1\""],
    ["-", "\"'-\""],
  ])("%j → %s", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
  it("writes numbers and empty values, and ends lines with CRLF", () => {
    expect(csvLine([1, null, undefined, "x"])).toBe('"1","","","x"\r\n');
    expect(csvLine([-3, -0.5])).toBe('"-3","-0.5"\r\n');
  });
});
