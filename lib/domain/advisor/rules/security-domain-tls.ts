import { planStep } from "../../plan";
import { findingOf } from "../finding";
import type { AdvisorRule } from "../types";

export const domainTlsRule: AdvisorRule = {
  id: "security.domain-tls-1-0",
  category: "security",
  severity: "high",
  title: "Custom domain accepts TLS 1.0",
  why: "TLS 1.0 and 1.1 have known weaknesses and fail PCI DSS and most compliance checks; every current client speaks TLS 1.2.",
  evaluate(snapshot) {
    return snapshot.domains
      .filter((domain) => domain.securityPolicy === "TLS_1_0")
      .map((domain) =>
        findingOf(domainTlsRule, {
          subject: { kind: "domain", domainName: domain.domainName },
          evidence: [`${domain.domainName}: security policy TLS_1_0${domain.endpointType ? ` (${domain.endpointType})` : ""}`],
          fix: {
            summary: `Require TLS 1.2 on ${domain.domainName}`,
            plan: {
              steps: [
                planStep(`${domain.domainName}:tls`, `Set the security policy of ${domain.domainName} to TLS_1_2`, {
                  operation: "UpdateDomainName",
                  input: { domainName: domain.domainName, patchOperations: [{ op: "replace", path: "/securityPolicy", value: "TLS_1_2" }] },
                }),
              ],
              notes: [{ title: "Old clients", text: "Clients that only speak TLS 1.0 or 1.1 (very old Android and Java versions) can no longer connect. The change can take a while to reach every edge location." }],
            },
          },
          remedy: `Set ${domain.domainName}'s security policy to TLS_1_2.`,
        }),
      );
  },
};
