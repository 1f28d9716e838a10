// Prisma CLI configuration. The CLI is only used for `prisma generate` (no database access):
// migrations run through lib/db/migrate.ts (Prisma's schema engine, wasm build, offline).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
