import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireViewer } from "@/lib/auth/viewer";

// The explorer's pages share the application's frame, rendered at once: while a list or a
// dossier loads (loading.tsx), the header and navigation are already there and usable. Each page
// still checks the viewer itself.
export default async function ExplorerLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  return <AppShell viewer={viewer} current="/ho-so">{children}</AppShell>;
}
