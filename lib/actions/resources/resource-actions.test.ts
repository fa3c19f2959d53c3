import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import type { ApiResource } from "@/lib/domain/api-resource";
import { ConsoleError } from "@/lib/errors";

const mocks = vi.hoisted(() => ({
  session: null as SessionUser | null,
  listResources: vi.fn(),
  getResource: vi.fn(),
  createResource: vi.fn(),
  renameResource: vi.fn(),
  deleteResource: vi.fn(),
  recordAuditEvent: vi.fn(),
}));

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => mocks.session }));
vi.mock("@/lib/aws/resources", () => ({
  listResources: mocks.listResources,
  getResource: mocks.getResource,
  createResource: mocks.createResource,
  renameResource: mocks.renameResource,
  deleteResource: mocks.deleteResource,
}));
vi.mock("@/lib/audit/audit-log", () => ({ recordAuditEvent: mocks.recordAuditEvent }));
// The sandbox environment is built in, so no query reaches this stand-in.
vi.mock("@/lib/db/client", () => ({ getDb: async () => ({}) }));

const { createResourceAction } = await import("./create-resource");
const { updateResourceAction } = await import("./update-resource");
const { deleteResourceAction } = await import("./delete-resource");

const editor: SessionUser = { id: "id-editor", email: "editor@example.com", name: "editor", role: "editor" };
const api = { envId: "sandbox", restApiId: "abc123defg" };
const resource = (id: string, parentId: string | null, path: string, verbs: string[] = []): ApiResource => ({
  id,
  parentId,
  path,
  pathPart: parentId ? path.slice(path.lastIndexOf("/") + 1) : null,
  methods: verbs.map((httpMethod) => ({ httpMethod, authorizationType: "NONE", apiKeyRequired: false, integrationType: "MOCK" })),
});
const petstore = [resource("root", null, "/"), resource("pets", "root", "/pets", ["GET"]), resource("pid", "pets", "/pets/{petId}", ["GET", "DELETE"])];

beforeEach(() => {
  mocks.session = editor;
  for (const mock of Object.values(mocks)) if (typeof mock === "function") mock.mockReset();
});

describe("createResourceAction", () => {
  it("refuses a viewer before reading anything", async () => {
    mocks.session = { ...editor, role: "viewer" };
    expect(await createResourceAction({ ...api, parentId: "root", pathPart: "pets" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(mocks.createResource).not.toHaveBeenCalled();
  });

  it("refuses a malformed path part on the server too, beside the field", async () => {
    const result = await createResourceAction({ ...api, parentId: "root", pathPart: "a/b" });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { pathPart: [expect.stringMatching(/one segment/)] } } });
    expect(mocks.createResource).not.toHaveBeenCalled();
  });

  it("puts AWS's refusal of a duplicate beside the path part and audits the created path on success", async () => {
    mocks.createResource.mockRejectedValueOnce(new ConsoleError("conflict", "This conflicts with the current state. AWS said: Another resource with the same parent already has this name: pets"));
    const refused = await createResourceAction({ ...api, parentId: "root", pathPart: "pets" });
    expect(refused).toMatchObject({ ok: false, error: { code: "conflict", fieldErrors: { pathPart: [expect.stringContaining("already has this name: pets")] } } });
    mocks.createResource.mockResolvedValueOnce({ value: resource("new1", "root", "/toys"), requestId: "req-7" });
    expect(await createResourceAction({ ...api, parentId: "root", pathPart: "toys" })).toMatchObject({ ok: true, data: { path: "/toys" } });
    expect(mocks.recordAuditEvent).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ action: "resource.create", target: "/toys", awsRequestId: "req-7", outcome: "success" }));
  });
});

describe("updateResourceAction", () => {
  it("refuses a rename over someone else's, naming the new value, and changes nothing", async () => {
    mocks.getResource.mockResolvedValue(resource("pid", "pets", "/pets/{id}"));
    const result = await updateResourceAction({ ...api, resourceId: "pid", expectedPathPart: "{petId}", pathPart: "{name}" });
    expect(result).toMatchObject({ ok: false, error: { code: "conflict", message: expect.stringContaining("renamed this resource to “{id}” (/pets/{id})") } });
    expect(mocks.renameResource).not.toHaveBeenCalled();
  });

  it("renames when the resource is as the page loaded it", async () => {
    mocks.getResource.mockResolvedValue(resource("pid", "pets", "/pets/{petId}"));
    mocks.renameResource.mockResolvedValue({ value: resource("pid", "pets", "/pets/{id}"), requestId: "req-8" });
    expect(await updateResourceAction({ ...api, resourceId: "pid", expectedPathPart: "{petId}", pathPart: "{id}" })).toMatchObject({ ok: true, data: { path: "/pets/{id}" } });
    expect(mocks.renameResource).toHaveBeenCalledWith(expect.objectContaining({ id: "sandbox" }), "abc123defg", "pid", "{id}");
  });
});

describe("deleteResourceAction", () => {
  const input = { ...api, resourceId: "pets", confirmPath: "/pets", expectedResources: 2, expectedMethods: 3 };

  it("deletes when the subtree still holds what the confirmation counted", async () => {
    mocks.listResources.mockResolvedValue(petstore);
    mocks.deleteResource.mockResolvedValue({ value: null, requestId: "req-9" });
    expect(await deleteResourceAction(input)).toEqual({ ok: true, data: { id: "pets", path: "/pets" } });
    expect(mocks.recordAuditEvent).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ target: "/pets", detail: "deleted 2 resources and 3 methods" }));
  });

  it("refuses when the subtree changed since the confirmation, saying what it holds now", async () => {
    mocks.listResources.mockResolvedValue([...petstore, resource("toy", "pid", "/pets/{petId}/toys", ["GET"])]);
    const result = await deleteResourceAction(input);
    expect(result).toMatchObject({
      ok: false,
      error: { code: "conflict", message: "/pets changed since you confirmed: it now holds 3 resources and 4 methods, not 2 resources and 3 methods. Nothing was deleted; review the new counts and confirm again." },
    });
    expect(mocks.deleteResource).not.toHaveBeenCalled();
  });

  it("refuses without the typed path and never deletes the root", async () => {
    mocks.listResources.mockResolvedValue(petstore);
    expect(await deleteResourceAction({ ...input, confirmPath: "pets" })).toMatchObject({ ok: false, error: { fieldErrors: { confirmPath: ["Type the resource's path, /pets, to confirm."] } } });
    expect(await deleteResourceAction({ ...input, resourceId: "root", confirmPath: "/" })).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(mocks.deleteResource).not.toHaveBeenCalled();
  });
});
