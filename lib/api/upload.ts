import "server-only";
// A file uploaded as multipart/form-data, streamed straight from the request to a temporary
// file (busboy on the request's body stream): a 1 GB upload never sits in memory. The size limit
// is enforced while streaming — a declared Content-Length beyond it is refused before reading,
// and a body without one (or lying about it) is cut off at the limit — and the file's SHA-256 is
// computed on the way, so later steps can check they work on the very bytes received.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import { TooLargeError, UserFacingError } from "@/lib/errors";
import { formatBytes } from "@/lib/ingest/limits";

export interface ReceivedUpload {
  /** the temporary file (mode 0600, in a 0700 directory); the caller deletes it */
  path: string;
  /** the file's name on the user's computer, cleaned (no directories, no control characters) */
  name: string;
  size: number;
  sha256: string;
  mtimeMs: number;
  /** the form's text fields that were asked for */
  fields: Record<string, string>;
}

export interface UploadOptions {
  dir: string;
  maxBytes: number;
  /** the form field carrying the file */
  fileField: string;
  /** text fields to keep */
  fields: readonly string[];
}

/** Room for the multipart framing around the file in a declared Content-Length. */
const MULTIPART_OVERHEAD = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new TooLargeError(`Tệp vượt giới hạn ${formatBytes(maxBytes)} của một lần nhập: hãy chia nhỏ tệp (ví dụ theo tháng) rồi nhập từng phần.`);

/** A file name fit to show and store: its last path part, without control characters, at most 200 characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? "").replaceAll("\\", "/").split("/").pop() ?? "";
  const clean = base.normalize("NFC").replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return clean || "tep-tai-len";
}

/** Counts and hashes the bytes that pass through. */
class Fingerprint extends Transform {
  size = 0;
  private readonly hash = createHash("sha256");
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: () => void) {
    this.size += chunk.length;
    this.hash.update(chunk);
    this.push(chunk);
    done();
  }
  digest(): string {
    return this.hash.digest("hex");
  }
}

/** Receives the one file of a multipart request into `options.dir`. */
export async function receiveUpload(request: Request, options: UploadOptions): Promise<ReceivedUpload> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type) || !request.body) throw new UserFacingError("Yêu cầu phải gửi tệp dạng multipart/form-data.");
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > options.maxBytes + MULTIPART_OVERHEAD) throw tooLarge(options.maxBytes);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": type },
      defParamCharset: "utf8", // file names as browsers send them (UTF-8), not latin1
      limits: { files: 1, fileSize: options.maxBytes, fields: options.fields.length + 4, fieldSize: 1024, parts: options.fields.length + 6 },
    });
  } catch {
    throw new UserFacingError("Yêu cầu tải lên không hợp lệ (thiếu ranh giới multipart).");
  }
  await fsp.mkdir(options.dir, { recursive: true, mode: 0o700 });
  const target = path.join(options.dir, `${randomUUID()}.upload`);
  const source = Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>);
  const fields: Record<string, string> = {};

  return new Promise<ReceivedUpload>((resolve, reject) => {
    let file: { name: string; stream: Readable; written: Promise<Fingerprint> } | null = null;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      source.destroy();
      // the temporary file is removed only once its writer has stopped: a write stream still
      // opening would otherwise create the file again after its removal
      file?.stream.destroy();
      const stopped = file ? file.written.then(() => undefined, () => undefined) : Promise.resolve();
      void stopped.then(() => fsp.rm(target, { force: true })).finally(() => reject(error));
    };
    parser.on("file", (name, stream, info) => {
      if (name !== options.fileField || file) {
        stream.resume();
        return;
      }
      const fingerprint = new Fingerprint();
      stream.on("limit", () => fail(tooLarge(options.maxBytes)));
      const written = pipeline(stream, fingerprint, fs.createWriteStream(target, { flags: "wx", mode: 0o600 })).then(() => fingerprint);
      written.catch(() => undefined); // a failure is reported through `fail` or at "close"
      file = { name: cleanFileName(info.filename), stream, written };
    });
    parser.on("field", (name, value) => {
      if (options.fields.includes(name)) fields[name] = value;
    });
    parser.on("error", () => fail(new UserFacingError("Dữ liệu tải lên bị lỗi hoặc bị ngắt giữa chừng: hãy tải lên lại.")));
    source.on("error", () => fail(new UserFacingError("Quá trình tải lên bị ngắt giữa chừng: hãy tải lên lại.")));
    parser.on("close", () => {
      if (settled) return;
      if (!file) return fail(new UserFacingError("Chưa chọn tệp để tải lên."));
      const { name } = file;
      file.written.then(async (fingerprint) => {
        if (settled) return;
        if (fingerprint.size === 0) return fail(new UserFacingError("Tệp trống (0 byte)."));
        const stat = await fsp.stat(target);
        settled = true;
        resolve({ path: target, name, size: fingerprint.size, sha256: fingerprint.digest(), mtimeMs: stat.mtimeMs, fields });
      }, () => fail(new UserFacingError("Không lưu được tệp tải lên trên máy chủ: hãy thử lại; nếu lỗi vẫn còn, báo quản trị viên.")));
    });
    source.pipe(parser);
  });
}
