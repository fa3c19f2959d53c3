import type { SnapshotGatewayResponse } from "../../api-snapshot";
import { planStep, type PlanStep } from "../../plan";
import { headerPatches, responseHeaders } from "../../response-header-patches";
import { findingOf } from "../finding";
import { allMethods, methodLabel, type MethodAt } from "../snapshot-walks";
import type { AdvisorRule } from "../types";

const id = "cors.wildcard-with-credentials";
const gatewayHeaderPrefix = "gatewayresponse.header.";
const isCredentials = (name: string) => name.toLowerCase() === "access-control-allow-credentials";
const isOrigin = (name: string) => name.toLowerCase() === "access-control-allow-origin";

/** True when a header map allows any origin ('*') and credentials ('true') together. */
export function wildcardWithCredentials(headers: Record<string, string>): boolean {
  const entries = Object.entries(headers);
  return entries.some(([name, value]) => isOrigin(name) && value === "'*'") && entries.some(([name, value]) => isCredentials(name) && value === "'true'");
}

type Place = { label: string; steps: PlanStep[] };

function methodPlaces(restApiId: string, at: MethodAt): Place[] {
  const responses = Object.values(at.method.methodIntegration?.integrationResponses ?? {});
  return responses.flatMap((response) => {
    const mapped = responseHeaders(response.responseParameters ?? {});
    if (!wildcardWithCredentials(mapped)) return [];
    const input = { restApiId, resourceId: at.resource.id, httpMethod: at.method.httpMethod, statusCode: response.statusCode };
    const label = `${methodLabel(at)} ${response.statusCode}`;
    const withoutCredentials = <V>(headers: Record<string, V>) => Object.fromEntries(Object.entries(headers).filter(([name]) => !isCredentials(name)));
    // Unmap before undeclaring, as AWS requires.
    const steps = [
      planStep(`${at.resource.id}:${at.method.httpMethod}:${response.statusCode}:map`, `Stop sending Access-Control-Allow-Credentials on ${label}`, {
        operation: "UpdateIntegrationResponse",
        input: { ...input, patchOperations: headerPatches(mapped, withoutCredentials(mapped), isCredentials) },
      }),
    ];
    const declared = responseHeaders(at.method.methodResponses?.[response.statusCode]?.responseParameters ?? {});
    const undeclare = headerPatches(declared, withoutCredentials(declared), isCredentials);
    if (undeclare.length > 0) {
      steps.push(planStep(`${at.resource.id}:${at.method.httpMethod}:${response.statusCode}:declare`, `Remove the Access-Control-Allow-Credentials declaration from ${label}`, { operation: "UpdateMethodResponse", input: { ...input, patchOperations: undeclare } }));
    }
    return [{ label, steps }];
  });
}

function gatewayPlace(restApiId: string, response: SnapshotGatewayResponse): Place[] {
  const parameters = response.responseParameters ?? {};
  const headers = Object.fromEntries(Object.entries(parameters).filter(([key]) => key.startsWith(gatewayHeaderPrefix)).map(([key, value]) => [key.slice(gatewayHeaderPrefix.length), value]));
  if (!wildcardWithCredentials(headers)) return [];
  const kept = Object.fromEntries(Object.entries(parameters).filter(([key]) => !(key.startsWith(gatewayHeaderPrefix) && isCredentials(key.slice(gatewayHeaderPrefix.length)))));
  const step = planStep(`gateway:${response.responseType}:credentials`, `Stop sending Access-Control-Allow-Credentials on ${response.responseType}`, {
    operation: "PutGatewayResponse",
    input: { restApiId, responseType: response.responseType, ...(response.statusCode ? { statusCode: response.statusCode } : {}), responseParameters: kept, responseTemplates: response.responseTemplates ?? {} },
  });
  return [{ label: `Gateway response ${response.responseType}`, steps: [step] }];
}

export const corsWildcardCredentialsRule: AdvisorRule = {
  id,
  category: "cors",
  severity: "medium",
  title: "Any origin allowed together with credentials",
  why: "Browsers refuse Access-Control-Allow-Origin * on requests with cookies or auth headers, so credentialed calls fail, and the usual quick fix (echoing any origin) would let every site act as the signed-in user.",
  evaluate(snapshot) {
    const restApiId = snapshot.api.restApi.id;
    const places = [...allMethods(snapshot).flatMap((at) => methodPlaces(restApiId, at)), ...snapshot.api.gatewayResponses.flatMap((response) => gatewayPlace(restApiId, response))];
    if (places.length === 0) return [];
    return [
      findingOf(corsWildcardCredentialsRule, {
        subject: { kind: "api" },
        evidence: places.map((place) => `${place.label}: Access-Control-Allow-Origin '*' with Access-Control-Allow-Credentials 'true'`),
        fix: {
          summary: `Stop sending Access-Control-Allow-Credentials where any origin is allowed (${places.length} response${places.length === 1 ? "" : "s"})`,
          plan: {
            steps: places.flatMap((place) => place.steps),
            notes: [
              { title: "Deploy to take effect", text: "These calls change the working copy; deploy it for browsers to see the change." },
              { title: "If browsers must send credentials", text: "List the origins allowed to send them in the CORS configurator instead of allowing any origin." },
            ],
          },
        },
        remedy: "Drop Access-Control-Allow-Credentials where the origin is *, or replace * with the exact origins that may send cookies or auth headers.",
      }),
    ];
  },
};
