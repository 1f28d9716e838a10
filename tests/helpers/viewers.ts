import type { Db } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import type { Viewer } from "@/lib/auth/permissions";

/** The viewer of an existing user, loaded the way a request loads it. */
export async function viewerOf(db: Db, username: string): Promise<Viewer> {
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  const viewer = await loadViewer(db, user.id, user.sessionVersion);
  if (!viewer) throw new Error(`${username} has no viewer (inactive?)`);
  return viewer;
}
