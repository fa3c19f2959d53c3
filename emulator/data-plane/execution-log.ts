import { executionLogTime } from "./time-formats";

/** The lines an execution logs, as TestInvokeMethod returns them and CloudWatch execution logs hold them. */
export class ExecutionLog {
  private readonly lines: string[] = [];
  private kept = true;

  /** False once discarded: callers may skip building lines nobody will read. */
  get isKept(): boolean {
    return this.kept;
  }

  constructor(
    private readonly requestId: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** A line; costly ones come as a function, called only when the log is kept. */
  add(line: string | (() => string)): void {
    if (this.kept) this.lines.push(`${executionLogTime(this.now())} : ${typeof line === "function" ? line() : line}`);
  }

  /** Drops the log of a request nobody will read (its stage does not log the method), and every later line. */
  discard(): void {
    this.kept = false;
    // Most logs are discarded before their first line; setting an array's length goes through the runtime.
    if (this.lines.length > 0) this.lines.length = 0;
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
