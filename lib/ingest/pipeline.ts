// The one import pipeline of every kind and file type:
//
//   records (streamed) → batches of a few thousand → Zod per record → checks within the batch →
//   last record per key → one multi-row upsert per batch → derived data → commit
//
// all in ONE transaction: an import commits every valid record or, on any failure (a file that
// breaks off, a database error, a killed process), nothing — the database is as before, and a
// rerun does the whole job. Rejected records never stop the others. Re-importing the same file
// rewrites nothing (the upserts compare before writing). A dry run is the same work rolled back.
//
// Keys seen earlier in the same import live in a temporary table (memory stays flat however
// large the file): a key repeated across batches is reported like one repeated within a batch,
// and counted once. While the database writes a batch, the next one is read and validated.
import pg from "pg";
import type { SqlClient } from "@/lib/db/sql";
import { bulkInsert } from "@/lib/db/bulk";
import { writeAudit, auditActor, enforce, type AuditEntry } from "@/lib/services/audit";
import { canImport, ForbiddenError, hasApiScope, isApiPrincipal, type ApiPrincipal, type ApiScope, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { log } from "@/lib/log";
import { PROVINCES_BEFORE_2025, PROVINCES_FROM_2025 } from "@/lib/seed/provinces";
import type { ImportIssue, ImportKind, ImportProgress, ImportSummary, RawRecord } from "./types";
import type { ImportLimits } from "./limits";
import { IMPORT_LIMITS } from "./limits";
import { ImportError } from "./errors";
import type { RecordSource } from "./source";
import { zodIssues } from "./schema";
import { KINDS } from "./kinds";
import type { KindDefinition, ValidRecord } from "./kinds/kind";

/** Who imports: the server console, a signed-in user (web page), or a source system (push API). */
export type ImportCaller =
  | { source: "CLI" }
  | { source: "WEB"; viewer: Viewer; request: RequestInfo }
  | { source: "API"; client: ApiPrincipal; request: RequestInfo };

export interface ImportOptions {
  /** the database (node-postgres URL): the application's DATABASE_URL, or the CLI's withDatabase URL */
  url: string;
  kind: ImportKind;
  caller: ImportCaller;
  /**
   * CLI only: province code (MaTinh). Default: the only province of the database. The web and
   * the API always import into the caller's province.
   */
  province?: string;
  /** validate and count what would change, store nothing */
  dryRun?: boolean;
  limits?: ImportLimits;
  /** called after each batch (every few thousand records) and before the final step */
  onProgress?: (progress: ImportProgress) => void;
  /** records per batch (default: the kind's, 5,000–10,000); tests use small ones to cross batch boundaries */
  batchSize?: number;
}

/** API scope an import of each kind needs. */
export const IMPORT_API_SCOPES: Record<ImportKind, ApiScope> = {
  agencies: "catalogue:write", procedures: "catalogue:write", dossiers: "dossiers:write", holidays: "catalogue:write", "index-snapshots": "catalogue:write",
};

// serializes imports: they update shared derived data (the statistics summary, legal due dates)
const IMPORT_LOCK = 0x7474_6863; // "tthc"

const DB_FAILURE = "Lỗi khi ghi vào cơ sở dữ liệu: không bản ghi nào được lưu (mọi thay đổi của lần nhập đã được hoàn tác). Hãy thử lại; nếu lỗi vẫn còn, báo quản trị viên (chi tiết trong nhật ký máy chủ).";

interface Province {
  id: number;
  code: string;
}

function auditWho(caller: ImportCaller, provinceId: number): Pick<AuditEntry, "provinceId" | "userId" | "apiClientId" | "actor" | "ip" | "userAgent"> {
  if (caller.source === "CLI") return { provinceId, userId: null, apiClientId: null, actor: "cli" };
  return { ...auditActor(caller.source === "WEB" ? caller.viewer : caller.client, caller.request), provinceId };
}

/** Refuses (and records) an import the caller may not do. */
async function authorize(client: SqlClient, options: ImportOptions): Promise<void> {
  const { caller, kind } = options;
  if (caller.source === "CLI") return;
  const who = caller.source === "WEB" ? caller.viewer : caller.client;
  const allowed = isApiPrincipal(who) ? hasApiScope(who, IMPORT_API_SCOPES[kind]) : canImport(who);
  await enforce(client, who, allowed, `import.${kind}`, caller.request, { entity: "import_batch" });
}

/** The province of a province name the national statistics office uses, else the TINH unit's name without "UBND tỉnh". */
function provinceName(code: string, tinhName: string | null): string | null {
  const known = [...PROVINCES_FROM_2025, ...PROVINCES_BEFORE_2025].find(([c]) => c === code);
  if (known) return known[1];
  return tinhName?.replace(/^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(tỉnh|thành phố)\s+/iu, "").trim() || null;
}

/**
 * The province records go to. The web and the API import into the caller's; the CLI into
 * `--province`, else the only one. On a database without that province, an agencies import
 * creates it (returns "create"): see createProvince.
 */
async function resolveProvince(client: SqlClient, options: ImportOptions): Promise<Province | "create"> {
  const { caller } = options;
  if (caller.source !== "CLI") {
    const id = caller.source === "WEB" ? caller.viewer.provinceId : caller.client.provinceId;
    return (await client.query<Province>(`SELECT id, code FROM province WHERE id = $1`, [id])).rows[0]!;
  }
  const code = options.province?.trim().toUpperCase();
  const { rows } = await client.query<Province>(`SELECT id, code FROM province ${code ? "WHERE code = $1" : ""} ORDER BY id`, code ? [code] : []);
  if (rows.length === 1) return rows[0]!;
  if (rows.length > 1) throw new ImportError("PROVINCE", `Cơ sở dữ liệu có nhiều tỉnh: chọn tỉnh bằng --province (${rows.map((p) => p.code).join(", ")}).`);
  if (options.kind === "agencies") return "create";
  throw new ImportError("PROVINCE", code
    ? `Không có tỉnh mã ${code} trong cơ sở dữ liệu: nhập danh mục cơ quan của tỉnh trước (tthc import agencies <tệp> --province ${code}).`
    : "Cơ sở dữ liệu chưa có tỉnh nào: nhập danh mục cơ quan của tỉnh trước (tthc import agencies <tệp>).");
}

/**
 * The first agencies import of a province creates it. Its code is `--province`, else the last
 * part of the national code of the file's TINH unit (000.00.00.H87 → H87); its name is the
 * national list's, else the TINH unit's name without "UBND tỉnh".
 */
async function createProvince(client: SqlClient, requested: string | undefined, records: RawRecord[]): Promise<Province> {
  const tinh = records.find((r) => String(r.values.CapDonVi ?? "").trim().toUpperCase() === "TINH");
  const tinhCode = tinh ? String(tinh.values.MaDonVi ?? "").trim() : "";
  const code = requested?.trim().toUpperCase() || /(?:^|\.)(H\d{2})$/i.exec(tinhCode)?.[1]?.toUpperCase();
  const name = code ? provinceName(code, tinh ? String(tinh.values.TenDonVi ?? "").trim() : null) : null;
  if (!code || !name) {
    throw new ImportError("PROVINCE",
      "Cơ sở dữ liệu chưa có tỉnh: tệp cơ quan cần một dòng CapDonVi = TINH (UBND tỉnh) có MaDonVi dạng 000.00.00.H87 và TenDonVi \"UBND tỉnh …\", hoặc chỉ rõ mã tỉnh bằng --province (ví dụ --province H87).");
  }
  const id = (await client.query<{ id: number }>(`INSERT INTO province (code, name) VALUES ($1, $2) RETURNING id`, [code, name])).rows[0]!.id;
  return { id, code };
}

/** Mutable counters and issues of one import; issues beyond the summary's limit are only counted. */
class Tally {
  read = 0;
  inserted = 0;
  updated = 0;
  unchanged = 0;
  rejected = 0;
  duplicates = 0;
  errors: ImportIssue[] = [];
  warnings: ImportIssue[] = [];
  notShown = 0;

  constructor(private readonly limit: number) {}

  count(outcome: Outcome, n: number): void {
    if (outcome === "I") this.inserted += n;
    else if (outcome === "U") this.updated += n;
    else this.unchanged += n;
  }

  keep(list: ImportIssue[], issue: ImportIssue): void {
    if (this.errors.length + this.warnings.length < this.limit) list.push(issue);
    else this.notShown++;
  }
}

/** What a write did to a key: inserted, updated (rewritten), or nothing. */
type Outcome = "I" | "U" | "N";

interface BatchIssues {
  rejections: ImportIssue[];
  warnings: ImportIssue[];
}

function duplicateMessage(definition: KindDefinition<unknown, unknown>, earlier: number): string {
  const kept = definition.supersedes ? "bản ghi có NgayCapNhat muộn hơn được dùng (bằng nhau hoặc không có: bản ghi sau)" : "bản ghi sau được dùng";
  return `Trùng ${definition.keyField} với bản ghi số ${earlier} trong cùng tệp: ${kept}.`;
}

/** Runs one import from `source`. Throws ImportError when nothing could be imported. */
export async function runImport(options: ImportOptions, input: { name: string | null; open: () => Promise<RecordSource> }): Promise<ImportSummary> {
  const started = Date.now();
  const limits = options.limits ?? IMPORT_LIMITS;
  const definition: KindDefinition<unknown, unknown> = KINDS[options.kind];
  // a kind checked across its records (agencies) is one batch: its whole file
  const wholeFile = definition.checkBatch !== undefined;
  const batchSize = wholeFile ? definition.batchSize : Math.max(1, options.batchSize ?? definition.batchSize);
  const dryRun = options.dryRun ?? false;
  const tally = new Tally(limits.maxIssuesInSummary);
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  let province: Province | null = null;
  let source: RecordSource | null = null;
  // one batch is written while the next is read and validated; a failed write stops the loop
  let writing: Promise<void> | null = null;
  let writeFailure: unknown = null;
  try {
    await authorize(client, options);
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [IMPORT_LOCK]);
    const resolved = await resolveProvince(client, options);
    if (resolved !== "create") province = resolved;
    source = await input.open();
    let provinceCreated = false;
    let batchId = 0;
    let context: unknown = null;
    let schema: ReturnType<typeof definition.schema> | null = null;

    // the first batch decides what the import needs: its province (an agencies file may create
    // it), the batch row, the catalogues codes resolve against
    const start = async (first: RawRecord[]) => {
      if (!province) {
        province = await createProvince(client, options.province, first);
        provinceCreated = true;
      }
      batchId = (await client.query<{ id: number }>(
        `INSERT INTO import_batch (province_id, kind, source, status, file_name, file_size, user_id, api_client_id)
         VALUES ($1, $2::import_kind, $3::import_source, 'RUNNING', $4, $5, $6, $7) RETURNING id`,
        [province.id, definition.dbKind, options.caller.source, source!.fileName, source!.bytesTotal,
          options.caller.source === "WEB" ? options.caller.viewer.userId : null,
          options.caller.source === "API" ? options.caller.client.apiClientId : null])).rows[0]!.id;
      await client.query(`CREATE TEMP TABLE import_key (key text NOT NULL, record_no int NOT NULL, outcome text NOT NULL) ON COMMIT DROP`);
      context = await definition.load(client, province.id);
      schema = definition.schema(context);
    };

    const validate = (batch: RawRecord[]): { winners: ValidRecord<unknown>[]; issues: BatchIssues } => {
      const issues: BatchIssues = { rejections: [], warnings: [] };
      const reject = (no: number, key: string | null, field: string | null, message: string) => issues.rejections.push({ record: no, key, field, message });
      let valid: ValidRecord<unknown>[] = [];
      for (const raw of batch) {
        const key = definition.rawKey(raw.values);
        if (raw.problem) {
          reject(raw.no, key, null, raw.problem);
          continue;
        }
        const parsed = schema!.safeParse(raw.values);
        if (!parsed.success) {
          for (const i of zodIssues(parsed.error)) reject(raw.no, key, i.field, i.message);
          continue;
        }
        valid.push({ no: raw.no, key: definition.keyOf(parsed.data), record: parsed.data });
      }
      if (definition.checkBatch) {
        const found = definition.checkBatch(valid, context);
        const refused = new Set(found.map((i) => i.record));
        issues.rejections.push(...found);
        valid = valid.filter((v) => !refused.has(v.no));
      }
      // the last record of a key wins (unless its NgayCapNhat is older): one row per key in a batch
      const byKey = new Map<string, ValidRecord<unknown>>();
      for (const v of valid) {
        const earlier = byKey.get(v.key);
        if (earlier) {
          tally.duplicates++;
          issues.warnings.push({ record: v.no, key: v.key, field: definition.keyField, message: duplicateMessage(definition, earlier.no) });
          if (definition.supersedes && !definition.supersedes(v.record, earlier.record)) continue;
          byKey.delete(v.key); // re-inserted below: the map keeps file order of the winners
        }
        byKey.set(v.key, v);
      }
      tally.rejected += new Set(issues.rejections.map((i) => i.record)).size;
      return { winners: [...byKey.values()], issues };
    };

    const write = async (winners: ValidRecord<unknown>[], issues: BatchIssues) => {
      const provinceId = province!.id;
      const written = winners.length ? await definition.write(client, provinceId, batchId, winners.map((w) => w.record), context) : { inserted: [], updated: [] };
      const outcome = new Map<string, Outcome>();
      for (const key of written.inserted) outcome.set(key, "I");
      for (const key of written.updated) outcome.set(key, "U");
      const outcomes = winners.map((w) => outcome.get(w.key) ?? "N");
      for (const o of outcomes) tally.count(o, 1);
      // every key written, for the keys repeated across batches (resolveCrossBatchDuplicates) and the kind's finish
      await client.query(`INSERT INTO import_key SELECT * FROM unnest($1::text[], $2::int[], $3::text[])`,
        [winners.map((w) => w.key), winners.map((w) => w.no), outcomes]);
      await storeIssues(issues);
    };

    const storeIssues = async (issues: BatchIssues) => {
      const stored = [...issues.rejections.map((i) => ({ ...i, rejected: true })), ...issues.warnings.map((i) => ({ ...i, rejected: false }))];
      for (const i of issues.rejections) tally.keep(tally.errors, i);
      for (const i of issues.warnings) tally.keep(tally.warnings, i);
      if (stored.length === 0) return;
      await bulkInsert(client, "import_row_error",
        [{ name: "province_id", type: "int" }, { name: "batch_id", type: "int" }, { name: "record_no", type: "int" }, { name: "record_key", type: "text" },
          { name: "field", type: "text" }, { name: "message", type: "text" }, { name: "rejected", type: "bool" }],
        [stored.map(() => province!.id), stored.map(() => batchId), stored.map((i) => i.record), stored.map((i) => i.key),
          stored.map((i) => i.field), stored.map((i) => i.message), stored.map((i) => i.rejected)]);
    };

    // A key written by several batches was counted once per batch: count it once, with what the
    // import did to it as a whole (inserted if any write inserted it, else updated if any
    // rewrote it), and report each later record as a duplicate of the one before.
    const resolveCrossBatchDuplicates = async () => {
      await client.query(`DECLARE repeated NO SCROLL CURSOR FOR
        SELECT key, array_agg(record_no ORDER BY record_no) AS records, array_agg(outcome ORDER BY record_no) AS outcomes
        FROM import_key GROUP BY key HAVING count(*) > 1`);
      for (;;) {
        const { rows } = await client.query<{ key: string; records: number[]; outcomes: Outcome[] }>(`FETCH 5000 FROM repeated`);
        if (rows.length === 0) break;
        const issues: BatchIssues = { rejections: [], warnings: [] };
        for (const { key, records, outcomes } of rows) {
          for (const o of outcomes) tally.count(o, -1);
          tally.count(outcomes.includes("I") ? "I" : outcomes.includes("U") ? "U" : "N", 1);
          tally.duplicates += records.length - 1;
          for (let k = 1; k < records.length; k++) {
            issues.warnings.push({ record: records[k]!, key, field: definition.keyField, message: duplicateMessage(definition, records[k - 1]!) });
          }
        }
        await storeIssues(issues);
      }
      await client.query(`CLOSE repeated`);
    };

    const progress = (phase: ImportProgress["phase"]) =>
      options.onProgress?.({ phase, records: tally.read, bytesRead: source!.bytesRead(), bytesTotal: source!.bytesTotal });
    const flush = async (batch: RawRecord[]) => {
      if (!schema) await start(batch);
      const { winners, issues } = validate(batch);
      if (writing) await writing;
      if (writeFailure) throw writeFailure;
      writing = write(winners, issues).catch((error: unknown) => {
        writeFailure = error;
      });
      progress("reading");
    };

    let batch: RawRecord[] = [];
    for await (const raw of source.records) {
      if (++tally.read > limits.maxRecords) {
        throw new ImportError("TOO_LARGE", `Tệp có hơn ${limits.maxRecords.toLocaleString("vi-VN")} bản ghi, vượt giới hạn của một lần nhập: hãy chia nhỏ tệp.`);
      }
      batch.push(raw);
      if (wholeFile) {
        if (batch.length > batchSize) throw new ImportError("TOO_LARGE", `Một lần nhập có tối đa ${batchSize.toLocaleString("vi-VN")} bản ghi loại này.`);
      } else if (batch.length >= batchSize) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length) await flush(batch);
    if (writing) await writing;
    if (writeFailure) throw writeFailure;

    progress("finishing");
    const provinceId = (province as Province | null)!.id;
    await resolveCrossBatchDuplicates();
    // derived data aggregates the whole import at once: give its hash aggregates room in memory
    await client.query(`SET LOCAL work_mem = '128MB'`);
    await definition.finish?.(client, provinceId, context);
    const counts = { read: tally.read, inserted: tally.inserted, updated: tally.updated, unchanged: tally.unchanged, rejected: tally.rejected };
    await client.query(
      `UPDATE import_batch SET status = $3::import_status, read = $4, inserted = $5, updated = $6, unchanged = $7, rejected = $8,
              file_sha256 = $9, finished_at = now() WHERE province_id = $1 AND id = $2`,
      [provinceId, batchId, dryRun ? "DRY_RUN" : "COMMITTED", counts.read, counts.inserted, counts.updated, counts.unchanged, counts.rejected,
        source.digest()]);
    await writeAudit(client, {
      ...auditWho(options.caller, provinceId), action: "import.commit", entity: "import_batch", entityId: batchId,
      after: { kind: options.kind, file: source.fileName, format: source.format, ...counts, duplicates: tally.duplicates, provinceCreated },
    });
    await client.query(dryRun ? "ROLLBACK" : "COMMIT");
    return {
      ...counts, errors: tally.errors, warnings: tally.warnings, duplicates: tally.duplicates, issuesNotShown: tally.notShown,
      kind: options.kind, format: source.format, fileName: source.fileName, dryRun, batchId: dryRun ? null : batchId,
      province: (province as Province | null)!.code, provinceCreated, seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } catch (error) {
    // a batch still being written finishes inside the transaction before it is rolled back
    if (writing) await writing;
    await client.query("ROLLBACK").catch(() => undefined);
    if (error instanceof ForbiddenError) throw error;
    const failure = error instanceof ImportError ? error : toImportError(error);
    if (!dryRun && province && !(failure.code === "PROVINCE")) {
      failure.failedBatchId = await recordFailure(client, options, province, source?.fileName ?? input.name, source?.bytesTotal ?? null, tally, failure).catch((e: unknown) => {
        log.error({ err: e }, "import: could not record the failed batch");
        return null;
      });
    }
    throw failure;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function toImportError(error: unknown): ImportError {
  log.error({ err: error }, "import: failed, rolled back");
  const failure = new ImportError("DATABASE", DB_FAILURE);
  failure.cause = error;
  return failure;
}

/** After the rollback: the history keeps a FAILED batch saying why, and the audit trail the attempt. */
async function recordFailure(
  client: pg.Client, options: ImportOptions, province: Province, fileName: string | null, fileSize: number | null, tally: Tally, failure: ImportError,
): Promise<number> {
  await client.query("BEGIN");
  const id = (await client.query<{ id: number }>(
    `INSERT INTO import_batch (province_id, kind, source, status, file_name, file_size, read, failure, user_id, api_client_id, finished_at)
     VALUES ($1, $2::import_kind, $3::import_source, 'FAILED', $4, $5, $6, $7, $8, $9, now()) RETURNING id`,
    [province.id, KINDS[options.kind].dbKind, options.caller.source, fileName, fileSize, tally.read, failure.message,
      options.caller.source === "WEB" ? options.caller.viewer.userId : null, options.caller.source === "API" ? options.caller.client.apiClientId : null])).rows[0]!.id;
  await writeAudit(client, {
    ...auditWho(options.caller, province.id), action: "import.fail", entity: "import_batch", entityId: id, outcome: "FAILED",
    after: { kind: options.kind, file: fileName, read: tally.read, failure: failure.message },
  });
  await client.query("COMMIT");
  return id;
}
