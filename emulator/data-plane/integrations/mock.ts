import type { IntegrationInvoker } from "./integration";

/** The status a MOCK's request template output asks for: AWS's mock answers 200 to no template or a non-JSON one. */
function mockStatus(output: string): number {
  try {
    const parsed = JSON.parse(output) as { statusCode?: unknown };
    if (parsed && Number.isInteger(Number(parsed.statusCode))) return Number(parsed.statusCode);
  } catch {
    // Not JSON: 200.
  }
  return 200;
}

/** A mock's endpoint body: empty, and with no bytes to change, one buffer serves every request. */
const NO_BODY = Buffer.alloc(0);

/** The last template output read (no output is a 200): a method's template renders the same bytes request after request. */
const last: { output: Buffer; status: number } = { output: NO_BODY, status: 200 };

/** MOCK: the status comes from the request template's output ({"statusCode": 200}); there is no backend. */
export const mockIntegration: IntegrationInvoker = {
  type: "MOCK",
  // Nothing to wait for: a settled promise, without an async function's frame.
  invoke(_invocation, request) {
    // Compared as bytes: decoding them to text on every request costs more than the rest of a MOCK's integration.
    if (!request.body.equals(last.output)) {
      last.status = mockStatus(request.body.toString("utf8"));
      last.output = request.body;
    }
    return Promise.resolve({ statusCode: last.status, headers: {}, body: NO_BODY });
  },
};
