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
  ])("%j → %s", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
  it("writes numbers and empty values, and ends lines with CRLF", () => {
    expect(csvLine([1, null, undefined, "x"])).toBe('"1","","","x"\r\n');
  });
});
