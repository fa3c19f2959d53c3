const begin = "## archway-cors: begin (managed by Archway's CORS configurator; edit the origins there)";
const end = "## archway-cors: end";
const passthrough = "$input.body ## archway-cors: passthrough";

/** The VTL that sets Access-Control-Allow-Origin to the request's Origin when it is in the allow list. */
export function originEchoBlock(origins: readonly string[]): string {
  const test = origins.map((origin) => `$origin == "${origin.replace(/"/g, "")}"`).join(" || ");
  return [
    begin,
    "#set($origin = $input.params().header.get('Origin'))",
    "#if(\"$!origin\" == \"\")#set($origin = $input.params().header.get('origin'))#end",
    `#if(${test})`,
    "#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)",
    "#end",
    end,
  ].join("\n");
}

/** Puts the echo block before a method's own template; with no template, the body passes through as before. */
export function withOriginEcho(template: string | undefined, origins: readonly string[]): string {
  const own = withoutOriginEcho(template);
  return `${originEchoBlock(origins)}\n${own ?? passthrough}`;
}

/** The template without the echo block; undefined when nothing of the method's own remains. */
export function withoutOriginEcho(template: string | undefined): string | undefined {
  if (template === undefined) return undefined;
  const start = template.indexOf(begin);
  const stop = template.indexOf(end);
  if (start < 0 || stop < start) return template;
  const rest = template.slice(0, start) + template.slice(stop + end.length).replace(/^\n/, "");
  return rest === passthrough || rest === "" ? undefined : rest;
}

/** True when the template carries an echo block this configurator wrote. */
export function hasOriginEcho(template: string | undefined): boolean {
  return template?.includes(begin) ?? false;
}
