import { schemaPointer } from "./model-flatten";

// GetModelTemplate: a mapping template that copies a JSON body shaped like the model's schema.

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
}

/** Finds the schema a $ref names: "#/..." inside the root, a canonical model URL through `external`. */
type RefResolver = (ref: string) => SchemaNode | undefined;

// Recursive models would make an endless template; past this depth a reference stays a plain value.
const MAX_DEPTH = 8;

const typeOf = (node: SchemaNode | undefined) => (Array.isArray(node?.type) ? node.type[0] : node?.type);

function valueTemplate(node: SchemaNode | undefined, path: string, indent: string, resolve: RefResolver, depth: number): string {
  if (node?.$ref && depth < MAX_DEPTH) return valueTemplate(resolve(node.$ref), path, indent, resolve, depth + 1);
  const type = typeOf(node);
  if (type === "object" || node?.properties) {
    const entries = Object.entries(node?.properties ?? {});
    if (entries.length === 0) return "{ }";
    const inner = `${indent}  `;
    const lines = entries.map(([name, child]) => `${inner}"${name}" : ${valueTemplate(child, `${path}.${name}`, inner, resolve, depth)}`);
    return `{\n${lines.join(",\n")}\n${indent}}`;
  }
  if (type === "array") {
    const element = valueTemplate(node?.items, "$elem", `${indent}  `, resolve, depth);
    return `[\n#foreach($elem in ${path})\n${indent}  ${element}#if($foreach.hasNext),#end\n#end\n${indent}]`;
  }
  if (type === "number" || type === "integer" || type === "boolean") return path;
  return `"${path}"`;
}

/** Builds the template from a schema already known to be valid JSON; `external` looks up other models' schemas by URL. */
export function modelTemplate(schema: string | undefined, external: (ref: string) => string | undefined = () => undefined): string {
  const root = schema ? (JSON.parse(schema) as SchemaNode) : {};
  const resolve: RefResolver = (ref) => {
    if (ref.startsWith("#")) return schemaPointer(root, ref) as SchemaNode | undefined;
    const other = external(ref);
    return other === undefined ? undefined : (JSON.parse(other) as SchemaNode);
  };
  return `#set($inputRoot = $input.path('$'))\n${valueTemplate({ ...root, type: typeOf(root) ?? "object" }, "$inputRoot", "", resolve, 0)}`;
}
