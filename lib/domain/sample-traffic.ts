import { seededRandom } from "./synthetic-traffic";

/** A method on a resource path that sample traffic may call. */
export type TrafficTarget = { method: string; path: string };
/** An API the sample-traffic and synthetic-history dialogs can fill: its deployed stages and the methods to call. */
export type SampleTrafficApi = { id: string; name: string; stages: string[]; targets: TrafficTarget[] };
export type SampleRequest = { method: string; path: string; expectError: boolean };

/** The most requests one dialog sends, and the most one server call sends (the dialog sends chunks and shows progress). */
export const maxSampleRequests = 2000;
export const maxSampleRequestsPerCall = 250;

/** Fills path parameters with sample values: `/pets/{petId}` -> `/pets/1`, `/files/{proxy+}` -> `/files/sample`. */
export function concretePath(path: string): string {
  return path.replace(/\{[^}]+\+\}/g, "sample").replace(/\{[^}]+\}/g, "1");
}

/** The methods sample traffic calls: OPTIONS is skipped (a CORS preflight), ANY is called as GET. */
export function trafficTargets(resources: Array<{ path: string; methods: string[] }>): TrafficTarget[] {
  return resources.flatMap((resource) =>
    resource.methods.filter((method) => method !== "OPTIONS").map((method) => ({ method: method === "ANY" ? "GET" : method, path: resource.path })),
  );
}

/** A deterministic mix: targets in turn, with about errorPercent of requests sent to a path that does not exist (a 4XX). */
export function sampleTrafficPlan(targets: TrafficTarget[], count: number, errorPercent: number, seed: number): SampleRequest[] {
  if (targets.length === 0) return [];
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    if (random() * 100 < errorPercent) return { method: "GET", path: `/archway-sample-missing/${index}`, expectError: true };
    const target = targets[index % targets.length]!;
    return { method: target.method, path: concretePath(target.path), expectError: false };
  });
}
