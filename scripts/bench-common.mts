// What the benchmark scripts share: output formats, the machine's load, one-off queries.
import os from "node:os";
import pg from "pg";

export const int = new Intl.NumberFormat("en-US");
export const mib = (bytes: number) => `${int.format(Math.round(bytes / 1048576))} MiB`;
/** 1 / 5 / 15-minute load average: other engineers share the machine */
export const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(" / ");
export const log = (line = "") => console.log(line);

/** One query on its own connection. */
export async function query<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
