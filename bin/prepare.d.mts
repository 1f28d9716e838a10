// Types of bin/prepare.mjs for the TypeScript scripts that import it (scripts/bench-pages.mts).
/** the project's root directory */
export const ROOT: string;
/** generates the Prisma client when the schema changed since it was last generated */
export function ensurePrismaClient(): void;
/** builds the production application when the sources changed since the last build */
export function ensureProductionBuild(): void;
