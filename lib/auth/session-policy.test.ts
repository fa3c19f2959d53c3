import { describe, expect, it } from "vitest";
import { isSessionActive, newSessionExpiry, sessionPolicy, slidExpiry } from "./session-policy";

const hour = 3_600_000;
const start = new Date("2026-01-01T08:00:00Z");
const at = (hours: number) => new Date(start.getTime() + hours * hour);

describe("session policy", () => {
  it("expires a new session after 12 idle hours and 7 days at most", () => {
    const expiry = newSessionExpiry(start);
    expect(expiry.expiresAt).toEqual(at(12));
    expect(expiry.absoluteExpiresAt).toEqual(at(7 * 24));
  });

  it("treats a session as signed out once idle past its expiry", () => {
    const expiry = newSessionExpiry(start);
    expect(isSessionActive(expiry, at(11.9))).toBe(true);
    expect(isSessionActive(expiry, at(12))).toBe(false);
  });

  it("slides the idle expiry forward on use", () => {
    expect(slidExpiry(newSessionExpiry(start), at(5))).toEqual(at(17));
  });

  it("never slides past the absolute limit", () => {
    const expiry = { expiresAt: at(7 * 24 - 2), absoluteExpiresAt: at(7 * 24) };
    expect(slidExpiry(expiry, at(7 * 24 - 3))).toEqual(at(7 * 24));
    expect(isSessionActive(expiry, at(7 * 24))).toBe(false);
  });

  it("skips the write when the expiry would barely move", () => {
    const expiry = newSessionExpiry(start);
    expect(slidExpiry(expiry, new Date(start.getTime() + sessionPolicy.slideGranularityMs / 2))).toBeNull();
  });
});
