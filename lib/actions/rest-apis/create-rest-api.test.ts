import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import type { RestApiSummary } from "@/lib/domain/rest-api";

const mocks = vi.hoisted(() => ({
  session: null as SessionUser | null,
  createRestApi: vi.fn(),
  recordAuditEvent: vi.fn(),
  revalidatePath: vi.fn(),
}));

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: mocks.revalidatePath }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => mocks.session }));
vi.mock("@/lib/aws/rest-apis", () => ({ createRestApi: mocks.createRestApi }));
vi.mock("@/lib/audit/audit-log", () => ({ recordAuditEvent: mocks.recordAuditEvent }));
// The sandbox environment is built in, so no query reaches this stand-in.
vi.mock("@/lib/db/client", () => ({ getDb: async () => ({}) }));

const { createRestApiAction } = await import("./create-rest-api");

const input = { envId: "sandbox", name: "pets", endpointType: "REGIONAL" };
const user = (role: SessionUser["role"]): SessionUser => ({ id: `id-${role}`, email: `${role}@example.com`, name: role, role });

beforeEach(() => {
  mocks.createRestApi.mockReset();
  mocks.recordAuditEvent.mockReset();
});

describe("createRestApiAction", () => {
  it("refuses a caller without a session, whatever the UI shows", async () => {
    mocks.session = null;
    const result = await createRestApiAction(input);
    expect(result).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
    expect(mocks.createRestApi).not.toHaveBeenCalled();
    expect(mocks.recordAuditEvent).not.toHaveBeenCalled();
  });

  it("refuses a viewer, whatever the UI shows", async () => {
    mocks.session = user("viewer");
    const result = await createRestApiAction(input);
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(mocks.createRestApi).not.toHaveBeenCalled();
  });

  it("creates the API for an editor and audits it with the new id and AWS request id", async () => {
    mocks.session = user("editor");
    const api: RestApiSummary = { id: "a1b2c3d4e5", name: "pets", description: null, endpointType: "REGIONAL", createdDate: "2026-01-01T00:00:00.000Z" };
    mocks.createRestApi.mockResolvedValue({ value: api, requestId: "req-42" });
    const result = await createRestApiAction(input);
    expect(result).toEqual({ ok: true, data: api });
    expect(mocks.createRestApi).toHaveBeenCalledWith(expect.objectContaining({ id: "sandbox", kind: "sandbox" }), { name: "pets", endpointType: "REGIONAL" });
    expect(mocks.recordAuditEvent).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ actorEmail: "editor@example.com", envId: "sandbox", action: "rest-api.create", target: "a1b2c3d4e5", outcome: "success", awsRequestId: "req-42" }),
    );
  });

});
