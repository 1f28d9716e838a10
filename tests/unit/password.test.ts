import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("verifies the right password and refuses others", async () => {
    const stored = await hashPassword("Mật-khẩu 2026");
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("Mật-khẩu 2026", stored)).toBe(true);
    expect(await verifyPassword("mật-khẩu 2026", stored)).toBe(false);
    expect(await verifyPassword("Mật-khẩu 2026", "plain")).toBe(false);
  });
  it("salts every hash", async () => {
    expect(await hashPassword("x")).not.toBe(await hashPassword("x"));
  });
});
