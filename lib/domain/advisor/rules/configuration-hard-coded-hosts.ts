// AWS keeps each stage's integration URIs in its deployment, but the snapshot holds only the working copy. So this
// rule cannot compare stages; it flags what makes them differ by hand: a literal host in a working-copy URI while
// the API has several stages, which means every stage calls that one backend (or someone edits the URI per deploy).
import { hardCodedHost } from "../../stage-variable-refs";
import { findingOf } from "../finding";
import { allMethods, methodLabel } from "../snapshot-walks";
import type { AdvisorRule } from "../types";

export const hardCodedHostsRule: AdvisorRule = {
  id: "configuration.hard-coded-host",
  category: "configuration",
  severity: "low",
  title: "Integration host written into the URI",
  why: "With the backend host written into the integration URI, every stage calls the same backend, so testing on a dev stage hits production (or each deploy needs a hand edit).",
  evaluate(snapshot) {
    if (snapshot.stages.length < 2) return [];
    const stageNames = snapshot.stages.map((stage) => stage.stageName).join(", ");
    return allMethods(snapshot).flatMap((at) => {
      const integration = at.method.methodIntegration;
      const host = integration ? hardCodedHost(integration.type, integration.uri ?? "") : null;
      if (!integration || !host) return [];
      return [
        findingOf(hardCodedHostsRule, {
          subject: { kind: "method", resourceId: at.resource.id, resourcePath: at.resource.path, httpMethod: at.method.httpMethod },
          evidence: [`${methodLabel(at)}: ${integration.type} ${integration.uri} names the host ${host}`, `Stages ${stageNames} all call ${host} unless the URI is edited before each deploy (read from the working copy)`],
          // The variable's name and each stage's value are the team's to choose.
          fix: null,
          remedy: `Replace ${host} in the URI with \${stageVariables.backendHost} and set backendHost on each stage to that stage's backend.`,
        }),
      ];
    });
  },
};
