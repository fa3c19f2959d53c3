import { executionLogTime } from "./time-formats";

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
