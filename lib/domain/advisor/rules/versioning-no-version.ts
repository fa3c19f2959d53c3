import { findingOf } from "../finding";
import type { AdvisorRule } from "../types";

/** "v1", "v2", "v1.1", "V3": a path segment that names a version. */
const versionSegment = /^v\d+(\.\d+)*$/i;
const hasVersion = (path: string) => path.split("/").some((segment) => versionSegment.test(segment));

export const noVersionRule: AdvisorRule = {
  id: "versioning.no-version",
  category: "versioning",
  severity: "low",
  title: "No version in the API's paths",
  why: "Without a version in the path (v1), a breaking change can only be shipped by breaking every client at once; stages are environments, not versions.",
  evaluate(snapshot) {
    if (snapshot.stages.length < 2) return [];
    const basePaths = snapshot.domains.flatMap((domain) => domain.mappings.map((mapping) => ({ domain: domain.domainName, ...mapping })));
    const firstSegments = [...new Set(snapshot.api.resources.map((resource) => resource.path.split("/")[1] ?? "").filter(Boolean))];
    if (basePaths.some((mapping) => hasVersion(mapping.basePath)) || firstSegments.some((segment) => versionSegment.test(segment))) return [];
    return [
      findingOf(noVersionRule, {
        subject: { kind: "api" },
        evidence: [
          `${snapshot.stages.length} stages: ${snapshot.stages.map((stage) => stage.stageName).join(", ")}`,
          basePaths.length > 0 ? `Base path mappings: ${basePaths.map((mapping) => `${mapping.domain}/${mapping.basePath} -> ${mapping.stageName}`).join(", ")}` : "No custom domain base path mappings",
          `First path segments: ${firstSegments.length > 0 ? firstSegments.map((segment) => `/${segment}`).join(", ") : "none (root only)"}`,
        ],
        // Where the version goes (domain mapping or resource tree) shapes every client's URL.
        fix: null,
        remedy: "Map the current stage under a version base path (e.g. api.example.com/v1) or put the resources under /v1, and publish breaking changes as /v2 beside it.",
      }),
    ];
  },
};
