import { describe, expect, it } from "vitest";
import { certificateExpiry } from "./client-certificate";

const now = new Date("2026-12-03T12:00:00Z");

describe("client certificate expiry", () => {
  it("says when a certificate expires and how far away that is", () => {
    expect(certificateExpiry({ id: "c1", description: null, expirationDate: "2027-12-03T12:00:00Z" }, now)).toEqual({ text: "expires 3 Dec 2027 (in 365 days)", expired: false });
  });

  it("flags an expired certificate", () => {
    expect(certificateExpiry({ id: "c1", description: null, expirationDate: "2026-12-01T12:00:00Z" }, now)).toEqual({ text: "expired 1 Dec 2026 (2 days ago)", expired: true });
  });

  it("says so when AWS gives no expiry date", () => {
    expect(certificateExpiry({ id: "c1", description: null, expirationDate: null }, now).text).toBe("no expiry date");
  });
});
