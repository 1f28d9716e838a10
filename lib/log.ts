// Server log: JSON lines on stdout (pino), level from LOG_LEVEL (default info). Internals —
// stack traces, SQL errors — go here, never to the browser.
import pino from "pino";

export const log = pino({ level: process.env.LOG_LEVEL ?? "info", base: { app: "tthc" } });
