import type { ImportKind } from "../types";
import type { KindDefinition } from "./kind";
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
