import { badRequest, notFound } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { tables } from "./tables";

// TagResource/UntagResource/GetTags for every taggable entity: the ARN names a table row, and the
// tags live in that entity's own `tags` field, so GetRestApi, GetStage ... show them too.

const MAX_TAGS = 50;
const MAX_KEY_LENGTH = 128;
const MAX_VALUE_LENGTH = 256;

interface TaggedRow {
  readonly table: string;
  readonly group: string;
  readonly key: string;
}

type Tagged = { tags?: Record<string, string> };

/** Resource paths of taggable entities -> where the entity is stored. */
const taggablePaths: readonly [RegExp, (match: string[]) => TaggedRow][] = [
  [/^\/restapis\/([^/]+)$/, ([, id]) => ({ table: tables.restApis, group: "", key: id! })],
  [/^\/restapis\/([^/]+)\/stages\/([^/]+)$/, ([, id, stage]) => ({ table: tables.stages, group: id!, key: stage! })],
  [/^\/apikeys\/([^/]+)$/, ([, id]) => ({ table: tables.apiKeys, group: "", key: id! })],
  [/^\/usageplans\/([^/]+)$/, ([, id]) => ({ table: tables.usagePlans, group: "", key: id! })],
  [/^\/domainnames\/([^/]+)$/, ([, name]) => ({ table: tables.domainNames, group: "", key: name! })],
  [/^\/clientcertificates\/([^/]+)$/, ([, id]) => ({ table: tables.clientCertificates, group: "", key: id! })],
  [/^\/vpclinks\/([^/]+)$/, ([, id]) => ({ table: tables.vpcLinks, group: "", key: id! })],
];

const arnPattern = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+)::(\/.+)$/;

function requireTaggedRow(ctx: OpContext, arn: string): { row: TaggedRow; entity: Tagged } {
  const match = arnPattern.exec(arn);
  if (!match) throw badRequest(`Invalid ARN specified in the request: ${arn}`);
  const [, region, path] = match;
  const rule = taggablePaths.find(([pattern]) => pattern.test(path!));
  const row = rule?.[1](rule[0].exec(path!)!.map((part) => decodeURIComponent(part)));
  const entity = row && region === ctx.region ? ctx.state.table<Tagged>(row.table).get(row.group, row.key) : undefined;
  if (!row || !entity) throw notFound(`Invalid resource identifier specified: ${arn}`);
  return { row, entity };
}

/**
 * AWS's tag limits (50 per resource, keys 1-128 characters not starting with aws:, values up to 256), on
 * TagResource and on every Create that takes tags. Only the aws: text is AWS's; the length and count texts are UNCONFIRMED.
 */
export function checkTags(tags: Readonly<Record<string, string>> | undefined): void {
  if (!tags) return;
  for (const [key, value] of Object.entries(tags)) {
    if (key.length < 1 || key.length > MAX_KEY_LENGTH) throw badRequest(`Tag key must be between 1 and ${MAX_KEY_LENGTH} characters: ${key}`);
    // AWS's text as a user reports it (serverless/serverless#9223, 2021).
    if (key.toLowerCase().startsWith("aws:")) throw badRequest("Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)");
    if (value.length > MAX_VALUE_LENGTH) throw badRequest(`Tag value must be at most ${MAX_VALUE_LENGTH} characters for key: ${key}`);
  }
  if (Object.keys(tags).length > MAX_TAGS) throw badRequest(`A resource can have at most ${MAX_TAGS} tags`);
}

/** The tags a Create call stores, checked: a copy, or undefined for none (AWS leaves the member out). */
export function createdTags(tags: Readonly<Record<string, string>> | undefined): Record<string, string> | undefined {
  checkTags(tags);
  return tags && Object.keys(tags).length > 0 ? { ...tags } : undefined;
}

function writeTags(ctx: OpContext, { row, entity }: { row: TaggedRow; entity: Tagged }, tags: Record<string, string>): void {
  // An entity without tags leaves the field out, as CreateRestApi does.
  ctx.state.table<Tagged>(row.table).put(row.group, row.key, { ...entity, tags: Object.keys(tags).length ? tags : undefined });
}

export function getTags(ctx: OpContext, arn: string): { tags: Record<string, string> } {
  return { tags: { ...requireTaggedRow(ctx, arn).entity.tags } };
}

export function tagResource(ctx: OpContext, arn: string, tags: Readonly<Record<string, string>>): void {
  const found = requireTaggedRow(ctx, arn);
  const merged = { ...found.entity.tags, ...tags };
  checkTags(merged);
  writeTags(ctx, found, merged);
}

export function untagResource(ctx: OpContext, arn: string, tagKeys: readonly string[]): void {
  const found = requireTaggedRow(ctx, arn);
  const remaining = Object.fromEntries(Object.entries(found.entity.tags ?? {}).filter(([key]) => !tagKeys.includes(key)));
  writeTags(ctx, found, remaining);
}
