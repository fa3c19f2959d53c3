// What PutDashboard checks in DashboardBody (the dashboard body structure and syntax reference): a JSON object
// with a widgets array, each widget an object with a known type and whole-number grid placement.

export interface ValidationMessage {
  DataPath: string;
  Message: string;
}

const widgetTypes = ["metric", "text", "log", "alarm", "explorer", "custom"];
const GRID_WIDTH = 24;

export function dashboardBodyProblems(body: string): ValidationMessage[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [{ DataPath: "", Message: "Should be a valid JSON object" }];
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return [{ DataPath: "", Message: "Should be object" }];
  const widgets = (parsed as Record<string, unknown>).widgets;
  if (widgets === undefined) return [{ DataPath: "", Message: "Should have required property 'widgets'" }];
  if (!Array.isArray(widgets)) return [{ DataPath: "/widgets", Message: "Should be array" }];
  return widgets.flatMap((widget, index) => widgetProblems(widget, `/widgets/${index}`));
}

function widgetProblems(widget: unknown, path: string): ValidationMessage[] {
  if (widget === null || typeof widget !== "object" || Array.isArray(widget)) return [{ DataPath: path, Message: "Should be object" }];
  const fields = widget as Record<string, unknown>;
  const problems: ValidationMessage[] = [];
  if (fields.type === undefined) problems.push({ DataPath: path, Message: "Should have required property 'type'" });
  else if (typeof fields.type !== "string" || !widgetTypes.includes(fields.type)) {
    problems.push({ DataPath: `${path}/type`, Message: "Should be equal to one of the allowed values" });
  }
  for (const field of ["x", "y", "width", "height"]) {
    const value = fields[field];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isInteger(value)) problems.push({ DataPath: `${path}/${field}`, Message: "Should be integer" });
    else if (value < (field === "width" || field === "height" ? 1 : 0)) {
      problems.push({ DataPath: `${path}/${field}`, Message: `Should be >= ${field === "width" || field === "height" ? 1 : 0}` });
    } else if ((field === "width" || field === "x") && value > GRID_WIDTH - (field === "x" ? 1 : 0)) {
      problems.push({ DataPath: `${path}/${field}`, Message: `Should be <= ${field === "x" ? GRID_WIDTH - 1 : GRID_WIDTH}` });
    }
  }
  if (fields.properties !== undefined && (fields.properties === null || typeof fields.properties !== "object" || Array.isArray(fields.properties))) {
    problems.push({ DataPath: `${path}/properties`, Message: "Should be object" });
  }
  return problems;
}
