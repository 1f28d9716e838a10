// Writes the demo province (lib/seed/demo-generator.ts) in one transaction with bulk `unnest`
// inserts: an interrupted seed leaves nothing behind.
import type { QueryResultRow } from "pg";
import { bulkInsert } from "@/lib/db/bulk";
import { withTransaction, type SqlClient } from "@/lib/db/sql";
import { isoDate, localDayOf } from "@/lib/domain/local-time";
import { hashPassword } from "@/lib/auth/password";
import { FIELDS, PROCEDURES, DEPARTMENTS } from "./catalogue";
import { DEMO_PROVINCE, generateDemoProvince, type DemoOptions, type DossierColumns } from "./demo-generator";
import { seedReferenceData } from "./reference";
import { refreshDossierSummary } from "@/lib/stats/summary";

/** Demo accounts, one per role (and focal officers of three agencies). Demo only. */
export const DEMO_PASSWORD = "Demo@2026";
export const DEMO_USERS = [
  { username: "admin", fullName: "Quản trị hệ thống", role: "ADMIN", agencyKey: null },
  { username: "vanphong", fullName: "Chuyên viên Phòng Kiểm soát TTHC", role: "OFFICE", agencyKey: null },
  { username: "lanhdao", fullName: "Phó Chủ tịch UBND tỉnh", role: "LEADERSHIP", agencyKey: null },
  { username: "daumoi.nnmt", fullName: "Đầu mối KSTTHC Sở Nông nghiệp và Môi trường", role: "FOCAL", agencyKey: "@land" },
  { username: "daumoi.tuphap", fullName: "Đầu mối KSTTHC Sở Tư pháp", role: "FOCAL", agencyKey: "@justice" },
  { username: "daumoi.xa", fullName: "Đầu mối KSTTHC cấp xã", role: "FOCAL", agencyKey: "@commune" },
] as const;

export interface SeedProgress {
  step: string;
  done?: number;
  total?: number;
}

export interface SeedResult {
  province: string;
  agencies: number;
  fields: number;
  procedures: number;
  dossiers: number;
  snapshots: number;
  users: number;
  seconds: number;
}

/** Dossiers generated and written per round trip. */
const DOSSIER_CHUNK = 10_000;
const ts = (d: Date | null) => (d ? d.toISOString() : null);
const localDate = (d: Date | null) => (d ? isoDate(localDayOf(d)) : null);

export class DemoAlreadySeededError extends Error {
  constructor() {
    super(`Tỉnh demo ${DEMO_PROVINCE.name} (${DEMO_PROVINCE.code}) đã có trong cơ sở dữ liệu. Dùng một thư mục dữ liệu mới (TTHC_DATA_DIR) hoặc cơ sở dữ liệu trống để tạo lại.`);
  }
}

export async function seedDemo(url: string, options: DemoOptions, onProgress: (p: SeedProgress) => void = () => {}): Promise<SeedResult> {
  const started = Date.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const result = await withTransaction(url, (client) => writeDemo(client, options, passwordHash, onProgress));
  return { ...result, seconds: Math.round((Date.now() - started) / 100) / 10 };
}

async function writeDemo(client: SqlClient, options: DemoOptions, passwordHash: string, onProgress: (p: SeedProgress) => void): Promise<SeedResult> {
  const one = async <R extends object>(sql: string, params: unknown[]) => (await client.query<R & QueryResultRow>(sql, params)).rows[0]!;
  // the lock makes a concurrent second seed wait, then see the province and stop
  await client.query("LOCK TABLE province IN SHARE ROW EXCLUSIVE MODE");
  if ((await client.query("SELECT 1 FROM province WHERE code = $1", [DEMO_PROVINCE.code])).rowCount) throw new DemoAlreadySeededError();
  onProgress({ step: "generate" });
  const demo = generateDemoProvince(options);
  await seedReferenceData(client);
  const pid = (await one<{ id: number }>("INSERT INTO province (code, name) VALUES ($1, $2) RETURNING id", [DEMO_PROVINCE.code, DEMO_PROVINCE.name])).id;

  onProgress({ step: "agencies" });
  const a = demo.agencies;
  await bulkInsert(client, "agency",
    [{ name: "province_id", type: "int" }, { name: "code", type: "text" }, { name: "name", type: "text" }, { name: "level", type: "agency_level" },
      { name: "valid_from", type: "date" }, { name: "valid_to", type: "date" }],
    [a.map(() => pid), a.map((x) => x.code), a.map((x) => x.name), a.map((x) => x.level), a.map((x) => x.validFrom), a.map((x) => x.validTo)]);
  const codeOfKey = new Map(a.map((x) => [x.key, x.code]));
  // parents and successors reference agencies inserted above: link them by code
  await client.query(
    `UPDATE agency AS child SET parent_id = parent.id, successor_id = successor.id
       FROM unnest($2::text[], $3::text[], $4::text[]) AS u(code, parent_code, successor_code)
       LEFT JOIN agency AS parent ON parent.province_id = $1 AND parent.code = u.parent_code
       LEFT JOIN agency AS successor ON successor.province_id = $1 AND successor.code = u.successor_code
      WHERE child.province_id = $1 AND child.code = u.code`,
    [pid, a.map((x) => x.code), a.map((x) => (x.parentKey ? codeOfKey.get(x.parentKey)! : null)), a.map((x) => (x.successorKey ? codeOfKey.get(x.successorKey)! : null))]);
  const agencyId = await idsByCode(client, "agency", pid);
  const idOfKey = (key: string) => agencyId.get(codeOfKey.get(key)!)!;

  onProgress({ step: "catalogue" });
  await bulkInsert(client, "field", [{ name: "province_id", type: "int" }, { name: "code", type: "text" }, { name: "name", type: "text" }],
    [FIELDS.map(() => pid), FIELDS.map((f) => f.code), FIELDS.map((f) => f.name)]);
  await client.query(
    `INSERT INTO procedure (province_id, code, name, field_id, legal_days, competent_levels, online_level, has_fees, fee_data_published, published, published_on)
     SELECT $1, u.code, u.name, f.id, u.legal_days, string_to_array(u.levels, ';')::agency_level[], u.online_level::online_level, u.has_fees, u.fee_published, u.published, u.published_on
       FROM unnest($2::text[], $3::text[], $4::text[], $5::numeric[], $6::text[], $7::text[], $8::bool[], $9::bool[], $10::bool[], $11::date[])
            AS u(code, name, field_code, legal_days, levels, online_level, has_fees, fee_published, published, published_on)
       JOIN field f ON f.province_id = $1 AND f.code = u.field_code`,
    [pid, PROCEDURES.map((p) => p.code), PROCEDURES.map((p) => p.name), PROCEDURES.map((p) => p.fieldCode), PROCEDURES.map((p) => p.legalDays),
      PROCEDURES.map((p) => p.levels.join(";")), PROCEDURES.map((p) => p.onlineLevel), PROCEDURES.map((p) => p.hasFees),
      // most fee-bearing procedures have their fees on the portal; ~4% of procedures are not yet localised
      PROCEDURES.map((p, i) => p.hasFees && i % 7 !== 3), PROCEDURES.map((_, i) => i % 25 !== 11), PROCEDURES.map((_, i) => (i % 25 !== 11 ? "2025-07-01" : null))]);
  const procedureId = await idsByCode(client, "procedure", pid);
  // CoQuanThucHien: provincial procedures are implemented by the department in charge of their field
  const departmentOfField = new Map(FIELDS.map((f) => [f.code, f.departmentKey]));
  const links = PROCEDURES.filter((p) => p.levels.includes("SO") || p.levels.includes("TINH"))
    .filter((p) => DEPARTMENTS.some((d) => d.key === departmentOfField.get(p.fieldCode)));
  await bulkInsert(client, "procedure_agency", [{ name: "province_id", type: "int" }, { name: "procedure_id", type: "int" }, { name: "agency_id", type: "int" }],
    [links.map(() => pid), links.map((p) => procedureId.get(p.code)!), links.map((p) => idOfKey(departmentOfField.get(p.fieldCode)!))]);

  onProgress({ step: "dossiers", done: 0, total: options.dossiers });
  const batchId = (await one<{ id: number }>(
    `INSERT INTO import_batch (province_id, kind, source, status, file_name) VALUES ($1, 'DOSSIERS', 'SEED', 'RUNNING', $2) RETURNING id`,
    [pid, `demo seed ${options.seed}`])).id;
  let dossiers = 0;
  for (const chunk of demo.dossierChunks(DOSSIER_CHUNK)) {
    dossiers += await insertDossiers(client, pid, batchId, chunk, { agency: idOfKey, procedure: (code) => procedureId.get(code)! });
    onProgress({ step: "dossiers", done: dossiers, total: options.dossiers });
  }
  onProgress({ step: "statistics" });
  await refreshDossierSummary(client, pid);
  await client.query(
    `UPDATE import_batch SET status = 'COMMITTED', read = $3, inserted = $3, finished_at = now() WHERE province_id = $1 AND id = $2`,
    [pid, batchId, dossiers]);

  onProgress({ step: "snapshots" });
  const s = demo.snapshots;
  const snapshots = await bulkInsert(client, "national_index_snapshot",
    [{ name: "period", type: "text" }, { name: "province_code", type: "text" }, { name: "province_name", type: "text" }, { name: "total", type: "numeric" },
      { name: "rank", type: "int" }, { name: "provinces_ranked", type: "int" }, { name: "transparency", type: "numeric" }, { name: "progress", type: "numeric" },
      { name: "online_service", type: "numeric" }, { name: "online_payment", type: "numeric" }, { name: "satisfaction", type: "numeric" }, { name: "digitisation", type: "numeric" }],
    [s.map((r) => r.period), s.map((r) => r.provinceCode), s.map((r) => r.provinceName), s.map((r) => r.total), s.map((r) => r.rank), s.map((r) => r.provincesRanked),
      s.map((r) => r.transparency), s.map((r) => r.progress), s.map((r) => r.onlineService), s.map((r) => r.onlinePayment), s.map((r) => r.satisfaction), s.map((r) => r.digitisation)],
    { onConflict: "ON CONFLICT (period, province_code) DO NOTHING" });

  onProgress({ step: "settings" });
  await client.query(`INSERT INTO working_time_rule (province_id, valid_from) VALUES ($1, '2020-01-01')`, [pid]);
  // An Giang's rule (DOMAIN.md §7) as the default: 2% for provincial agencies, 3.5% below
  const ruleSetId = (await one<{ id: number }>(
    `INSERT INTO penalty_rule_set (province_id, valid_from, note) VALUES ($1, '2020-01-01', $2) RETURNING id`,
    [pid, "Mặc định theo quy định của An Giang (2020): 0,5 điểm mỗi lần vượt ngưỡng"])).id;
  const levels = ["TINH", "SO", "CHINHANH", "NGANHDOC", "HUYEN", "XA"] as const;
  await bulkInsert(client, "penalty_rule",
    [{ name: "province_id", type: "int" }, { name: "rule_set_id", type: "int" }, { name: "level", type: "agency_level" }, { name: "threshold", type: "numeric" }, { name: "points", type: "numeric" }],
    [levels.map(() => pid), levels.map(() => ruleSetId), [...levels], levels.map((l) => (l === "HUYEN" || l === "XA" ? 0.035 : 0.02)), levels.map(() => 0.5)]);

  onProgress({ step: "users" });
  const focalAgency = {
    "@land": a.find((x) => /nông nghiệp và môi trường/i.test(x.name) && !x.validTo)?.key,
    "@justice": a.find((x) => /tư pháp/i.test(x.name))?.key,
    "@commune": a.find((x) => x.level === "XA" && !x.validTo)?.key,
  };
  for (const u of DEMO_USERS) {
    const key = u.agencyKey ? focalAgency[u.agencyKey] : null;
    const userId = (await one<{ id: number }>(
      `INSERT INTO app_user (username, full_name, password_hash, province_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [u.username, u.fullName, passwordHash, pid])).id;
    await client.query(`INSERT INTO role_assignment (user_id, role, province_id, agency_id) VALUES ($1, $2::role, $3, $4)`,
      [userId, u.role, pid, key ? idOfKey(key) : null]);
  }
  const result: SeedResult = {
    province: `${DEMO_PROVINCE.name} (${DEMO_PROVINCE.code})`, agencies: a.length, fields: FIELDS.length, procedures: PROCEDURES.length,
    dossiers, snapshots, users: DEMO_USERS.length, seconds: 0,
  };
  await client.query(
    `INSERT INTO audit_log (province_id, actor, action, entity_type, entity_id, after) VALUES ($1, 'seed', 'seed.demo', 'province', $2, $3::jsonb)`,
    [pid, String(pid), JSON.stringify({ ...result, seed: options.seed })]);
  return result;
}

async function idsByCode(client: SqlClient, table: "agency" | "procedure", provinceId: number): Promise<Map<string, number>> {
  const { rows } = await client.query<{ id: number; code: string }>(`SELECT id, code FROM ${table} WHERE province_id = $1`, [provinceId]);
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** One multi-row `unnest` insert of generated dossiers; codes resolved to the stored ids. */
async function insertDossiers(
  client: SqlClient, provinceId: number, batchId: number, d: DossierColumns,
  ids: { agency: (key: string) => number; procedure: (code: string) => number },
): Promise<number> {
  const n = d.code.length;
  const constant = <T,>(v: T) => new Array<T>(n).fill(v);
  return bulkInsert(
    client, "dossier",
    [
      { name: "province_id", type: "int" }, { name: "code", type: "text" }, { name: "procedure_id", type: "int" },
      { name: "resolving_agency_id", type: "int" }, { name: "receiving_agency_id", type: "int" }, { name: "channel", type: "int2" },
      { name: "status", type: "int2" }, { name: "received_at", type: "timestamptz" }, { name: "due_at", type: "timestamptz" },
      { name: "legal_due_at", type: "timestamptz" }, { name: "legal_due_on", type: "date" },
      { name: "finished_at", type: "timestamptz" }, { name: "returned_at", type: "timestamptz" }, { name: "received_on", type: "date" },
      { name: "due_on", type: "date" }, { name: "finished_on", type: "date" }, { name: "applicant_name", type: "text" },
      { name: "applicant_type", type: "int2" }, { name: "synced_to_national", type: "bool" }, { name: "processing_steps", type: "int" },
      { name: "supplement_count", type: "int" }, { name: "apology_letter", type: "bool" }, { name: "apology_new_due_at", type: "timestamptz" },
      { name: "online_payment", type: "int2" }, { name: "components_digitised", type: "bool" }, { name: "vneid_verified", type: "bool" },
      { name: "result_file_name", type: "text" }, { name: "result_file_type", type: "text" }, { name: "result_file_size", type: "int8" },
      { name: "result_file_blank", type: "bool" }, { name: "result_file_sha256", type: "text" },
      { name: "component_sha256", type: "text", transform: "string_to_array($, ';')" },
      { name: "source_updated_at", type: "timestamptz" }, { name: "import_batch_id", type: "int" },
    ],
    [
      constant(provinceId), d.code, d.procedureCode.map(ids.procedure),
      d.resolvingAgencyKey.map(ids.agency), d.receivingAgencyKey.map(ids.agency), d.channel,
      d.status, d.receivedAt.map(ts), d.dueAt.map(ts),
      d.legalDueAt.map(ts), d.legalDueAt.map(localDate),
      d.finishedAt.map(ts), d.returnedAt.map(ts), d.receivedAt.map(localDate),
      d.dueAt.map(localDate), d.finishedAt.map(localDate), d.applicantName,
      d.applicantType, d.synced, d.processingSteps,
      d.supplementCount, d.apologyLetter, d.apologyNewDueAt.map(ts),
      d.onlinePayment, d.componentsDigitised, d.vneidVerified,
      d.resultFileName, d.resultFileType, d.resultFileSize,
      d.resultFileBlank, d.resultFileSha256,
      d.componentSha256.map((hashes) => hashes.join(";")),
      d.code.map((_, i) => ts(d.returnedAt[i] ?? d.finishedAt[i] ?? d.receivedAt[i]!)), constant(batchId),
    ],
    { chunkSize: n },
  );
}
