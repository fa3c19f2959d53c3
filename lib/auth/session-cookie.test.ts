import { describe, expect, it, vi } from "vitest";
import { clientIpFrom, requestIsHttps, sessionCookieName, sessionCookieOptions } from "./session-cookie";

vi.mock("server-only", () => ({}));

describe("session cookie", () => {
  it("is called archway_session and is httpOnly, SameSite=Lax, site-wide, until the absolute expiry", () => {
    const expires = new Date("2026-01-08T00:00:00Z");
    expect(sessionCookieName).toBe("archway_session");
    expect(sessionCookieOptions(expires, false)).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/", expires });
  });

  it("is Secure when the request came over https, directly or through a proxy", () => {
    expect(sessionCookieOptions(new Date(), true).secure).toBe(true);
    expect(requestIsHttps(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(requestIsHttps(new Headers({ origin: "https://console.example.com" }))).toBe(true);
    expect(requestIsHttps(new Headers({ "x-forwarded-proto": "http", origin: "https://x" }))).toBe(false);
    expect(requestIsHttps(new Headers({ origin: "http://localhost:3000" }))).toBe(false);
  });

  it("takes the client address from the first forwarded hop", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(clientIpFrom(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientIpFrom(new Headers())).toBe("unknown");
  });
});
