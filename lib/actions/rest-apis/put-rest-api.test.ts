import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

const mocks = vi.hoisted(() => ({
  session: null as SessionUser | null,
  putRestApi: vi.fn(),
  getRestApi: vi.fn(),
  recordAuditEvent: vi.fn(),
}));

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => mocks.session }));
vi.mock("@/lib/aws/openapi-import", () => ({ putRestApi: mocks.putRestApi }));
vi.mock("@/lib/aws/rest-apis", () => ({ getRestApi: mocks.getRestApi }));
vi.mock("@/lib/audit/audit-log", () => ({ recordAuditEvent: mocks.recordAuditEvent }));
vi.mock("@/lib/db/client", () => ({ getDb: async () => ({}) }));

const { putRestApiAction } = await import("./put-rest-api");

const document = 'openapi: 3.0.1\ninfo: { title: pets, version: "1" }\npaths: {}\n';
const input = { envId: "sandbox", restApiId: "a1b2c3d4e5", document, mode: "overwrite", failOnWarnings: false, basePath: "ignore" };
const user = (role: SessionUser["role"]): SessionUser => ({ id: `id-${role}`, email: `${role}@example.com`, name: role, role });
const api = { id: "a1b2c3d4e5", name: "pets", description: null, endpointType: "REGIONAL", createdDate: "2026-01-01T00:00:00.000Z" };

beforeEach(() => {
  mocks.putRestApi.mockReset();
  mocks.getRestApi.mockReset().mockResolvedValue(api);
  mocks.recordAuditEvent.mockReset();
});

describe("putRestApiAction", () => {
  it("refuses a viewer before reading the document", async () => {
    mocks.session = user("viewer");
    expect(await putRestApiAction(input)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(mocks.putRestApi).not.toHaveBeenCalled();
  });

  it("overwrites nothing without the API's name typed, and says so beside the field", async () => {
    mocks.session = user("editor");
    const result = await putRestApiAction({ ...input, confirmName: "pet" });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { confirmName: [expect.stringContaining("pets")] } } });
    expect(mocks.putRestApi).not.toHaveBeenCalled();
  });

  it("refuses a document with errors, naming the line, without calling AWS", async () => {
    mocks.session = user("editor");
    const result = await putRestApiAction({ ...input, mode: "merge", document: "openapi: 3.0.1\ninfo:\n  title: pets\npaths: {}\n" });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { document: [expect.stringMatching(/^Line 2, column 1: .*version/)] } } });
    expect(mocks.putRestApi).not.toHaveBeenCalled();
  });

  it("overwrites with the typed name and returns AWS's warnings, audited with the request id", async () => {
    mocks.session = user("editor");
    mocks.putRestApi.mockResolvedValue({ value: { api, warnings: ["careful"] }, requestId: "req-7" });
    const result = await putRestApiAction({ ...input, confirmName: "pets" });
    expect(result).toEqual({ ok: true, data: { api, warnings: ["careful"] } });
    expect(mocks.putRestApi).toHaveBeenCalledWith(expect.objectContaining({ id: "sandbox" }), "a1b2c3d4e5", document, { mode: "overwrite", failOnWarnings: false, basePath: "ignore" });
    expect(mocks.recordAuditEvent).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ action: "rest-api.put", target: "a1b2c3d4e5", outcome: "success", awsRequestId: "req-7" }));
  });
});
