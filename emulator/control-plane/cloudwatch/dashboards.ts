// PutDashboard, GetDashboard, ListDashboards and DeleteDashboards. AWS keeps dashboards per account (their ARN
// has no region); the sandbox keeps them per account+region like the rest of its state.

import { AwsError } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { deleteTagsOf, putTags, validateTags, type TagInput } from "./cloudwatch-tags";
import { dashboardBodyProblems, type ValidationMessage } from "./dashboard-body";
import { decodeNextToken, encodeNextToken } from "./next-token";
import { cloudWatchTables } from "./tables";

interface StoredDashboard {
  readonly DashboardName: string;
  readonly DashboardBody: string;
  readonly LastModified: number;
}

/** AWS lists up to 1,000 dashboards per ListDashboards page. */
const PAGE_SIZE = 1000;
const namePattern = /^[A-Za-z0-9_-]+$/;

const dashboards = (ctx: OpContext) => ctx.state.table<StoredDashboard>(cloudWatchTables.dashboards);
export const dashboardArn = (ctx: OpContext, name: string): string => `arn:aws:cloudwatch::${ctx.accountId}:dashboard/${name}`;
const notFound = (name: string) => new AwsError("DashboardNotFoundError", `Dashboard ${name} does not exist`);
const invalidInput = (message: string) => new AwsError("DashboardInvalidInputError", message);

export function putDashboard(ctx: OpContext, input: { readonly DashboardName: string; readonly DashboardBody: string; readonly Tags?: readonly TagInput[] }): { DashboardValidationMessages: ValidationMessage[] } {
  requireValidName(input.DashboardName);
  const problems = dashboardBodyProblems(input.DashboardBody);
  if (problems.length > 0) {
    throw new AwsError("DashboardInvalidInputError", bodyProblemsMessage(problems), { members: { dashboardValidationMessages: problems } });
  }
  if (input.Tags !== undefined) validateTags(input.Tags);
  dashboards(ctx).put("", input.DashboardName, { DashboardName: input.DashboardName, DashboardBody: input.DashboardBody, LastModified: ctx.now });
  if (input.Tags !== undefined) putTags(ctx.state, dashboardArn(ctx, input.DashboardName), input.Tags);
  return { DashboardValidationMessages: [] };
}

function requireValidName(name: string): void {
  if (name.length === 0) throw invalidInput("The value for field DashboardName must not be empty.");
  if (name.length > 255) throw invalidInput("The value for field DashboardName must be at most 255 characters long.");
  if (!namePattern.test(name)) {
    throw invalidInput("The value for field DashboardName contains invalid characters. It can only contain alphanumerics, dash (-) and underscore (_).");
  }
}

/** AWS's form: the problems as a JSON list of { dataPath, message } after a count. */
function bodyProblemsMessage(problems: readonly ValidationMessage[]): string {
  const listed = problems.map((p) => ({ dataPath: p.DataPath, message: p.Message }));
  return `The dashboard body is invalid, there are ${problems.length} validation errors:\n${JSON.stringify(listed, null, 2)}`;
}

export function getDashboard(ctx: OpContext, input: { readonly DashboardName: string }): { DashboardArn: string; DashboardBody: string; DashboardName: string } {
  const dashboard = dashboards(ctx).get("", input.DashboardName);
  if (!dashboard) throw notFound(input.DashboardName);
  return { DashboardArn: dashboardArn(ctx, dashboard.DashboardName), DashboardBody: dashboard.DashboardBody, DashboardName: dashboard.DashboardName };
}

export interface DashboardEntry {
  DashboardName: string;
  DashboardArn: string;
  LastModified: Date;
  Size: number;
}

export function listDashboards(ctx: OpContext, input: { readonly DashboardNamePrefix?: string; readonly NextToken?: string }): { DashboardEntries: DashboardEntry[]; NextToken?: string } {
  if (input.DashboardNamePrefix !== undefined && input.DashboardNamePrefix !== "" && !namePattern.test(input.DashboardNamePrefix)) {
    throw new AwsError("InvalidParameterValueException", "The value for field DashboardNamePrefix contains invalid characters. It can only contain alphanumerics, dash (-) and underscore (_).");
  }
  const offset = decodeNextToken(input.NextToken, "ListDashboards");
  const matching = dashboards(ctx)
    .list("")
    .filter((d) => input.DashboardNamePrefix === undefined || d.DashboardName.startsWith(input.DashboardNamePrefix))
    .sort((a, b) => (a.DashboardName < b.DashboardName ? -1 : a.DashboardName > b.DashboardName ? 1 : 0));
  const next = offset + PAGE_SIZE;
  const entries = matching.slice(offset, next).map((d) => ({
    DashboardName: d.DashboardName,
    DashboardArn: dashboardArn(ctx, d.DashboardName),
    LastModified: new Date(d.LastModified),
    Size: Buffer.byteLength(d.DashboardBody, "utf8"),
  }));
  return { DashboardEntries: entries, ...(next < matching.length ? { NextToken: encodeNextToken(next, "ListDashboards") } : {}) };
}

/** All or nothing: one name that is not a dashboard and none are deleted. */
export function deleteDashboards(ctx: OpContext, input: { readonly DashboardNames: readonly string[] }): void {
  if (input.DashboardNames.length === 0) throw new AwsError("InvalidParameterValueException", "The parameter DashboardNames must contain at least one name.");
  const missing = input.DashboardNames.find((name) => !dashboards(ctx).has("", name));
  if (missing !== undefined) throw notFound(missing);
  for (const name of input.DashboardNames) {
    dashboards(ctx).delete("", name);
    deleteTagsOf(ctx.state, dashboardArn(ctx, name));
  }
}
