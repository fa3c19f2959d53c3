import type { ApiSnapshot } from "../control-plane/apigateway/api-snapshot";
import { effectiveGatewayResponse } from "../control-plane/apigateway/gateway-responses";
import type { GatewayResponseType } from "../control-plane/apigateway/gateway-response-defaults";
import type { MethodSetting } from "../control-plane/apigateway/stage-types";
import type { Authorizer, GatewayResponse, Integration, RequestValidator } from "../control-plane/apigateway/types";
import { compileResponseSelection, type ResponseSelection } from "./integration-response-selection";
import type { StageTarget } from "./invocation-context";
import { effectiveMethodSetting } from "./method-setting-lookup";
import { ModelValidators } from "./request-validation";
import { compileRoutes } from "./routing";
import { compileMappingTemplate, type CompiledTemplate } from "./vtl/mapping-template";

type MethodSettings = Readonly<Record<string, Partial<MethodSetting>>>;

/**
 * What a stage's deployment needs on every request, built once from the immutable snapshot: the route matcher,
 * compiled mapping templates, JSON Schema validators, authorizers and validators by id, gateway responses and
 * the resolved method settings. Each part is built on first use.
 */
export class DeploymentCache {
  private compiledRoutes: ReturnType<typeof compileRoutes> | undefined;
  private readonly templates = new Map<string, CompiledTemplate>();
  private readonly selections = new WeakMap<object, ResponseSelection>();
  private readonly gatewayResponses = new Map<GatewayResponseType, GatewayResponse>();
  private byId: { authorizers: Map<string, Authorizer>; validators: Map<string, RequestValidator> } | undefined;
  private settingsSource: MethodSettings | undefined;
  /** Resolved settings by resource path, then HTTP method: no escaped settings key is built per request. */
  private readonly settings = new Map<string, Map<string, Partial<MethodSetting>>>();
  readonly models: ModelValidators;

  constructor(readonly snapshot: ApiSnapshot) {
    this.models = new ModelValidators(snapshot);
  }

  get routes(): ReturnType<typeof compileRoutes> {
    return (this.compiledRoutes ??= compileRoutes(this.snapshot.resources));
  }

  /** A mapping template of this deployment, parsed on first use. */
  template(text: string): CompiledTemplate {
    let compiled = this.templates.get(text);
    if (!compiled) this.templates.set(text, (compiled = compileMappingTemplate(text)));
    return compiled;
  }

  /** How a method's integration response is picked, its selection patterns compiled on first use. */
  responseSelection(integration: Integration): ResponseSelection {
    let selection = this.selections.get(integration);
    if (!selection) this.selections.set(integration, (selection = compileResponseSelection(integration.integrationResponses)));
    return selection;
  }

  /** The gateway response for an error type, with the API's customisations and DEFAULT_4XX/5XX applied. */
  gatewayResponse(type: GatewayResponseType): GatewayResponse {
    let response = this.gatewayResponses.get(type);
    if (!response) this.gatewayResponses.set(type, (response = effectiveGatewayResponse(this.snapshot.gatewayResponses, type)));
    return response;
  }

  authorizer(id: string | undefined): Authorizer | undefined {
    return id === undefined ? undefined : this.lookups().authorizers.get(id);
  }

  requestValidator(id: string | undefined): RequestValidator | undefined {
    return id === undefined ? undefined : this.lookups().validators.get(id);
  }

  /**
   * A method's settings in force. Method settings belong to the stage, not the deployment (UpdateStage changes
   * them without a deployment), so the resolved ones are kept only while the stage's settings object is the same.
   */
  methodSetting(stageSettings: MethodSettings, resourcePath: string, httpMethod: string): Partial<MethodSetting> {
    if (stageSettings !== this.settingsSource) {
      this.settings.clear();
      this.settingsSource = stageSettings;
    }
    let byMethod = this.settings.get(resourcePath);
    if (!byMethod) this.settings.set(resourcePath, (byMethod = new Map()));
    let setting = byMethod.get(httpMethod);
    if (!setting) byMethod.set(httpMethod, (setting = Object.freeze(effectiveMethodSetting(stageSettings, resourcePath, httpMethod))));
    return setting;
  }

  private lookups() {
    return (this.byId ??= {
      authorizers: new Map((this.snapshot.authorizers as readonly unknown[] as readonly Authorizer[]).map((entry) => [entry.id, entry])),
      validators: new Map((this.snapshot.requestValidators as readonly unknown[] as readonly RequestValidator[]).map((entry) => [entry.id, entry])),
    });
  }
}

/**
 * One DeploymentCache per stage (and per stage canary), replaced when the stage serves another deployment.
 * Never shared across stages, even two serving the same deployment: each stage's cache lives and goes with it.
 */
export class StageDeployments {
  private readonly byStage = new Map<string, DeploymentCache>();

  for(target: Pick<StageTarget, "accountId" | "region" | "restApi" | "stageName" | "snapshot" | "canary">): DeploymentCache {
    const key = `${target.accountId}/${target.region}/${target.restApi.id}/${target.stageName}${target.canary ? "/canary" : ""}`;
    let cache = this.byStage.get(key);
    if (cache?.snapshot !== target.snapshot) this.byStage.set(key, (cache = new DeploymentCache(target.snapshot)));
    return cache;
  }
}
