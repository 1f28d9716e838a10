import "server-only";
import { TooLargeError, UserFacingError } from "@/lib/errors";
import { formatBytes } from "@/lib/ingest/limits";

/**
 * A request's JSON body, read up to `maxBytes`: a larger declared Content-Length is refused before
 * reading, and a body without one (chunked) is cut off as soon as it passes the limit — never
 * buffered beyond it. TooLargeError (413) past the limit; UserFacingError (400) for a body that is
 * not UTF-8 JSON.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const tooLarge = () => new TooLargeError(`Nội dung yêu cầu vượt giới hạn ${formatBytes(maxBytes)}: hãy gửi thành nhiều lần, mỗi lần ít bản ghi hơn.`);
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!request.body) throw new UserFacingError("Thiếu nội dung: hãy gửi dữ liệu JSON trong thân yêu cầu.");
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    parts.push(value);
  }
  if (size === 0) throw new UserFacingError("Thiếu nội dung: hãy gửi dữ liệu JSON trong thân yêu cầu.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(parts));
  } catch {
    throw new UserFacingError("Nội dung không phải văn bản UTF-8: hãy gửi JSON mã hóa UTF-8.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UserFacingError('Nội dung không phải JSON hợp lệ: hãy gửi một mảng bản ghi hoặc gói {"service":"DongBoHoSoMC","data":[…]}.');
  }
}
