import "server-only";
// Imports from the web page (/nhap-du-lieu): upload → preview (a dry run of the whole file) →
// import of the very file previewed, or cancel. Each upload is a *session* of the Next server
// process: its temporary file, the dry run's summary, then the import's, and the progress of
// whichever is running. The import runs here, in the server process, as a background job: the
// request that starts it answers at once and the page follows the job's progress.
//
// Why jobs live in memory and why progress reads no database (the trade-off, on purpose):
// the embedded database (PGlite) runs ONE transaction at a time, and an import is one long
// transaction — while it runs, every other query of the application waits for it to commit. A
// progress endpoint that loaded the viewer from the database would hang exactly when it is
// needed. So the progress endpoint answers from this registry after checking the request's
// session token (the signed, encrypted next-auth JWT: user id, expiry) belongs to the session's
// owner — no database query. The price: for the length of a job, a user who was deactivated or
// whose sessions were ended meanwhile can still read the *progress counters* of their own job
// (records and bytes read; never data, never another user's job); everything else — upload,
// preview result, import, cancel, history, error reports — authorizes through this service with
// the viewer loaded from the database, as every other page does. Session ids are 192 random bits,
// bound to the user who uploaded. Jobs live in one process: behind several application
// instances, /nhap-du-lieu needs sticky sessions (or the CLI imports).
//
// Temporary files: one directory (TTHC_UPLOAD_DIR, default <TTHC_DATA_DIR>/uploads, mode 0700),
// one file per session (0600), deleted on cancel, after the import, after a failed preview, and
// by a sweep of sessions idle for an hour (and files an earlier process left behind).
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Writable } from "node:stream";
import { z } from "zod";
import { getToken } from "next-auth/jwt";
import type { Db } from "@/lib/db/client";
import { databaseUrl, db } from "@/lib/db/prisma";
import { canImport, ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { getAuthOptions } from "@/lib/auth/options";
import { receiveUpload } from "@/lib/api/upload";
import { GENERIC_ERROR, UserFacingError } from "@/lib/errors";
import { IMPORT_KINDS, ImportError, importFile, importLimits, type ImportKind, type ImportLimits, type ImportSummary, type IssueRow } from "@/lib/ingest";
import { log } from "@/lib/log";
import { enforce } from "./audit";

export interface ImportDeps {
  db: Db;
  /** node-postgres URL of the same database: an import has its own connection and transaction */
  url: string;
  uploadDir: string;
  limits: ImportLimits;
}

/** Where uploads wait: TTHC_UPLOAD_DIR, else `uploads` in the data directory (never /tmp, often memory-backed). */
export function uploadDir(): string {
  // a path from the environment, read at run time: nothing for the build to trace
  return path.resolve(/*turbopackIgnore: true*/ process.env.TTHC_UPLOAD_DIR ?? path.join(process.env.TTHC_DATA_DIR ?? ".data", "uploads"));
}

export function serverImportDeps(): ImportDeps {
  return { db: db(), url: databaseUrl(), uploadDir: uploadDir(), limits: importLimits() };
}

export type ImportSessionState = "previewing" | "previewed" | "importing" | "imported" | "failed";
/** checking: the file is hashed again before the import; then the pipeline's own phases */
export type ImportJobPhase = "starting" | "checking" | "reading" | "finishing";

export interface ImportJobProgress {
  phase: ImportJobPhase;
  records: number;
  bytesRead: number;
  bytesTotal: number;
}

/** What the progress endpoint answers (from memory). */
export interface ImportProgressView {
  state: ImportSessionState;
  progress: ImportJobProgress;
}

/** What the page shows of a session (from an endpoint that loads the viewer from the database). */
export interface ImportSessionView extends ImportProgressView {
  id: string;
  kind: ImportKind;
  fileName: string;
  fileSize: number;
  sha256: string;
  preview: ImportSummary | null;
  result: ImportSummary | null;
  failure: { during: "preview" | "import"; message: string; batchId: number | null } | null;
}

interface ImportSession extends ImportSessionView {
  userId: number;
  provinceId: number;
  path: string;
  mtimeMs: number;
  touchedAt: number;
}

/** Idle sessions (and their files) are dropped after this long. */
export const SESSION_IDLE_MS = 60 * 60 * 1000;
const SWEEP_EVERY_MS = 5 * 60 * 1000;
const SESSION_ID = /^[A-Za-z0-9_-]{32}$/;

// kept on globalThis: route handlers and pages may be separate module instances of one process
const store = globalThis as unknown as {
  tthcImportSessions?: Map<string, ImportSession>;
  /** users whose upload is arriving (not a session yet) */
  tthcUploading?: Set<number>;
  tthcUploadDirs?: Set<string>;
  tthcImportSweep?: NodeJS.Timeout;
};

function registry(): Map<string, ImportSession> {
  if (!store.tthcImportSessions) {
    store.tthcImportSessions = new Map();
    store.tthcImportSweep = setInterval(() => void sweep(Date.now()), SWEEP_EVERY_MS);
    store.tthcImportSweep.unref();
  }
  return store.tthcImportSessions;
}

/** Upload directories this process has used (their leftovers are swept too). */
function uploadDirs(): Set<string> {
  store.tthcUploadDirs ??= new Set();
  return store.tthcUploadDirs;
}

const isRunning = (s: ImportSession) => s.state === "previewing" || s.state === "importing";

function view(s: ImportSession): ImportSessionView {
  return {
    id: s.id, kind: s.kind, fileName: s.fileName, fileSize: s.fileSize, sha256: s.sha256, state: s.state, progress: { ...s.progress },
    preview: s.preview, result: s.result, failure: s.failure,
  };
}

async function deleteFile(s: ImportSession): Promise<void> {
  await fsp.rm(s.path, { force: true }).catch((error: unknown) => log.warn({ err: error }, "import: could not delete an upload"));
}

async function drop(s: ImportSession): Promise<void> {
  registry().delete(s.id);
  await deleteFile(s);
}

/**
 * Drops sessions idle since before `now - SESSION_IDLE_MS` (never a running one) with their
 * files, and deletes upload files no session owns that are as old (left by an earlier process).
 */
export async function sweep(now: number): Promise<void> {
  for (const s of [...registry().values()]) if (!isRunning(s) && s.touchedAt < now - SESSION_IDLE_MS) await drop(s);
  for (const dir of uploadDirs()) await sweepOrphans(dir, now);
}

/** Deletes upload files no session owns that are older than the idle limit (left by an earlier process). */
async function sweepOrphans(dir: string, now: number): Promise<void> {
  const owned = new Set([...registry().values()].map((s) => s.path));
  const names = await fsp.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const file = path.join(dir, name);
    if (!name.endsWith(".upload") || owned.has(file)) continue;
    const stat = await fsp.stat(file).catch(() => null);
    if (stat && stat.mtimeMs < now - SESSION_IDLE_MS) await fsp.rm(file, { force: true }).catch(() => undefined);
  }
}

function ownSession(viewer: Viewer, id: string): ImportSession | null {
  if (!SESSION_ID.test(id)) return null;
  const s = registry().get(id);
  return s && s.userId === viewer.userId && s.provinceId === viewer.provinceId ? s : null;
}

const gate = (deps: ImportDeps, viewer: Viewer, what: string, request: RequestInfo) =>
  enforce(deps.db, viewer, canImport(viewer), what, request, { entity: "import_batch" });

function failureOf(error: unknown, during: "preview" | "import"): NonNullable<ImportSessionView["failure"]> {
  if (error instanceof ImportError) return { during, message: error.message, batchId: error.failedBatchId };
  if (error instanceof ForbiddenError || error instanceof UserFacingError) return { during, message: error.message, batchId: null };
  log.error({ err: error }, "import: web job failed");
  return { during, message: GENERIC_ERROR, batchId: null };
}

/** Hashes the file again: the import must read the very bytes that were uploaded and previewed. */
async function checkSameFile(s: ImportSession): Promise<void> {
  const changed = new UserFacingError("Tệp tạm trên máy chủ đã thay đổi hoặc không còn sau bước kiểm tra: hãy tải tệp lên và kiểm tra lại.");
  const stat = await fsp.stat(s.path).catch(() => null);
  if (!stat || stat.size !== s.fileSize || stat.mtimeMs !== s.mtimeMs) throw changed;
  const hash = createHash("sha256");
  await pipeline(fs.createReadStream(s.path, { highWaterMark: 1024 * 1024 }), new Writable({
    write(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      s.progress.bytesRead += chunk.length;
      done();
    },
  }));
  if (hash.digest("hex") !== s.sha256) throw changed;
}

/** Runs the dry run or the import of a session in the background; its outcome lands in the session. */
function startJob(deps: ImportDeps, s: ImportSession, viewer: Viewer, request: RequestInfo, dryRun: boolean): void {
  s.state = dryRun ? "previewing" : "importing";
  s.progress = { phase: dryRun ? "starting" : "checking", records: 0, bytesRead: 0, bytesTotal: s.fileSize };
  s.failure = null;
  s.touchedAt = Date.now();
  void (async () => {
    let outcome: Pick<ImportSession, "state"> & Partial<Pick<ImportSession, "preview" | "result" | "failure">>;
    try {
      if (!dryRun) {
        await checkSameFile(s);
        s.progress = { phase: "starting", records: 0, bytesRead: 0, bytesTotal: s.fileSize };
      }
      const summary = await importFile({
        url: deps.url, kind: s.kind, caller: { source: "WEB", viewer, request }, file: { path: s.path, name: s.fileName }, dryRun, limits: deps.limits,
        onProgress: (p) => {
          s.progress = { phase: p.phase, records: p.records, bytesRead: p.bytesRead, bytesTotal: p.bytesTotal ?? s.fileSize };
        },
      });
      outcome = dryRun ? { state: "previewed", preview: summary } : { state: "imported", result: summary };
    } catch (error) {
      outcome = { state: "failed", failure: failureOf(error, dryRun ? "preview" : "import") };
    }
    // the file is needed only between a successful preview and its import; it is deleted before
    // the session says the job has ended
    if (outcome.state !== "previewed") await deleteFile(s);
    Object.assign(s, outcome, { touchedAt: Date.now() });
  })();
}

const KindInput = z.enum(IMPORT_KINDS, { message: "Chọn loại dữ liệu cần nhập." });

/**
 * Receives an upload (multipart: `kind`, `file`) into a temporary file and starts its preview.
 * One session per user: a new upload replaces the user's idle one, and is refused while one runs.
 */
export async function startImportSession(deps: ImportDeps, viewer: Viewer, request: Request, info: RequestInfo): Promise<ImportSessionView> {
  await gate(deps, viewer, "import.upload", info);
  const uploading = (store.tthcUploading ??= new Set());
  const mine = [...registry().values()].filter((s) => s.userId === viewer.userId);
  if (uploading.has(viewer.userId) || mine.some(isRunning)) {
    throw new UserFacingError("Bạn đang có một lần tải lên, kiểm tra hoặc nhập dữ liệu chưa xong: hãy đợi nó kết thúc rồi tải tệp khác.");
  }
  for (const s of mine) await drop(s);
  uploadDirs().add(deps.uploadDir);
  await sweep(Date.now());
  uploading.add(viewer.userId);
  let upload: Awaited<ReturnType<typeof receiveUpload>>;
  try {
    upload = await receiveUpload(request, { dir: deps.uploadDir, maxBytes: deps.limits.maxFileBytes, fileField: "file", fields: ["kind"] });
  } finally {
    uploading.delete(viewer.userId);
  }
  const kind = KindInput.safeParse(upload.fields.kind);
  if (!kind.success) {
    await fsp.rm(upload.path, { force: true });
    throw new UserFacingError(kind.error.issues[0]!.message, "kind");
  }
  const session: ImportSession = {
    id: randomBytes(24).toString("base64url"), userId: viewer.userId, provinceId: viewer.provinceId, kind: kind.data,
    path: upload.path, fileName: upload.name, fileSize: upload.size, sha256: upload.sha256, mtimeMs: upload.mtimeMs,
    state: "previewing", progress: { phase: "starting", records: 0, bytesRead: 0, bytesTotal: upload.size },
    preview: null, result: null, failure: null, touchedAt: Date.now(),
  };
  registry().set(session.id, session);
  startJob(deps, session, viewer, info, true);
  return view(session);
}

/** A session of the viewer, or null (unknown, expired, someone else's). */
export async function getImportSession(deps: ImportDeps, viewer: Viewer, id: string, info: RequestInfo): Promise<ImportSessionView | null> {
  await gate(deps, viewer, "import.view", info);
  const s = ownSession(viewer, id);
  if (!s) return null;
  s.touchedAt = Date.now();
  return view(s);
}

const ConfirmInput = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/, "Thiếu mã kiểm tra của tệp.") });

/**
 * Imports the file a session previewed. `input.sha256` is the fingerprint the page was shown
 * with the preview: the import goes ahead only for that very file (and the job hashes the
 * stored file again before reading it).
 */
export async function confirmImport(deps: ImportDeps, viewer: Viewer, id: string, input: unknown, info: RequestInfo): Promise<ImportSessionView | null> {
  await gate(deps, viewer, "import.confirm", info);
  const s = ownSession(viewer, id);
  if (!s) return null;
  const { sha256 } = ConfirmInput.parse(input);
  if (s.state !== "previewed") {
    throw new UserFacingError(isRunning(s) ? "Tệp này đang được kiểm tra hoặc nhập." : s.state === "imported" ? "Tệp này đã được nhập." : "Tệp này không nhập được: hãy tải lên lại.");
  }
  if (sha256 !== s.sha256) throw new UserFacingError("Tệp cần nhập không phải tệp đã kiểm tra: hãy tải lên và kiểm tra lại.");
  startJob(deps, s, viewer, info, false);
  return view(s);
}

/** Cancels (or closes) a session: its temporary file is deleted. Refused while its job runs. */
export async function cancelImportSession(deps: ImportDeps, viewer: Viewer, id: string, info: RequestInfo): Promise<boolean> {
  await gate(deps, viewer, "import.cancel", info);
  const s = ownSession(viewer, id);
  if (!s) return false;
  if (isRunning(s)) throw new UserFacingError("Không dừng được giữa chừng: lần nhập chạy trọn trong một giao dịch. Hãy đợi nó kết thúc.");
  await drop(s);
  return true;
}

/** The issues of a session's summary (preview or result: at most the summary's limit), in file order, for its error report. */
export async function importSessionIssues(deps: ImportDeps, viewer: Viewer, id: string, info: RequestInfo): Promise<{ session: ImportSessionView; issues: IssueRow[] } | null> {
  const session = await getImportSession(deps, viewer, id, info);
  const summary = session?.result ?? session?.preview;
  if (!session || !summary) return null;
  const issues = [
    ...summary.errors.map((e) => ({ ...e, rejected: true })),
    ...summary.warnings.map((w) => ({ ...w, rejected: false })),
  ].sort((a, b) => a.record - b.record);
  return { session, issues };
}

const SESSION_COOKIE = "next-auth.session-token";

function cookiesOf(request: Request): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return cookies;
}

/**
 * The progress of a session's job, answered from memory without any database query (see the top
 * of this file): "unauthenticated" without a valid session token, null when the token's user
 * does not own the session.
 */
export async function importSessionProgress(request: Request, id: string): Promise<ImportProgressView | null | "unauthenticated"> {
  const cookies = cookiesOf(request);
  const secureCookie = [...cookies.keys()].some((name) => name.startsWith(`__Secure-${SESSION_COOKIE}`));
  const token = await getToken({ req: { cookies, headers: request.headers } as never, secret: getAuthOptions().secret, secureCookie });
  if (typeof token?.uid !== "number") return "unauthenticated";
  const s = SESSION_ID.test(id) ? registry().get(id) : undefined;
  if (!s || s.userId !== token.uid) return null;
  s.touchedAt = Date.now();
  return { state: s.state, progress: { ...s.progress } };
}

/** What the import page needs before any session: the viewer may import (refusal audited), and the file limit. */
export async function openImportPage(deps: ImportDeps, viewer: Viewer, info: RequestInfo): Promise<{ maxFileBytes: number }> {
  await gate(deps, viewer, "import.page", info);
  return { maxFileBytes: deps.limits.maxFileBytes };
}
