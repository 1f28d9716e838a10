import { describe, expect, it } from "vitest";
import { assertSameOrigin, clientIp, CrossOriginError, requestInfoFrom, safeNextPath } from "@/lib/auth/request";

const post = (headers: Record<string, string>) => new Request("http://tthc.example/api/x", { method: "POST", headers });

describe("same-origin check of mutating route handlers", () => {
  it("accepts the application's own origin, also behind a reverse proxy", () => {
    expect(() => assertSameOrigin(post({ origin: "http://tthc.example", host: "tthc.example" }))).not.toThrow();
    expect(() => assertSameOrigin(post({ origin: "https://dashboard.gov.vn", host: "127.0.0.1:3000", "x-forwarded-host": "dashboard.gov.vn" }))).not.toThrow();
  });
  it.each([
    ["another site", { origin: "https://evil.example", host: "tthc.example" }],
    ["no Origin header", { host: "tthc.example" }],
    ["a malformed Origin", { origin: "null", host: "tthc.example" }],
    ["another port", { origin: "http://tthc.example:8080", host: "tthc.example" }],
  ])("refuses %s", (_case, headers) => {
    expect(() => assertSameOrigin(post(headers))).toThrow(CrossOriginError);
  });
});

describe("after sign-in, only paths of this application", () => {
  it.each([
    ["/co-quan?cap=XA", "/co-quan?cap=XA"],
    [undefined, "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/a\nb", "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});

describe("client address", () => {
  it("is the last X-Forwarded-For hop, without the IPv4-mapped prefix", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientIp({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(clientIp({})).toBeNull();
    expect(requestInfoFrom({ "user-agent": "Mozilla", "x-forwarded-for": "198.51.100.2" })).toEqual({ ip: "198.51.100.2", userAgent: "Mozilla" });
  });
});
