import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

const mocks = vi.hoisted(() => ({ session: null as SessionUser | null, recordAuditEvent: vi.fn() }));

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => mocks.session }));
vi.mock("@/lib/audit/audit-log", () => ({ recordAuditEvent: mocks.recordAuditEvent }));
vi.mock("@/lib/db/client", () => ({ getDb: async () => ({}) }));

const { invokeDeployedMethodAction } = await import("./invoke-deployed-method");

const input = { envId: "sandbox", restApiId: "a1b2c3d4e5", stageName: "prod", httpMethod: "GET", path: "/pets", headers: {} };
const user = (role: SessionUser["role"]): SessionUser => ({ id: `id-${role}`, email: `${role}@example.com`, name: role, role });
const fetchSpy = vi.fn(async () => new Response('{"ok":true}', { status: 200, headers: { "content-type": "application/json" } }));

beforeEach(() => {
  fetchSpy.mockClear();
  vi.stubGlobal("fetch", fetchSpy);
  process.env.ARCHWAY_SANDBOX_URL = "http://127.0.0.1:4566";
});
afterEach(() => vi.unstubAllGlobals());

describe("invokeDeployedMethodAction", () => {
  it("refuses a viewer: the request would run the real backend from the console's server", async () => {
    mocks.session = user("viewer");
    expect(await invokeDeployedMethodAction(input)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each(["//169.254.169.254/latest/meta-data", "/../../other/prod/x", "/%2e%2e/%2e%2e/_archway/realism"])("sends nothing for a path that leaves the stage: %s", async (path) => {
    mocks.session = user("editor");
    const result = await invokeDeployedMethodAction({ ...input, path });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { path: [expect.any(String)] } } });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("sends an editor's request only to the stage's invoke URL, without following redirects", async () => {
    mocks.session = user("editor");
    const result = await invokeDeployedMethodAction({ ...input, path: "/pets?limit=2", headers: { Accept: "application/json", Host: "evil.example" } });
    expect(result).toMatchObject({ ok: true, data: { status: 200, body: '{"ok":true}', url: "http://127.0.0.1:4566/_aws/execute-api/a1b2c3d4e5/prod/pets?limit=2" } });
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [URL, RequestInit];
    expect(String(url)).toBe("http://127.0.0.1:4566/_aws/execute-api/a1b2c3d4e5/prod/pets?limit=2");
    expect(init.redirect).toBe("manual");
    expect(init.headers).toEqual({ Accept: "application/json" });
  });
});
