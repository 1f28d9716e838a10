// Where a request comes from (for the audit trail and throttling), and the same-origin check of
// mutating route handlers. Framework-free: works on a Fetch `Request`, `Headers` or the plain
// header record next-auth hands to `authorize`.

export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | null {
  if (source instanceof Headers) return source.get(name);
  const value = source[name] ?? source[name.toLowerCase()];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * The client's address: the last entry of X-Forwarded-For, i.e. the address the nearest hop saw.
 * Next.js fills the header with the socket's address when the request has none; behind a
 * reverse proxy, the proxy must append or overwrite it (nginx: `proxy_set_header
 * X-Forwarded-For $proxy_add_x_forwarded_for`). A client talking to Next.js directly can send
 * its own header, so the per-address throttle is only as good as the deployment's proxy; the
 * per-account throttle does not depend on it.
 */
export function clientIp(source: HeaderSource): string | null {
  const forwarded = header(source, "x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  if (!last) return null;
  return last.replace(/^::ffff:/, "").slice(0, 100);
}

export function requestInfoFrom(source: HeaderSource): RequestInfo {
  return { ip: clientIp(source), userAgent: header(source, "user-agent")?.slice(0, 500) ?? null };
}

/** A mutating request that did not come from a page of this application. */
export class CrossOriginError extends Error {
  constructor() {
    super("Yêu cầu không xuất phát từ trang của hệ thống.");
    this.name = "CrossOriginError";
  }
}

/**
 * Throws CrossOriginError unless the request's Origin (browsers send it with every POST, PUT,
 * PATCH and DELETE) is this server's own: protects cookie-authenticated route handlers from
 * cross-site request forgery. Requests authenticated by an API key carry no ambient credential
 * and do not need it.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) throw new CrossOriginError();
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new CrossOriginError();
  }
  if (originHost !== host.split(",")[0]!.trim()) throw new CrossOriginError();
}

/** A path of this application to go to after signing in; anything else (other sites, `//x`) gives "/". */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.length > 2000) return "/";
  if (/[\u0000-\u001f]/.test(next)) return "/";
  return next;
}
