// Output conventions of the CLI: human text by default, one JSON document with --json; errors
// as a clear message on stderr (or {"error": …} with --json) and a non-zero exit code.

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, (_, v) => (typeof v === "bigint" ? Number(v) : v), 2)}\n`);
}
