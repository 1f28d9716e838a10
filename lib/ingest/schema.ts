// Zod building blocks for the records of every kind: each field reads a cell or JSON value
// through the pure parsers of values.ts and reports their Vietnamese reason as the Zod issue of
// that field. A record's schema is `z.object` of these, so the issue path names the field.
import { z } from "zod";
import { cellText, type Parsed } from "./values";

export const REQUIRED_MESSAGE = "Thiếu giá trị bắt buộc.";

function issue(ctx: z.RefinementCtx, input: unknown, message: string): never {
  ctx.addIssue({ code: "custom", message, input });
  return z.NEVER;
}

/** An optional single value: empty gives null. */
export function optional<T>(parse: (text: string) => Parsed<T>) {
  return z.unknown().optional().transform((input, ctx): T | null => {
    const text = cellText(input);
    if (text === null) return null;
    if (typeof text === "object") return issue(ctx, input, `Cần một giá trị, không phải ${text.invalid}.`);
    const r = parse(text);
    return r.ok ? r.value : issue(ctx, input, r.message);
  });
}

/** A required single value: empty is an error. */
export function required<T>(parse: (text: string) => Parsed<T>) {
  return z.unknown().optional().transform((input, ctx): T => {
    const text = cellText(input);
    if (text === null) return issue(ctx, input, REQUIRED_MESSAGE);
    if (typeof text === "object") return issue(ctx, input, `Cần một giá trị, không phải ${text.invalid}.`);
    const r = parse(text);
    return r.ok ? r.value : issue(ctx, input, r.message);
  });
}

/** A code that must be in a catalogue loaded once per import (agency, procedure…), as its id. */
export function reference<T>(lookup: ReadonlyMap<string, T>, missing: (code: string) => string) {
  return (text: string): Parsed<T> => {
    const found = lookup.get(text);
    return found === undefined ? { ok: false, message: missing(text) } : { ok: true, value: found };
  };
}

/** The record-level issues of a failed parse: field (null for the record as a whole) and message. */
export function zodIssues(error: z.ZodError): { field: string | null; message: string }[] {
  return error.issues.map((i) => ({ field: i.path.length ? String(i.path[0]) : null, message: i.message }));
}
