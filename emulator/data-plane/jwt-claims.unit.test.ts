import { describe, expect, it } from "vitest";
import { claimStrings, decodeJwtPayload } from "./jwt-claims";

const part = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
const jwt = (payload: unknown, header: unknown = { alg: "RS256", kid: "k1" }) => `${part(header)}.${part(payload)}.${part("signature")}`;

describe("decodeJwtPayload", () => {
  it("decodes the payload of a three-part base64url token", () => {
    expect(decodeJwtPayload(jwt({ sub: "u1", token_use: "id" }))).toEqual({ sub: "u1", token_use: "id" });
  });

  it("refuses tokens that are not three base64url parts with JSON object header and payload", () => {
    const good = jwt({ sub: "u1" });
    const [header, payload] = good.split(".");
    expect(decodeJwtPayload("not-a-jwt")).toBeUndefined();
    expect(decodeJwtPayload(`${header}.${payload}`)).toBeUndefined();
    expect(decodeJwtPayload(`${header}.${payload}.`)).toBeUndefined();
    expect(decodeJwtPayload(`${header}.${payload}.sig.extra`)).toBeUndefined();
    expect(decodeJwtPayload(`${header}.${payload}.si+g/=`)).toBeUndefined();
    expect(decodeJwtPayload(`${header}.${part("plain text")}.sig`)).toBeUndefined();
    expect(decodeJwtPayload(`${header}.${part([1, 2])}.sig`)).toBeUndefined();
    expect(decodeJwtPayload(`${part("null")}.${payload}.sig`)).toBeUndefined();
  });
});

describe("claimStrings", () => {
  it("gives every claim as a string, exp and iat as AWS's Java dates and auth_time as epoch seconds", () => {
    const claims = claimStrings({
      sub: "u1",
      email_verified: true,
      auth_time: 1513492092,
      exp: 1513495692,
      iat: 1513492092,
      "custom:tier": 3,
      "cognito:groups": ["admin", "ops"],
      address: { formatted: "1 Main St" },
      nothing: null,
    });
    expect(claims).toEqual({
      sub: "u1",
      email_verified: "true",
      auth_time: "1513492092",
      exp: "Sun Dec 17 07:28:12 UTC 2017",
      iat: "Sun Dec 17 06:28:12 UTC 2017",
      "custom:tier": "3",
      "cognito:groups": "admin,ops",
      address: '{"formatted":"1 Main St"}',
    });
  });
});
