import { badRequest } from "../../protocol/aws-error";

// Method and integration responses are keyed by an HTTP status code (botocore StatusCode: [1-5]\d\d).
const statusCodePattern = /^[1-5]\d\d$/;

export function checkStatusCode(statusCode: string): string {
  if (!statusCodePattern.test(statusCode)) throw badRequest("Invalid status code specified");
  return statusCode;
}
