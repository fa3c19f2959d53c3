import { badRequest } from "../../protocol/aws-error";
import { epochSeconds, type OpContext } from "../op-context";
import { insertApiKey, listApiKeys, type ApiKey } from "./api-keys";
import { parseCsv } from "./csv-rows";
import { tables } from "./tables";
import { createUsagePlanKey, isKeyInPlan } from "./usage-plan-keys";

// ImportApiKeys (POST /apikeys?mode=import&format=csv): AWS's API key file format. Columns are
// Name and Key (required), Description, Enabled and UsagePlanIds, in any order and any case;
// unknown columns are ignored; a key whose value is already present is overwritten.

export interface ImportedApiKeys {
  ids: string[];
  warnings?: string[];
}

interface KeyRow {
  line: number;
  name: string;
  value: string;
  description?: string;
  enabled: boolean;
  usagePlanIds: string[];
}

export function importApiKeys(ctx: OpContext, csv: string, format: string | null, failOnWarnings: boolean): ImportedApiKeys {
  if (format !== "csv") throw badRequest(`Invalid format specified: ${format ?? "null"}. The only supported format is csv`);
  const [header, ...rows] = parseCsv(csv);
  const columns = (header ?? []).map((column) => column.toLowerCase());
  if (!columns.includes("name") || !columns.includes("key")) throw badRequest("The API key file must have a Name and a Key column");
  const ids: string[] = [];
  const warnings: string[] = [];
  // One index of values for the whole file: a file may hold every key the account is allowed.
  const byValue = new Map(listApiKeys(ctx).map((key) => [key.value, key]));
  for (const [index, fields] of rows.entries()) {
    const row = readRow(columns, fields, index + 2);
    const problem = rowProblem(row);
    if (problem) {
      warnings.push(`Line ${row.line}: ${problem}`);
      continue;
    }
    const key = upsertKey(ctx, row, byValue.get(row.value));
    byValue.set(key.value, key);
    ids.push(key.id);
    for (const planId of row.usagePlanIds) {
      const planProblem = attachToPlan(ctx, planId, key.id);
      if (planProblem) warnings.push(`Line ${row.line}: ${planProblem}`);
    }
  }
  if (failOnWarnings && warnings.length > 0) throw badRequest(`API keys were not imported: ${warnings.join("; ")}`);
  return warnings.length > 0 ? { ids, warnings } : { ids };
}

function readRow(columns: string[], fields: string[], line: number): KeyRow {
  const field = (name: string) => {
    const index = columns.indexOf(name);
    return index < 0 ? undefined : fields[index];
  };
  const enabled = field("enabled")?.toLowerCase();
  return {
    line,
    name: field("name") ?? "",
    value: field("key") ?? "",
    description: field("description") || undefined,
    enabled: enabled === undefined || enabled === "" ? true : enabled === "true",
    usagePlanIds: (field("usageplanids") ?? "").split(",").map((id) => id.trim()).filter((id) => id !== ""),
  };
}

function rowProblem(row: KeyRow): string | undefined {
  if (row.value.length < 20 || row.value.length > 128) return "a Key value must be between 20 and 128 characters";
  if (row.name === "") return "a Name value is required";
  if (row.name.length > 1024) return "a Name value cannot exceed 1024 characters";
  return undefined;
}

function upsertKey(ctx: OpContext, row: KeyRow, existing: ApiKey | undefined): ApiKey {
  if (!existing) return insertApiKey(ctx, { name: row.name, value: row.value, description: row.description, enabled: row.enabled });
  const updated: ApiKey = { ...existing, name: row.name, description: row.description, enabled: row.enabled, lastUpdatedDate: epochSeconds(ctx.now) };
  return ctx.state.table<ApiKey>(tables.apiKeys).put("", existing.id, updated);
}

function attachToPlan(ctx: OpContext, planId: string, keyId: string): string | undefined {
  if (!ctx.state.table(tables.usagePlans).has("", planId)) return `Invalid Usage Plan ID specified: ${planId}`;
  if (isKeyInPlan(ctx, planId, keyId)) return undefined;
  try {
    createUsagePlanKey(ctx, planId, keyId, "API_KEY");
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
