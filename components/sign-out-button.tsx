"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ redirect: false });
        window.location.assign("/dang-nhap");
      }}
      className="rounded border border-brand-100 px-3 py-1 text-sm hover:bg-white hover:text-brand-900 disabled:opacity-60"
    >
      {pending ? "Đang đăng xuất…" : "Đăng xuất"}
    </button>
  );
}
