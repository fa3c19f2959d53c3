// The walks over a snapshot that several rules take: every method with its resource, the protected stages.
import type { SnapshotMethod, SnapshotResource } from "../api-snapshot";
import type { StageSummary } from "../stage";
import type { AdvisorSnapshot } from "./types";

export type MethodAt = { resource: SnapshotResource; method: SnapshotMethod };

/** Every method of the API, in resource then verb order. */
export function allMethods(snapshot: AdvisorSnapshot): MethodAt[] {
  return snapshot.api.resources.flatMap((resource) => Object.values(resource.methods).map((method) => ({ resource, method })));
}

/** "GET /pets" */
export const methodLabel = ({ resource, method }: MethodAt) => `${method.httpMethod} ${resource.path}`;

/** The stages Archway marks protected, in the snapshot's stage order. */
export function protectedStageSummaries(snapshot: AdvisorSnapshot): StageSummary[] {
  return snapshot.stages.filter((stage) => snapshot.protectedStages.includes(stage.stageName));
}
