import { afterEach, describe, expect, it, vi } from "vitest";
import { ConsoleError, genericErrorMessage, mapAwsError, type AwsCallTarget } from "./errors";

const sandbox: AwsCallTarget = { kind: "sandbox", region: "us-east-1", endpointUrl: "http://127.0.0.1:4566" };
const aws: AwsCallTarget = { kind: "aws", region: "eu-west-1" };

function sdkError(name: string, message: string, requestId = "req-123") {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400, requestId } });
}

afterEach(() => vi.restoreAllMocks());

describe("mapAwsError", () => {
  it.each([
    ["ExpiredTokenException", "The security token included in the request is expired", "credentials"],
    ["ExpiredToken", "The security token included in the request is expired", "credentials"],
    ["InvalidClientTokenId", "The security token included in the request is invalid.", "credentials"],
    ["UnrecognizedClientException", "The security token included in the request is invalid.", "credentials"],
    ["CredentialsProviderError", "Could not load credentials from any providers", "credentials"],
    ["AccessDeniedException", "User: arn:aws:iam::1:user/x is not authorized to perform: apigateway:POST", "access_denied"],
    ["AccessDenied", "User is not authorized", "access_denied"],
    ["NotFoundException", "Invalid API identifier specified 000000000000:abc", "not_found"],
    ["ConflictException", "Unable to complete operation due to concurrent modification", "conflict"],
    ["LimitExceededException", "Too many APIs", "limit_exceeded"],
    ["TooManyRequestsException", "Too Many Requests", "throttled"],
    ["BadRequestException", "Invalid patch path /nonsense", "validation"],
    ["NotImplementedException", "GetSdk is not implemented in the sandbox", "not_implemented"],
    ["ServiceUnavailableException", "Service Unavailable", "unavailable"],
  ])("maps %s to %s", (name, message, code) => {
    const mapped = mapAwsError(sdkError(name, message), aws);
    expect(mapped).toBeInstanceOf(ConsoleError);
    expect(mapped.code).toBe(code);
    expect(mapped.requestId).toBe("req-123");
  });

  it("passes AWS's own message through for a bad request", () => {
    expect(mapAwsError(sdkError("BadRequestException", "Invalid patch path /nonsense"), aws).message).toBe("Invalid patch path /nonsense");
  });

  it("tells the user to refresh credentials without echoing the token error", () => {
    const mapped = mapAwsError(sdkError("ExpiredTokenException", "The security token included in the request is expired"), aws);
    expect(mapped.message).toMatch(/expired or invalid/);
    expect(mapped.message).toMatch(/aws sso login/);
  });

  it("reports a signature scoped to another region as a wrong region", () => {
    const error = sdkError("InvalidSignatureException", "Credential should be scoped to a valid region, not 'eu-west-9'.");
    const mapped = mapAwsError(error, aws);
    expect(mapped.code).toBe("wrong_region");
    expect(mapped.message).toContain("eu-west-1");
  });

  it("says the sandbox is not running when the connection is refused", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:4566"), { code: "ECONNREFUSED" });
    const mapped = mapAwsError(refused, sandbox);
    expect(mapped).toMatchObject({ code: "unreachable", message: "Cannot reach the sandbox at http://127.0.0.1:4566. Is it running?" });
  });

  it.each([
    ["a DNS failure", Object.assign(new Error("getaddrinfo ENOTFOUND apigateway.eu-west-1.amazonaws.com"), { code: "ENOTFOUND" })],
    ["a timeout", Object.assign(new Error("Connection timed out after 5000 ms"), { name: "TimeoutError" })],
    ["a fetch failure", new TypeError("fetch failed", { cause: Object.assign(new Error("connect"), { code: "ECONNRESET" }) })],
    ["a dual-stack refusal", Object.assign(new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })], ""), {})],
  ])("treats %s as unreachable and names the region for AWS", (_label, error) => {
    const mapped = mapAwsError(error, aws);
    expect(mapped.code).toBe("unreachable");
    expect(mapped.message).toContain("AWS in eu-west-1");
  });

  it("hides an unknown error behind a generic message and logs it with its request id", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const mapped = mapAwsError(sdkError("SomethingOddException", "internal detail at /srv/secret/path.js:12", "req-999"), aws);
    expect(mapped).toMatchObject({ code: "internal", message: genericErrorMessage, requestId: "req-999" });
    expect(mapped.message).not.toContain("secret");
    expect(log).toHaveBeenCalledWith(expect.stringContaining("req-999"), expect.anything());
  });

  it("treats an unnamed server-side failure as the service being unavailable", () => {
    const error = Object.assign(new Error("UnknownError"), { name: "Unknown", $metadata: { httpStatusCode: 502 } });
    expect(mapAwsError(error, aws)).toMatchObject({ code: "unavailable", message: "The service is temporarily unavailable. Try again in a moment." });
  });

  it("returns a ConsoleError unchanged", () => {
    const original = new ConsoleError("conflict", "Already there");
    expect(mapAwsError(original, aws)).toBe(original);
  });
});
