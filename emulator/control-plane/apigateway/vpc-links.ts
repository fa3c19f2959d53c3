// REST API (v1) VPC links: an account-level entity naming one Network Load Balancer that private integrations
// (connectionType VPC_LINK) reach. The sandbox has no load balancer; the data plane calls the integration's URI.
import { AwsError, badRequest, limitExceeded, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { ScopeState } from "../../store/store";
import type { OpContext } from "../op-context";
import { newId } from "../ids";
import { applyPatch, type PatchRules } from "./patch";
import { tables } from "./tables";
import { stageReferencesTo } from "./vpc-link-references";
import { vpcLinkStatus, vpcLinkStatusMessage, type StoredVpcLink, type VpcLinkStatus } from "./vpc-link-status";
import { withTagsShown } from "./tags-shown";
import { createdTags } from "./tags";

export interface VpcLink {
  id: string;
  name: string;
  description?: string;
  targetArns: string[];
  status: VpcLinkStatus;
  statusMessage?: string;
  tags?: Record<string, string>;
}

export interface CreateVpcLinkInput {
  name: string;
  description?: string;
  targetArns?: string[];
  tags?: Record<string, string>;
}

const vpcLinks = (state: ScopeState) => state.table<StoredVpcLink>(tables.vpcLinks);

/** The link with its status at `now`, or undefined when there is none (or a deleted one is gone). */
export function findVpcLink(state: ScopeState, id: string, now: number): { link: StoredVpcLink; status: VpcLinkStatus } | undefined {
  const link = vpcLinks(state).get("", id);
  const status = link && vpcLinkStatus(link, now);
  return link && status ? { link, status } : undefined;
}

function requireVpcLink(ctx: OpContext, id: string): { link: StoredVpcLink; status: VpcLinkStatus } {
  const found = findVpcLink(ctx.state, id, ctx.now);
  if (!found) throw notFound("Invalid Vpc Link identifier specified");
  return found;
}

/** The wire shape: status derived for now, bookkeeping left out (Get and Update add an empty tag map: tags-shown.ts). */
function vpcLinkWire({ link, status }: { link: StoredVpcLink; status: VpcLinkStatus }): VpcLink {
  const tags = link.tags && Object.keys(link.tags).length > 0 ? { tags: { ...link.tags } } : {};
  const statusMessage = vpcLinkStatusMessage(status);
  return {
    id: link.id,
    name: link.name,
    ...(link.description !== undefined ? { description: link.description } : {}),
    targetArns: [...link.targetArns],
    status,
    ...(statusMessage !== undefined ? { statusMessage } : {}),
    ...tags,
  };
}

/** Exactly one well-formed ARN; whether it is a Network Load Balancer shows only when creation ends, as on AWS. */
function checkTargetArns(targetArns: string[] | undefined): string[] {
  if (targetArns === undefined) {
    throw new AwsError("ValidationException", "1 validation error detected: Value null at 'createVpcLinkInput.targetArns' failed to satisfy constraint: Member must not be null");
  }
  if (targetArns.length === 0) throw badRequest("No target arn specified for vpc link.");
  if (targetArns.length > 1) throw badRequest("More than one target arn specified for vpc link.");
  // AWS's text, recorded 2025.
  const malformed = targetArns.find((arn) => !/^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$/.test(arn));
  if (malformed !== undefined) throw badRequest(`Invalid ARN. ARN is not well formed ${malformed}`);
  return [...targetArns];
}

/** Deleted links stay DELETING for the delay; their rows go once they are gone, so they leave the quota. */
function purgeGone(ctx: OpContext): void {
  for (const link of vpcLinks(ctx.state).list("")) {
    if (vpcLinkStatus(link, ctx.now) === undefined) vpcLinks(ctx.state).delete("", link.id);
  }
}

export function createVpcLink(ctx: OpContext, input: CreateVpcLinkInput): VpcLink {
  const targetArns = checkTargetArns(input.targetArns);
  if (!input.name) throw badRequest("Name cannot be empty");
  purgeGone(ctx);
  if (vpcLinks(ctx.state).count("") >= ctx.config.quotas.vpcLinksPerRegion) {
    throw limitExceeded(`You have reached the limit of ${ctx.config.quotas.vpcLinksPerRegion} VPC links in this region`);
  }
  let id = newId(6);
  while (vpcLinks(ctx.state).has("", id)) id = newId(6);
  const tags = createdTags(input.tags);
  const link: StoredVpcLink = {
    id,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    targetArns,
    ...(tags ? { tags } : {}),
    settlesAt: ctx.now + ctx.config.vpcLinkDelayMs,
  };
  vpcLinks(ctx.state).put("", id, link);
  return vpcLinkWire(requireVpcLink(ctx, id));
}

export function getVpcLink(ctx: OpContext, id: string): VpcLink {
  return withTagsShown(vpcLinkWire(requireVpcLink(ctx, id)));
}

export function getVpcLinks(ctx: OpContext): VpcLink[] {
  return vpcLinks(ctx.state)
    .list("")
    .flatMap((link) => {
      const status = vpcLinkStatus(link, ctx.now);
      return status ? [vpcLinkWire({ link, status })] : [];
    });
}

const vpcLinkPatchRules: PatchRules<StoredVpcLink> = {
  "/name": { ops: ["replace"], apply: (link, value) => ({ ...link, name: value ?? link.name }) },
  "/description": { ops: ["replace"], apply: (link, value) => ({ ...link, description: value || undefined }) },
  "/targetArns": {
    ops: ["add", "remove", "replace"],
    apply: () => {
      throw badRequest("Target arns are not allowed to be changed/added.");
    },
  },
};

export function updateVpcLink(ctx: OpContext, id: string, operations: PatchOperation[]): VpcLink {
  const { link } = requireVpcLink(ctx, id);
  const updated = vpcLinks(ctx.state).put("", id, applyPatch(link, operations, vpcLinkPatchRules));
  return withTagsShown(vpcLinkWire(requireVpcLink(ctx, updated.id)));
}

/** Starts the delete (DELETING for the delay); refused while a deployed stage routes through the link. */
export function deleteVpcLink(ctx: OpContext, id: string): void {
  const { link, status } = requireVpcLink(ctx, id);
  if (status === "DELETING") return;
  const references = stageReferencesTo(ctx, id);
  if (references.length > 0) {
    throw badRequest(
      `Cannot delete vpc link. Vpc link '${id}', is referenced in [${references.join(", ")}] in format of [RESTApiId:Method:Resource:Stage].`,
    );
  }
  vpcLinks(ctx.state).put("", id, { ...link, goneAt: ctx.now + ctx.config.vpcLinkDelayMs });
}
