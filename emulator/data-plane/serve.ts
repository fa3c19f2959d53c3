import type { ServiceCall, ServiceDeps, ServiceReply } from "../protocol/service-call";

// Deployed stages are served at http://localhost:4566/_aws/execute-api/{apiId}/{stage}/{path}
// and http://{apiId}.execute-api.localhost:4566/{stage}/{path}.
const PATH_PREFIX = "/_aws/execute-api/";
const HOST_PATTERN = /^[a-z0-9]{1,32}\.execute-api\.localhost(:\d+)?$/;

export function isExecuteApiCall(call: ServiceCall): boolean {
  if (call.url.pathname.startsWith(PATH_PREFIX)) return true;
  return HOST_PATTERN.test(String(call.headers.host ?? ""));
}

export async function handleExecuteApi(call: ServiceCall, _deps: ServiceDeps): Promise<ServiceReply> {
  return {
    status: 501,
    headers: { "Content-Type": "application/json", "x-amzn-RequestId": call.requestId },
    body: JSON.stringify({ message: "The Archway sandbox does not serve deployed stages yet (data plane not implemented)." }),
  };
}
