import { findingOf } from "../finding";
import { protectedStageSummaries } from "../snapshot-walks";
import type { AdvisorRule } from "../types";

export const noWafRule: AdvisorRule = {
  id: "security.no-waf",
  category: "security",
  severity: "medium",
  title: "No WAF web ACL on a protected public stage",
  why: "Without a web ACL nothing filters injection attempts, bad bots or floods from single IPs before they reach the backend and the bill.",
  evaluate(snapshot) {
    // A PRIVATE API is only reachable from VPCs; absent endpoint types are treated as public.
    if (snapshot.endpointTypes?.includes("PRIVATE")) return [];
    return protectedStageSummaries(snapshot)
      .filter((stage) => !stage.settings.webAclArn)
      .map((stage) =>
        findingOf(noWafRule, {
          subject: { kind: "stage", stageName: stage.stageName },
          evidence: [
            `Stage ${stage.stageName}: no web ACL associated`,
            `Endpoint type: ${snapshot.endpointTypes?.join(", ") ?? "not read (assumed public)"}`,
            ...(snapshot.environment.kind === "sandbox" ? ["The sandbox has no AWS WAF: this matters once the API runs on AWS"] : []),
          ],
          // The rules (managed rule groups, rate limits) and their cost are a person's decision.
          fix: null,
          remedy: `Create an AWS WAF web ACL (e.g. the AWS managed core rule set plus a rate-based rule) in the API's Region and associate it with stage ${stage.stageName}.`,
        }),
      );
  },
};
