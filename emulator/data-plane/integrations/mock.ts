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

/** The last template output read: a method's template usually renders the same text request after request. */
const last = { output: "", status: 200 };

/** MOCK: the status comes from the request template's output ({"statusCode": 200}); there is no backend. */
export const mockIntegration: IntegrationInvoker = {
  type: "MOCK",
  // Nothing to wait for: a settled promise, without an async function's frame.
  invoke(_invocation, request) {
    const output = request.body.toString("utf8");
    if (output !== last.output) {
      last.status = mockStatus(output);
      last.output = output;
    }
    return Promise.resolve({ statusCode: last.status, headers: {}, body: NO_BODY });
  },
};
