import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateApiRequest, createApiKey, hashApiKey, listApiKeys, revokeApiKey } from "@/lib/auth/api-keys";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { getAgency } from "@/lib/services/agencies";
import { UserFacingError } from "@/lib/errors";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewers";

const FROM = { ip: "203.0.113.8", userAgent: "vitest" };
const get = (headers: Record<string, string>) => new Request("http://localhost/api/v1/test", { headers });

describe.each(DB_KINDS)("API keys on %s", (kind) => {
  let t: TestDb;
  let admin: Viewer;
  let office: Viewer;
  let agencyId: number;

  beforeAll(async () => {
    t = await openTestDb(kind);
    const province = await t.db.province.create({ data: { code: "HA", name: "Tỉnh A" } });
    agencyId = (await t.db.agency.create({ data: { provinceId: province.id, code: "SO1", name: "Sở Một", level: "SO" } })).id;
    for (const [username, role] of [["quantri", "ADMIN"], ["vanphong", "OFFICE"]] as const) {
      const u = await t.db.user.create({ data: { username, fullName: username, provinceId: province.id } });
      await t.db.roleAssignment.create({ data: { userId: u.id, role, provinceId: province.id } });
    }
    admin = await viewerOf(t.db, "quantri");
    office = await viewerOf(t.db, "vanphong");
  });
  afterAll(async () => {
    await t?.close();
  });

  it("stores only the key's hash and prefix, and audits the creation", async () => {
    const created = await createApiKey(t.db, admin, { name: "Một cửa VNPT", scopes: ["dossiers:write", "stats:read"] }, FROM);
    expect(created.key).toMatch(/^tthc_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    const stored = await t.db.apiClient.findFirstOrThrow({ where: { id: created.id } });
    expect(stored.keyHash).toBe(hashApiKey(created.key));
    expect(stored.keyHash).not.toContain(created.key.slice(14));
    expect(stored.keyPrefix).toBe(created.key.slice(0, 13));
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "api-key.create", entityId: String(created.id) } });
    expect(JSON.stringify(audit.after)).not.toContain(created.key);
    expect((await listApiKeys(t.db, admin, FROM)).map((k) => k.name)).toContain("Một cửa VNPT");
  });

  it("authenticates with Bearer or X-API-Key, and refuses unknown and malformed keys", async () => {
    const { key, id } = await createApiKey(t.db, admin, { name: "Báo cáo", scopes: ["stats:read"] }, FROM);
    expect(await authenticateApiRequest(get({ authorization: `Bearer ${key}` }), t.db)).toMatchObject({ kind: "api", apiClientId: id, scopes: ["stats:read"] });
    expect(await authenticateApiRequest(get({ "x-api-key": key }), t.db)).toMatchObject({ apiClientId: id });
    expect((await t.db.apiClient.findFirstOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    expect(await authenticateApiRequest(get({ authorization: `Bearer ${key.slice(0, -1)}x` }), t.db)).toBeNull();
    expect(await authenticateApiRequest(get({ authorization: "Bearer ' OR 1=1 --" }), t.db)).toBeNull();
    expect(await authenticateApiRequest(get({}), t.db)).toBeNull();
  });

  it("refuses a revoked key from then on, and records its use", async () => {
    const { key, id } = await createApiKey(t.db, admin, { name: "Khóa cũ", scopes: ["stats:read"] }, FROM);
    await revokeApiKey(t.db, admin, id, FROM);
    expect(await authenticateApiRequest(get({ authorization: `Bearer ${key}` }), t.db)).toBeNull();
    const denied = await t.db.auditLog.findFirstOrThrow({ where: { action: "auth.denied", apiClientId: id } });
    expect(denied).toMatchObject({ outcome: "DENIED", actor: "api:Khóa cũ" });
    await expect(revokeApiKey(t.db, admin, id, FROM)).rejects.toBeInstanceOf(UserFacingError);
    const revoke = await t.db.auditLog.findFirstOrThrow({ where: { action: "api-key.revoke", entityId: String(id) } });
    expect(revoke.before).toMatchObject({ revokedAt: null });
  });

  it("lets only admins manage keys; others' attempts are refused and audited", async () => {
    await expect(createApiKey(t.db, office, { name: "Khóa lén", scopes: ["dossiers:write"] }, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listApiKeys(t.db, office, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.apiClient.count({ where: { name: "Khóa lén" } })).toBe(0);
    expect(await t.db.auditLog.count({ where: { action: "auth.denied", userId: office.userId } })).toBe(2);
  });

  it("validates the input: a name and at least one known scope", async () => {
    await expect(createApiKey(t.db, admin, { name: "x", scopes: [] }, FROM)).rejects.toThrow(/ít nhất 3 ký tự/);
    await expect(createApiKey(t.db, admin, { name: "Hợp lệ", scopes: ["admin:all"] }, FROM)).rejects.toThrow(/Quyền không hợp lệ/);
  });

  it("gives API clients what their scopes allow", async () => {
    const reader = await createApiKey(t.db, admin, { name: "Khóa đọc", scopes: ["stats:read"] }, FROM);
    const writer = await createApiKey(t.db, admin, { name: "Khóa ghi", scopes: ["dossiers:write"] }, FROM);
    const asReader = (await authenticateApiRequest(get({ "x-api-key": reader.key }), t.db))!;
    const asWriter = (await authenticateApiRequest(get({ "x-api-key": writer.key }), t.db))!;
    expect((await getAgency(t.db, asReader, agencyId, FROM))?.code).toBe("SO1");
    await expect(getAgency(t.db, asWriter, agencyId, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.auditLog.count({ where: { action: "auth.denied", apiClientId: writer.id, actor: "api:Khóa ghi" } })).toBe(1);
  });
});
