import "server-only";
import { Readable } from "node:stream";
import { z } from "zod";
import { errorReportCsv, errorReportXlsx, type ImportKind, type IssueRow } from "@/lib/ingest";

/** ?dang=csv|xlsx of a download (CSV unless XLSX is asked for). */
export const ReportFormat = z.enum(["csv", "xlsx"]).catch("csv");
export type ReportFormat = z.infer<typeof ReportFormat>;

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A file download: `name` is ASCII (the attachment's file name). */
export function downloadResponse(body: BodyInit, name: string, type: string): Response {
  return new Response(body, {
    headers: { "content-type": type, "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" },
  });
}

/** An import's error report, streamed as CSV or XLSX. */
export function errorReportResponse(kind: ImportKind, format: ReportFormat, chunks: AsyncIterable<IssueRow[]> | Iterable<IssueRow[]>, baseName: string): Response {
  if (format === "xlsx") {
    return downloadResponse(Readable.toWeb(errorReportXlsx(kind, chunks)) as ReadableStream<Uint8Array>, `${baseName}.xlsx`, XLSX_TYPE);
  }
  const bytes = (async function* () {
    for await (const text of errorReportCsv(kind, chunks)) yield Buffer.from(text, "utf8");
  })();
  return downloadResponse(Readable.toWeb(Readable.from(bytes)) as ReadableStream<Uint8Array>, `${baseName}.csv`, "text/csv; charset=utf-8");
}
