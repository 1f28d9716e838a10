import { execFile } from "node:child_process";
import { promisify } from "node:util";

export interface CliFailure {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tthc …` against a test database, asynchronously: a PGlite test database is served by the
 * test process itself, which must keep answering. Rejects with the exit code and output.
 */
export function tthcOn(url: string, province: string) {
  return (args: string[]) =>
    promisify(execFile)(process.execPath, ["bin/tthc.mjs", ...args], { env: { ...process.env, DATABASE_URL: url, TTHC_PROVINCE: province }, encoding: "utf8" });
}

/** The failure of a command expected to fail (null when it succeeded). */
export function failureOf(run: Promise<unknown>): Promise<CliFailure | null> {
  return run.then(() => null, (error: CliFailure) => error);
}
