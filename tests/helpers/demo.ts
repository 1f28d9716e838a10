import type { DemoProvince, DossierColumns } from "@/lib/seed/demo-generator";

/** All of a (small) demo province's dossiers as one set of columns. */
export function allDossiers(demo: DemoProvince, chunkSize = 5000): DossierColumns {
  let all: DossierColumns | null = null;
  for (const chunk of demo.dossierChunks(chunkSize)) {
    if (!all) all = chunk;
    else for (const key of Object.keys(chunk) as (keyof DossierColumns)[]) (all[key] as unknown[]).push(...(chunk[key] as unknown[]));
  }
  if (!all) throw new Error("no dossiers");
  return all;
}
