import type { OpContext } from "../op-context";
import { newId } from "../ids";
import { tables } from "./tables";
import type { Model } from "./types";

// Every new REST API starts with these two models, schemas as AWS writes them.

const emptySchema = `{
  "$schema": "http://json-schema.org/draft-04/schema#",
  "title" : "Empty Schema",
  "type" : "object"
}`;

const errorSchema = `{
  "$schema" : "http://json-schema.org/draft-04/schema#",
  "title" : "Error Schema",
  "type" : "object",
  "properties" : {
    "message" : { "type" : "string" }
  }
}`;

export function createDefaultModels(ctx: OpContext, restApiId: string): void {
  const models = ctx.state.table<Model>(tables.models);
  const defaults: Model[] = [
    { id: newId(6), name: "Empty", description: "This is a default empty schema model", schema: emptySchema, contentType: "application/json" },
    { id: newId(6), name: "Error", description: "This is a default error schema model", schema: errorSchema, contentType: "application/json" },
  ];
  for (const model of defaults) if (!models.has(restApiId, model.name)) models.put(restApiId, model.name, model);
}
