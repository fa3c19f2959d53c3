import { badRequest } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";

/**
 * Resources, models and request validators accept only "replace" on a few paths, and AWS words their patch errors
 * its own way (the double space is AWS's).
 */
export function checkReplaceOnlyPaths(operations: readonly PatchOperation[], paths: readonly string[]): void {
  for (const { op, path } of operations) {
    if (op !== "replace") throw badRequest(`Invalid patch path  '${path}' specified for op '${op}'. Please choose supported operations`);
    if (!paths.includes(path)) throw badRequest(`Invalid patch path  '${path}' specified for op 'replace'. Must be one of: [${paths.join(", ")}]`);
  }
}
