import pino from "pino";

// Structured logs for operators. Internals (SQL errors, stack traces) go here, never to users.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "tthc-dashboard" },
});
