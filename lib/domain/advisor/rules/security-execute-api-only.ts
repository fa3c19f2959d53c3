import { findingOf } from "../finding";
import { protectedStageSummaries } from "../snapshot-walks";
import type { AdvisorRule } from "../types";

export const executeApiOnlyRule: AdvisorRule = {
  id: "security.execute-api-only",
  category: "security",
  severity: "low",
  title: "Protected stage reached only through the execute-api URL",
  why: "Clients that call the generated execute-api URL break if the API is ever recreated or moved, and the stage cannot use your own certificate or a TLS policy of your choosing.",
  evaluate(snapshot) {
    const mapped = new Set(snapshot.domains.flatMap((domain) => domain.mappings.map((mapping) => mapping.stageName)));
    return protectedStageSummaries(snapshot)
      .filter((stage) => !mapped.has(stage.stageName))
      .map((stage) =>
        findingOf(executeApiOnlyRule, {
          subject: { kind: "stage", stageName: stage.stageName },
          evidence: [`Stage ${stage.stageName}: no custom domain maps to it`, snapshot.domains.length > 0 ? `Custom domains of this API: ${snapshot.domains.map((domain) => domain.domainName).join(", ")}` : "The API has no custom domain"],
          // A domain needs a certificate (ACM) and DNS records the console cannot choose.
          fix: null,
          remedy: `Create a custom domain with an ACM certificate and the TLS_1_2 policy, map a base path (e.g. v1) to ${stage.stageName}, and point the DNS name at it.`,
        }),
      );
  },
};
