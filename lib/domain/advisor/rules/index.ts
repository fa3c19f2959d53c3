// Every advisor rule, in the order the categories appear in the issue. A new rule is one file and one line here.
import type { AdvisorRule } from "../types";
import { cacheLowHitRatioRule } from "./caching-low-hit-ratio";
import { cacheOversizedRule } from "./caching-oversized";
import { readHeavyGetRule } from "./caching-read-heavy-get";
import { lambdaColdStartRule } from "./cold-starts-lambda-latency";
import { hardCodedHostsRule } from "./configuration-hard-coded-hosts";
import { undefinedStageVariablesRule } from "./configuration-undefined-stage-variables";
import { corsGatewayResponsesRule } from "./cors-gateway-responses";
import { corsMissingOptionsRule } from "./cors-missing-options";
import { corsOriginMismatchRule } from "./cors-origin-mismatch";
import { corsWildcardCredentialsRule } from "./cors-wildcard-credentials";
import { dataTraceRule } from "./error-handling-data-trace";
import { defaultResponsesRule } from "./error-handling-default-responses";
import { errorsAs200Rule } from "./error-handling-errors-as-200";
import { noAlarmsRule } from "./monitoring-no-alarms";
import { stageObservabilityRule } from "./monitoring-stage-observability";
import { domainTlsRule } from "./security-domain-tls";
import { executeApiOnlyRule } from "./security-execute-api-only";
import { noWafRule } from "./security-no-waf";
import { openMethodsRule } from "./security-open-methods";
import { apiKeyUncoveredRule } from "./throttling-api-key-uncovered";
import { stageUnthrottledRule } from "./throttling-stage-unthrottled";
import { usagePlanQuotaRule } from "./throttling-usage-plan-quota";
import { noVersionRule } from "./versioning-no-version";

export const advisorRules: AdvisorRule[] = [
  stageUnthrottledRule,
  apiKeyUncoveredRule,
  usagePlanQuotaRule,
  openMethodsRule,
  noWafRule,
  domainTlsRule,
  executeApiOnlyRule,
  defaultResponsesRule,
  errorsAs200Rule,
  dataTraceRule,
  corsWildcardCredentialsRule,
  corsMissingOptionsRule,
  corsGatewayResponsesRule,
  corsOriginMismatchRule,
  readHeavyGetRule,
  cacheLowHitRatioRule,
  cacheOversizedRule,
  hardCodedHostsRule,
  undefinedStageVariablesRule,
  noVersionRule,
  stageObservabilityRule,
  noAlarmsRule,
  lambdaColdStartRule,
];
