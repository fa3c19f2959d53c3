// Every advisor rule, in the order the categories appear in the issue. A new rule is one file and one line here.
import type { AdvisorRule } from "../types";
import { corsGatewayResponsesRule } from "./cors-gateway-responses";
import { corsMissingOptionsRule } from "./cors-missing-options";
import { corsOriginMismatchRule } from "./cors-origin-mismatch";
import { corsWildcardCredentialsRule } from "./cors-wildcard-credentials";
import { defaultResponsesRule } from "./error-handling-default-responses";
import { domainTlsRule } from "./security-domain-tls";
import { executeApiOnlyRule } from "./security-execute-api-only";
import { noWafRule } from "./security-no-waf";
import { openMethodsRule } from "./security-open-methods";
import { apiKeyUncoveredRule } from "./throttling-api-key-uncovered";
import { stageUnthrottledRule } from "./throttling-stage-unthrottled";
import { usagePlanQuotaRule } from "./throttling-usage-plan-quota";

export const advisorRules: AdvisorRule[] = [
  stageUnthrottledRule,
  apiKeyUncoveredRule,
  usagePlanQuotaRule,
  openMethodsRule,
  noWafRule,
  domainTlsRule,
  executeApiOnlyRule,
  defaultResponsesRule,
  corsWildcardCredentialsRule,
  corsMissingOptionsRule,
  corsGatewayResponsesRule,
  corsOriginMismatchRule,
];
