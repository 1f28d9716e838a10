import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;

/**
 * A Prisma client over node-postgres. Used for real PostgreSQL and for the embedded database
 * alike: the embedded one is reached through its owner's socket (lib/db/embedded.ts), so there is
 * one code path and one set of type conversions everywhere.
 */
export function createDb(url: string, options: { maxConnections?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString: url, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}
