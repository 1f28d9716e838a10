import { describe, expect, it } from "vitest";
import { passwordProblems } from "@/lib/auth/password-policy";

describe("password policy", () => {
  it.each([
    ["Đủ-dài-2026", "nguyenvana", []],
    ["Ngắn-1a", "x", [/ít nhất 10 ký tự/]],
    ["chuthuongdai", "x", [/3 trong 4 loại/]],
    ["chuthuong2026", "x", [/3 trong 4 loại/]],
    ["Chuthuong2026", "x", []],
    ["Admin@2026-moi", "admin", [/chứa tên đăng nhập/]],
    ["x".repeat(201), "x", [/dài quá/, /3 trong 4 loại/]],
  ])("%s for %s", (password, username, expected) => {
    const problems = passwordProblems(password, username);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(problems[i]).toMatch(re));
  });
});
