import type { IntegrationInvoker } from "./integration";

/** MOCK: the status comes from the request template's output ({"statusCode": 200}); there is no backend. */
export const mockIntegration: IntegrationInvoker = {
  type: "MOCK",
  async invoke(_invocation, request) {
    let statusCode = 200;
    try {
      const parsed = JSON.parse(request.body.toString("utf8")) as { statusCode?: unknown };
      if (parsed && Number.isInteger(Number(parsed.statusCode))) statusCode = Number(parsed.statusCode);
    } catch {
      // No template or a non-JSON one: AWS's mock answers 200.
    }
    return { statusCode, headers: {}, body: Buffer.alloc(0) };
  },
};
