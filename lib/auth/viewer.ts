import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db/prisma";
import { loadViewer } from "./load-viewer";
import { getAuthOptions } from "./options";
import type { Viewer } from "./permissions";

/**
 * The signed-in user of the current request, loaded fresh from the database (roles, agency
 * scope, active flag): null when nobody is signed in, the user was deactivated or the session
 * was ended (password reset). Once per request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.uid || !session.sv) return null;
  return loadViewer(db(), session.uid, session.sv);
});

/**
 * The signed-in user, or a redirect to the sign-in page (which brings the user back here). A user
 * whose password was reset by an administrator goes to the password change first.
 */
export async function requireViewer(options: { allowPasswordChange?: boolean } = {}): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const path = (await headers()).get("x-tthc-path");
    redirect(path && path !== "/" ? `/dang-nhap?next=${encodeURIComponent(path)}` : "/dang-nhap");
  }
  if (viewer.mustChangePassword && !options.allowPasswordChange) redirect("/doi-mat-khau");
  return viewer;
}
