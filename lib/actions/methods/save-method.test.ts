import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { mockGet } from "@/lib/domain/method-fixtures.test-support";

const mocks = vi.hoisted(() => ({
  session: null as SessionUser | null,
  getMethodDefinition: vi.fn(),
  getResourcePath: vi.fn(),
  runPlan: vi.fn(),
  recordAuditEvent: vi.fn(),
}));

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => mocks.session }));
vi.mock("@/lib/aws/methods", () => ({ getMethodDefinition: mocks.getMethodDefinition, getResourcePath: mocks.getResourcePath }));
vi.mock("@/lib/aws/method-plan-runner", () => ({ runPlan: mocks.runPlan }));
vi.mock("@/lib/audit/audit-log", () => ({ recordAuditEvent: mocks.recordAuditEvent }));
vi.mock("@/lib/db/client", () => ({ getDb: async () => ({}) }));

const { saveMethodAction } = await import("./save-method");
const { ConsoleError } = await import("@/lib/errors");
const throttled = () => new ConsoleError("throttled", "AWS is throttling requests right now. Wait a few seconds and try again.");

const user = (role: SessionUser["role"]): SessionUser => ({ id: `id-${role}`, email: `${role}@example.com`, name: role, role });
const loaded = mockGet();
const edited = mockGet({ apiKeyRequired: true });
const input = { envId: "sandbox", restApiId: "a1b2c3d4e5", resourceId: "r00t01", httpMethod: "GET", loaded, edited };

beforeEach(() => {
  for (const mock of [mocks.getMethodDefinition, mocks.getResourcePath, mocks.runPlan, mocks.recordAuditEvent]) mock.mockReset();
  mocks.getResourcePath.mockResolvedValue({ path: "/pets", methods: ["GET"] });
});

describe("saveMethodAction", () => {
  it("refuses a viewer before reading anything", async () => {
    mocks.session = user("viewer");
    expect(await saveMethodAction(input)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(mocks.getMethodDefinition).not.toHaveBeenCalled();
    expect(mocks.runPlan).not.toHaveBeenCalled();
  });

  it("rejects a timeout outside 50-29,000 ms beside the field", async () => {
    mocks.session = user("editor");
    const result = await saveMethodAction({ ...input, edited: mockGet({ integration: { ...loaded.integration!, timeoutInMillis: 30_000 } }) });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { "edited.integration.timeoutInMillis": ["Use a timeout from 50 to 29,000 ms."] } } });
    expect(mocks.runPlan).not.toHaveBeenCalled();
  });

  it("sends nothing and reports each field when the method changed since it was loaded", async () => {
    mocks.session = user("editor");
    mocks.getMethodDefinition.mockResolvedValue(mockGet({ operationName: "ListPets" }));
    const result = await saveMethodAction(input);
    expect(result).toMatchObject({ ok: true, data: { status: "conflict", changes: [{ field: "Operation name", before: null, after: "ListPets" }] } });
    expect(mocks.runPlan).not.toHaveBeenCalled();
  });

  it("runs the plan from the current version and audits the method with its request ids", async () => {
    mocks.session = user("editor");
    mocks.getMethodDefinition.mockResolvedValueOnce(loaded).mockResolvedValueOnce(edited);
    mocks.runPlan.mockResolvedValue({ applied: [{ step: "UpdateMethod: replace /apiKeyRequired", requestId: "req-7" }], failed: null, notRun: [] });
    const result = await saveMethodAction(input);
    expect(result).toEqual({ ok: true, data: { status: "saved", applied: ["UpdateMethod: replace /apiKeyRequired"], current: edited } });
    expect(mocks.runPlan).toHaveBeenCalledWith(expect.anything(), { restApiId: "a1b2c3d4e5", resourceId: "r00t01", httpMethod: "GET" }, [
      { kind: "UpdateMethod", patchOperations: [{ op: "replace", path: "/apiKeyRequired", value: "true" }] },
    ]);
    expect(mocks.recordAuditEvent).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ action: "method.save", target: "GET /pets", awsRequestId: "req-7", outcome: "success" }));
  });

  it("says which steps were applied and which were not when one fails part-way", async () => {
    mocks.session = user("editor");
    mocks.getMethodDefinition.mockResolvedValue(loaded);
    mocks.runPlan.mockResolvedValue({ applied: [{ step: "UpdateMethod", requestId: "r1" }], failed: { step: "PutMethodResponse 404", code: "throttled", message: "AWS is throttling", field: null }, notRun: ["PutIntegrationResponse 404"] });
    const result = await saveMethodAction(input);
    expect(result).toMatchObject({ ok: true, data: { status: "partial", applied: ["UpdateMethod"], failed: { step: "PutMethodResponse 404" }, notRun: ["PutIntegrationResponse 404"] } });
  });

  it("retries a throttled read of the method before comparing, then saves", async () => {
    mocks.session = user("editor");
    mocks.getMethodDefinition.mockRejectedValueOnce(throttled()).mockResolvedValueOnce(loaded).mockResolvedValueOnce(edited);
    mocks.getResourcePath.mockReset().mockRejectedValueOnce(throttled()).mockResolvedValue({ path: "/pets", methods: ["GET"] });
    mocks.runPlan.mockResolvedValue({ applied: [{ step: "UpdateMethod: replace /apiKeyRequired", requestId: "req-8" }], failed: null, notRun: [] });
    const result = await saveMethodAction(input);
    expect(result).toMatchObject({ ok: true, data: { status: "saved", applied: ["UpdateMethod: replace /apiKeyRequired"] } });
    expect(mocks.getMethodDefinition).toHaveBeenCalledTimes(3);
    expect(mocks.getResourcePath).toHaveBeenCalledTimes(2);
  });

  it("says nothing was saved when the first reads stay throttled, and sends nothing", async () => {
    mocks.session = user("editor");
    mocks.getMethodDefinition.mockRejectedValue(throttled());
    const result = await saveMethodAction(input);
    expect(result).toMatchObject({ ok: false, error: { code: "throttled", message: "Nothing was saved: reading the method before saving failed. AWS is throttling requests right now. Wait a few seconds and try again." } });
    expect(mocks.getMethodDefinition).toHaveBeenCalledTimes(4);
    expect(mocks.runPlan).not.toHaveBeenCalled();
  });

  it("reads the saved method back through a throttled answer, so the editor's new baseline is AWS's", async () => {
    mocks.session = user("editor");
    mocks.getMethodDefinition.mockResolvedValueOnce(loaded).mockRejectedValueOnce(throttled()).mockResolvedValueOnce(edited);
    mocks.runPlan.mockResolvedValue({ applied: [{ step: "UpdateMethod: replace /apiKeyRequired", requestId: "req-9" }], failed: null, notRun: [] });
    expect(await saveMethodAction(input)).toEqual({ ok: true, data: { status: "saved", applied: ["UpdateMethod: replace /apiKeyRequired"], current: edited } });
  });
});
