// Every advisor rule, in the order the categories appear in the issue. A new rule is one file and one line here.
import type { AdvisorRule } from "../types";
import { corsWildcardCredentialsRule } from "./cors-wildcard-credentials";
import { defaultResponsesRule } from "./error-handling-default-responses";
import { stageUnthrottledRule } from "./throttling-stage-unthrottled";

export const advisorRules: AdvisorRule[] = [stageUnthrottledRule, defaultResponsesRule, corsWildcardCredentialsRule];
