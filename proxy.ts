import { NextResponse, type NextRequest } from "next/server";

// Runs before every page. It does not protect anything (pages, services and route handlers
// authorize on their own, from the database): it sets the Content-Security-Policy with a fresh
// nonce per request — Next.js reads the nonce from the request's CSP header and puts it on its
// own inline and bundle scripts — and tells pages their path, for the sign-in redirect's `next`.
//
// Scripts: only those carrying this response's nonce (and what they load: 'strict-dynamic').
// Styles: 'unsafe-inline' is kept on purpose — React and chart libraries set `style` attributes,
// which a nonce cannot cover, and inline styles cannot run code.
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-tthc-path", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // not the upload route: Next.js buffers (and cuts at 10 MB) the body of a request the proxy sees
      source: "/((?!api/|_next/static|_next/image|favicon.ico|nhap-du-lieu/tai-len).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
