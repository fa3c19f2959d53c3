import { lastValues, type RoutedInvocation } from "../invocation-context";
import { requestContext } from "../context-variables";

function orNull<T extends object>(map: T): T | null {
  for (const key in map) if (Object.hasOwn(map, key)) return map;
  return null;
}

/** Whether a body is sent base64-encoded: its Content-Type is one of the API's binary media types. */
export function isBinary(contentType: string | undefined, binaryMediaTypes: readonly string[] | undefined): boolean {
  if (!contentType || !binaryMediaTypes?.length) return false;
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  return binaryMediaTypes.some((pattern) => {
    const [major, minor] = pattern.toLowerCase().split("/");
    const [tMajor, tMinor] = type.split("/");
    return (major === "*" || major === tMajor) && (minor === "*" || minor === tMinor);
  });
}

/** The Lambda proxy integration event, payload format 1.0 (facts §10.1): absent maps are null. */
export function proxyEvent(invocation: RoutedInvocation) {
  const { request, target, resource } = invocation;
  const binary = isBinary(request.headers["content-type"]?.[0], target.snapshot.restApi.binaryMediaTypes);
  return {
    resource: resource.path,
    path: request.path,
    httpMethod: request.httpMethod,
    headers: orNull(lastValues(request.headers)),
    multiValueHeaders: orNull({ ...request.headers }),
    queryStringParameters: orNull(lastValues(request.query)),
    multiValueQueryStringParameters: orNull({ ...request.query }),
    pathParameters: orNull({ ...invocation.pathParameters }),
    stageVariables: orNull({ ...target.stageVariables }),
    requestContext: requestContext(invocation),
    body: request.body.length === 0 ? null : binary ? request.body.toString("base64") : request.body.toString("utf8"),
    isBase64Encoded: binary,
  };
}
