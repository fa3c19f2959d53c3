import type { RefusalField } from "../domain-names/aws-refusal-field";

/** Where AWS's refusals of a mapping belong in the mapping form. */
export const mappingRefusalFields: readonly RefusalField[] = [
  [/base path/i, "basePath"],
  [/REST API identifier|rest api/i, "restApiId"],
  [/stage/i, "stage"],
];
