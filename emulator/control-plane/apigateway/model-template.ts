// GetModelTemplate: a mapping template that copies a JSON body shaped like the model's schema.

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

const typeOf = (node: SchemaNode | undefined) => (Array.isArray(node?.type) ? node.type[0] : node?.type);

function valueTemplate(node: SchemaNode | undefined, path: string, indent: string): string {
  const type = typeOf(node);
  if (type === "object" || node?.properties) return objectTemplate(node ?? {}, path, indent);
  if (type === "array") {
    const element = valueTemplate(node?.items, "$elem", `${indent}  `);
    return `[\n#foreach($elem in ${path})\n${indent}  ${element}#if($foreach.hasNext),#end\n#end\n${indent}]`;
  }
  if (type === "number" || type === "integer" || type === "boolean") return path;
  return `"${path}"`;
}

function objectTemplate(node: SchemaNode, path: string, indent: string): string {
  const entries = Object.entries(node.properties ?? {});
  if (entries.length === 0) return "{ }";
  const inner = `${indent}  `;
  const lines = entries.map(([name, child]) => `${inner}"${name}" : ${valueTemplate(child, `${path}.${name}`, inner)}`);
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

/** Builds the template from a schema already known to be valid JSON. */
export function modelTemplate(schema: string | undefined): string {
  const root = schema ? (JSON.parse(schema) as SchemaNode) : {};
  return `#set($inputRoot = $input.path('$'))\n${valueTemplate({ ...root, type: typeOf(root) ?? "object" }, "$inputRoot", "")}`;
}
