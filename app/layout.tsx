import type { Metadata } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "TTHC Dashboard", template: "%s — TTHC Dashboard" },
  description: "Giám sát tình hình giải quyết thủ tục hành chính của các cơ quan, đơn vị trong tỉnh",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry the nonce of that response's
  // Content-Security-Policy (proxy.ts), which a page prerendered at build time could not.
  await connection();
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
