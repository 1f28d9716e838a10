import "server-only";
// The history of imports (import_batch) of the viewer's province — from the CLI, the web page,
// the push API and the demo seed — with each batch's rejected records and warnings
// (import_row_error) and its error report. Administrators and office staff (canImport).
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { canImport, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { dbKindOf, IMPORT_KINDS, kindOfDb, type ImportKind, type IssueRow } from "@/lib/ingest";
import { IsoDay, PageNumber, vietnamDays } from "@/lib/url-query";
import { enforce } from "./audit";

export const IMPORT_HISTORY_PAGE_SIZE = 25;
export const IMPORT_ISSUES_PAGE_SIZE = 50;

export const IMPORT_SOURCES = ["WEB", "API", "CLI", "SEED"] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];
/** Statuses a stored batch can have (a dry run is rolled back, a running one is not visible yet). */
export const IMPORT_STATUSES = ["COMMITTED", "FAILED", "RUNNING"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number] | "DRY_RUN";

/** The history's URL state (?loai=&nguon=&trangthai=&nguoi=&tu=&den=&trang=). */
export const ImportHistoryQuery = z.object({
  loai: z.enum(IMPORT_KINDS).optional().catch(undefined),
  nguon: z.enum(IMPORT_SOURCES).optional().catch(undefined),
  trangthai: z.enum(IMPORT_STATUSES).optional().catch(undefined),
  /** part of the user name, full name or API client name */
  nguoi: z.string().trim().max(100).optional().catch(undefined),
  /** Vietnam calendar days of the start, inclusive */
  tu: IsoDay.optional().catch(undefined),
  den: IsoDay.optional().catch(undefined),
  trang: PageNumber,
});
export type ImportHistoryQuery = z.infer<typeof ImportHistoryQuery>;

/** A batch's issues page (?loai=loi|canh-bao&trang=). */
export const ImportIssuesQuery = z.object({
  loai: z.enum(["loi", "canh-bao"]).optional().catch(undefined),
  trang: PageNumber,
});
export type ImportIssuesQuery = z.infer<typeof ImportIssuesQuery>;

export interface ImportBatchRow {
  id: number;
  /** null for batches of kinds this pipeline does not import (quarterly reports) */
  kind: ImportKind | null;
  source: ImportSource;
  status: ImportStatus;
  fileName: string | null;
  fileSize: number | null;
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** records kept with a warning (a key repeated in the file) */
  warnings: number;
  failure: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  /** who: a user's name, an API client's name, or null (CLI, seed) */
  user: { username: string; fullName: string } | null;
  apiClient: string | null;
}

export interface ImportBatchDetail extends ImportBatchRow {
  fileSha256: string | null;
  /** rejected records' issues (a record may have several) */
  errorCount: number;
}

function historyWhere(viewer: Viewer, q: ImportHistoryQuery): Prisma.ImportBatchWhereInput {
  const started = vietnamDays(q.tu, q.den);
  return {
    provinceId: viewer.provinceId,
    ...(q.loai ? { kind: dbKindOf(q.loai) } : {}),
    ...(q.nguon ? { source: q.nguon } : {}),
    ...(q.trangthai ? { status: q.trangthai } : {}),
    ...(started.gte || started.lt ? { startedAt: started } : {}),
    ...(q.nguoi
      ? {
          OR: [
            { user: { username: { contains: q.nguoi, mode: "insensitive" as const } } },
            { user: { fullName: { contains: q.nguoi, mode: "insensitive" as const } } },
            { apiClient: { name: { contains: q.nguoi, mode: "insensitive" as const } } },
          ],
        }
      : {}),
  };
}

const batchInclude = {
  user: { select: { username: true, fullName: true } },
  apiClient: { select: { name: true } },
  _count: { select: { errors: { where: { rejected: false } } } },
} as const;

type BatchWithRelations = Prisma.ImportBatchGetPayload<{ include: typeof batchInclude }>;

function toRow(b: BatchWithRelations): ImportBatchRow {
  return {
    id: b.id, kind: kindOfDb(b.kind), source: b.source, status: b.status, fileName: b.fileName,
    fileSize: b.fileSize === null ? null : Number(b.fileSize),
    read: b.read, inserted: b.inserted, updated: b.updated, unchanged: b.unchanged, rejected: b.rejected, warnings: b._count.errors,
    failure: b.failure, startedAt: b.startedAt, finishedAt: b.finishedAt, user: b.user, apiClient: b.apiClient?.name ?? null,
  };
}

async function gate(db: Db, viewer: Viewer, what: string, request: RequestInfo, batchId?: number): Promise<void> {
  await enforce(db, viewer, canImport(viewer), what, request, { entity: "import_batch", entityId: batchId ?? null });
}

/** A page of the province's import history, newest first. */
export async function listImportBatches(db: Db, viewer: Viewer, query: ImportHistoryQuery, request: RequestInfo): Promise<{ rows: ImportBatchRow[]; total: number }> {
  await gate(db, viewer, "import.history", request);
  const where = historyWhere(viewer, query);
  const [batches, total] = await Promise.all([
    db.importBatch.findMany({ where, include: batchInclude, orderBy: { id: "desc" }, skip: (query.trang - 1) * IMPORT_HISTORY_PAGE_SIZE, take: IMPORT_HISTORY_PAGE_SIZE }),
    db.importBatch.count({ where }),
  ]);
  return { rows: batches.map(toRow), total };
}

/** One batch of the province, or null. */
export async function getImportBatch(db: Db, viewer: Viewer, batchId: number, request: RequestInfo): Promise<ImportBatchDetail | null> {
  await gate(db, viewer, "import.history", request, batchId);
  const batch = await db.importBatch.findUnique({ where: { provinceId_id: { provinceId: viewer.provinceId, id: batchId } }, include: batchInclude });
  if (!batch) return null;
  const errorCount = await db.importRowError.count({ where: { provinceId: viewer.provinceId, batchId, rejected: true } });
  return { ...toRow(batch), fileSha256: batch.fileSha256, errorCount };
}

const issueSelect = { id: true, recordNo: true, recordKey: true, field: true, message: true, rejected: true } as const;
const toIssue = (e: { recordNo: number; recordKey: string | null; field: string | null; message: string; rejected: boolean }): IssueRow => ({
  record: e.recordNo, key: e.recordKey, field: e.field, message: e.message, rejected: e.rejected,
});

function issuesWhere(viewer: Viewer, batchId: number, loai: ImportIssuesQuery["loai"]): Prisma.ImportRowErrorWhereInput {
  return { provinceId: viewer.provinceId, batchId, ...(loai ? { rejected: loai === "loi" } : {}) };
}

/** A page of a batch's issues in file order (record number). */
export async function listImportIssues(db: Db, viewer: Viewer, batchId: number, query: ImportIssuesQuery, request: RequestInfo): Promise<{ rows: IssueRow[]; total: number }> {
  await gate(db, viewer, "import.history", request, batchId);
  const where = issuesWhere(viewer, batchId, query.loai);
  const [rows, total] = await Promise.all([
    db.importRowError.findMany({
      where, select: issueSelect, orderBy: [{ recordNo: "asc" }, { id: "asc" }],
      skip: (query.trang - 1) * IMPORT_ISSUES_PAGE_SIZE, take: IMPORT_ISSUES_PAGE_SIZE,
    }),
    db.importRowError.count({ where }),
  ]);
  return { rows: rows.map(toIssue), total };
}

const EXPORT_CHUNK = 5000;

/**
 * Every issue of a batch in file order, in chunks (keyset on record number and id), for its error
 * report; null when the province has no such batch.
 */
export async function exportImportIssues(db: Db, viewer: Viewer, batchId: number, request: RequestInfo): Promise<{ batch: ImportBatchDetail; chunks: AsyncGenerator<IssueRow[]> } | null> {
  const batch = await getImportBatch(db, viewer, batchId, request);
  if (!batch) return null;
  const chunks = (async function* () {
    let after: { recordNo: number; id: number } | null = null;
    for (;;) {
      const rows: { id: number; recordNo: number; recordKey: string | null; field: string | null; message: string; rejected: boolean }[] = await db.importRowError.findMany({
        where: {
          ...issuesWhere(viewer, batchId, undefined),
          ...(after ? { OR: [{ recordNo: { gt: after.recordNo } }, { recordNo: after.recordNo, id: { gt: after.id } }] } : {}),
        },
        select: issueSelect, orderBy: [{ recordNo: "asc" }, { id: "asc" }], take: EXPORT_CHUNK,
      });
      if (!rows.length) return;
      yield rows.map(toIssue);
      const last = rows[rows.length - 1]!;
      after = { recordNo: last.recordNo, id: last.id };
    }
  })();
  return { batch, chunks };
}
