// Developer tool: `npm run migrate:dev -- <name> [--empty]` creates a migration from the
// changes in prisma/schema.prisma with Prisma's own engine, offline (throw-away in-memory PGlite).
// --empty writes an empty migration to hold SQL that Prisma does not model (triggers,
// CHECK constraints), which never causes drift.
import { createMigration } from "../lib/db/migrate.ts";

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith("--"));
if (!name) {
  console.error("usage: npm run migrate:dev -- <name> [--empty]");
  process.exit(2);
}
const created = await createMigration(name, { empty: args.includes("--empty") });
console.log(created ? `Created prisma/migrations/${created}` : "Schema and migrations already agree: no migration created.");
process.exit(0);
