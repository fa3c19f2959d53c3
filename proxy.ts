import { NextResponse, type NextRequest } from "next/server";
import { environmentIdInPath, lastEnvironmentCookie } from "@/components/shell/last-environment-cookie";
import { requestPathHeader, signInPath } from "@/components/auth/safe-next-path";

/** The session cookie set by lib/auth; only its presence is checked here, the session itself is verified by the page. */
const SESSION_COOKIE = "archway_session";
const PUBLIC_PATHS = ["/sign-in", "/setup"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  // A cleared session goes to sign-in with the way back; an expired one is caught by requireUser() in the page,
  // which finds the way back in the request-path header set below.
  if (request.method === "GET" && !isPublic && !pathname.startsWith("/api/") && !request.cookies.has(SESSION_COOKIE)) {
    return NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Where the page is, so requireUser() can send an expired session to sign-in with the way back.
  requestHeaders.set(requestPathHeader, `${pathname}${search}`);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const envId = environmentIdInPath(pathname);
  if (envId && request.cookies.get(lastEnvironmentCookie)?.value !== envId) {
    response.cookies.set(lastEnvironmentCookie, envId, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  }
  return response;
}

function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Radix positions popovers and sonner injects its stylesheet with inline styles; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
