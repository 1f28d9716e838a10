import { connectDatabase } from "@/lib/db/embedded";
import { migrateDeploy } from "@/lib/db/migrate";
import { seedReferenceData } from "@/lib/seed/reference";
import { withTransaction } from "@/lib/db/sql";
import { rebuildMissingStatistics } from "@/lib/stats/calendar";

/**
 * Runs `work` with the URL of the database the application uses: real PostgreSQL when
 * DATABASE_URL is set, else the embedded database (through its owner, or owning it for the
 * duration). With `migrate`, pending migrations and missing reference data are applied first.
 */
export async function withDatabase<T>(purpose: string, options: { migrate: boolean }, work: (url: string) => Promise<T>): Promise<T> {
  const { url, server } = await connectDatabase(purpose);
  try {
    if (options.migrate) await prepareDatabase(url);
    return await work(url);
  } finally {
    await server?.close();
  }
}

/** Applies pending migrations and missing reference data; returns the migrations applied. */
export async function prepareDatabase(url: string): Promise<string[]> {
  const applied = await migrateDeploy({ url });
  await withTransaction(url, async (client) => {
    await seedReferenceData(client);
    await rebuildMissingStatistics(client);
  });
  return applied;
}
