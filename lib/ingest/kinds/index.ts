import type { ImportKind } from "../types";
import type { DbImportKind, KindDefinition } from "./kind";
import { agencies } from "./agencies";
import { procedures } from "./procedures";
import { dossiers } from "./dossiers";
import { holidays } from "./holidays";
import { indexSnapshots } from "./index-snapshots";

// each kind has its own record and context types
export const KINDS: Record<ImportKind, KindDefinition<any, any>> = {
  agencies,
  procedures,
  dossiers,
  holidays,
  "index-snapshots": indexSnapshots,
};

/** The database's name of a kind (enum import_kind), and back (null for kinds imported elsewhere, e.g. REPORTS). */
export const dbKindOf = (kind: ImportKind): DbImportKind => KINDS[kind].dbKind;
export const kindOfDb = (dbKind: string): ImportKind | null => (Object.keys(KINDS) as ImportKind[]).find((k) => KINDS[k].dbKind === dbKind) ?? null;
