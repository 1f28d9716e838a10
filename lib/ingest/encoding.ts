// Text files must be UTF-8 (a BOM is accepted). Offices still meet files saved in the legacy
// Vietnamese code pages — Windows-1258 (what Excel's plain "CSV" writes on a Vietnamese
// Windows) and TCVN3/ABC (the .VnTime font era) — and UTF-16 ("Unicode Text"). Such a file is
// refused as a whole, naming the encoding it most likely is and how to convert it, rather than
// importing garbled names.
//
// Validation streams: each chunk is checked with Node's native UTF-8 validator, a multi-byte
// sequence cut by a chunk boundary being carried over to the next chunk. Detection of the legacy
// encoding decodes a sample with each candidate and keeps the one whose non-ASCII words are
// most often well-formed Vietnamese syllables.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { ImportError } from "./errors";

export type LegacyEncoding = "windows-1258" | "tcvn3" | "utf-16";

const CONVERT_HINT =
  'Hãy lưu lại tệp ở dạng UTF-8: trong Excel chọn "Lưu thành" › "CSV UTF-8 (Comma delimited) (*.csv)", hoặc xuất tệp Excel (.xlsx) và nhập tệp đó.';

/** The message shown for a text file that is not UTF-8. */
export function encodingMessage(detected: LegacyEncoding | null): string {
  switch (detected) {
    case "windows-1258":
      return `Tệp không phải UTF-8: có vẻ được lưu bằng bảng mã Windows-1258 (CP1258). ${CONVERT_HINT} Trên máy chủ có thể chuyển bằng lệnh: iconv -f CP1258 -t UTF-8 tep.csv > tep-utf8.csv`;
    case "tcvn3":
      return `Tệp không phải UTF-8: có vẻ dùng bảng mã TCVN3 (ABC, phông chữ .Vn…). Hãy chuyển sang Unicode bằng Unikey (Công cụ chuyển mã: nguồn TCVN3 (ABC), đích Unicode) hoặc lệnh iconv -f TCVN5712-1 -t UTF-8 tep.csv > tep-utf8.csv, rồi lưu dạng CSV UTF-8.`;
    case "utf-16":
      return `Tệp không phải UTF-8: tệp được lưu dạng UTF-16 ("Unicode Text"). ${CONVERT_HINT}`;
    default:
      return `Tệp không phải UTF-8 và không nhận ra bảng mã. ${CONVERT_HINT}`;
  }
}

/** A text file that is not UTF-8. */
export class EncodingError extends ImportError {
  constructor(readonly detected: LegacyEncoding | null) {
    super("ENCODING", encodingMessage(detected));
    this.name = "EncodingError";
  }
}

/** UTF-16 by its byte-order mark, or by NUL bytes in every other position of ASCII text. */
export function looksUtf16(sample: Uint8Array): boolean {
  if (sample.length >= 2 && ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff))) return true;
  const n = Math.min(sample.length, 512) & ~1;
  if (n < 8) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  return Math.max(evenNul, oddNul) > n / 4 && Math.min(evenNul, oddNul) < n / 40;
}

// A Vietnamese syllable, tone marks removed: initial consonant, vowel nucleus, final consonant.
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(uyê|uya|ươi|ươu|uôi|oai|oay|oeo|iêu|yêu|uây|uyu|ưu|ươ|uô|iê|yê|ia|ua|ưa|ai|ao|au|ay|âu|ây|eo|êu|iu|oa|oă|oe|oi|ôi|ơi|ui|uy|uê|uâ|ưi|[aăâeêioôơuưy])(ch|ng|nh|[cmnpt])?$/;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Share of the sample's non-ASCII words that are well-formed Vietnamese syllables (0–1), and their number. */
export function vietnameseScore(text: string): { share: number; words: number } {
  let words = 0;
  let valid = 0;
  for (const word of text.normalize("NFC").split(/[\s\p{P}\d]+/u)) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    words++;
    const decomposed = word.toLowerCase().normalize("NFD");
    const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
    const bare = decomposed.replace(TONE_MARKS, "").normalize("NFC");
    if (tones <= 1 && SYLLABLE.test(bare)) valid++;
  }
  return { share: words ? valid / words : 0, words };
}

/** The legacy encoding a non-UTF-8 sample most likely is, or null when none reads as Vietnamese. */
export function detectLegacyEncoding(sample: Uint8Array): LegacyEncoding | null {
  if (looksUtf16(sample)) return "utf-16";
  const buffer = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  const candidates = [
    { encoding: "windows-1258" as const, score: vietnameseScore(iconv.decode(buffer, "windows1258")) },
    { encoding: "tcvn3" as const, score: vietnameseScore(iconv.decode(buffer, "tcvn")) },
  ].sort((a, b) => b.score.share - a.score.share);
  const best = candidates[0]!;
  return best.score.words > 0 && best.score.share >= 0.5 ? best.encoding : null;
}

/** Bytes at the end of `data` that start a multi-byte sequence not complete yet. */
function incompleteTail(data: Uint8Array): number {
  for (let i = 1; i <= Math.min(3, data.length); i++) {
    const byte = data[data.length - i]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > i ? i : 0;
  }
  return 0;
}

const SAMPLE_BYTES = 64 * 1024;

/**
 * Checks a stream of chunks for UTF-8, chunk by chunk (constant memory). Throws EncodingError
 * at the first invalid byte, with the likely legacy encoding.
 */
export class Utf8Validator {
  private carry: Uint8Array = new Uint8Array(0);
  private sample: Uint8Array | null = null;

  check(chunk: Uint8Array): void {
    if (this.sample === null) {
      if (looksUtf16(chunk)) throw new EncodingError("utf-16");
      this.sample = chunk.subarray(0, SAMPLE_BYTES);
    }
    const data = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const tail = incompleteTail(data);
    const body = data.subarray(0, data.length - tail);
    if (!isUtf8(body)) throw new EncodingError(detectLegacyEncoding(this.invalidRegion(body)));
    this.carry = Uint8Array.from(data.subarray(data.length - tail));
  }

  /** At the end of the stream: a sequence cut short is invalid too. */
  end(): void {
    if (this.carry.length) throw new EncodingError(detectLegacyEncoding(this.carry));
  }

  /** Where the encoding can be recognised: the start of the file when it is not UTF-8 either, else the failing chunk. */
  private invalidRegion(chunk: Uint8Array): Uint8Array {
    return this.sample && !isUtf8(this.sample) ? this.sample : chunk.subarray(0, SAMPLE_BYTES * 4);
  }
}
