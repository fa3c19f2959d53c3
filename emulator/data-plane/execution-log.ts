const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** AWS's execution-log timestamp: "Thu Nov 26 10:41:01 UTC 2026". */
export function executionLogTime(ms: number): string {
  const d = new Date(ms);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${two(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}

/** The lines an execution logs, as TestInvokeMethod returns them and CloudWatch execution logs hold them. */
export class ExecutionLog {
  private readonly lines: string[] = [];

  constructor(
    private readonly requestId: string,
    private readonly now: () => number = Date.now,
  ) {}

  add(line: string): void {
    this.lines.push(`${executionLogTime(this.now())} : ${line}`);
  }

  toString(): string {
    return [`Execution log for request ${this.requestId}`, ...this.lines, ""].join("\n");
  }
}

/** Maps and header lists as the execution log prints them: {a=1, b=2}. */
export function logMap(map: Readonly<Record<string, unknown>>): string {
  return `{${Object.entries(map)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(",") : String(value)}`)
    .join(", ")}}`;
}
