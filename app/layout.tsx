import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "TTHC Dashboard", template: "%s — TTHC Dashboard" },
  description: "Giám sát tình hình giải quyết thủ tục hành chính của các cơ quan, đơn vị trong tỉnh",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
