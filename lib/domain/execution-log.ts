/** One step of API Gateway's execution log as the test-invoke panel shows it. */
export type ExecutionLogStep = { title: ExecutionLogStepTitle; entries: ExecutionLogEntry[] };
export type ExecutionLogEntry = { time: string | null; text: string };
export type ExecutionLogStepTitle = "Request" | "Authorization" | "Method request" | "Integration request" | "Endpoint response" | "Method response" | "Outcome";

// "Thu Dec 03 08:00:00 UTC 2026 : message", AWS's format for each log line.
const timestamped = /^(\w{3} \w{3} \d{2} \d{2}:\d{2}:\d{2} \w+ \d{4}) : (.*)$/;

const rules: [RegExp, ExecutionLogStepTitle][] = [
  [/^(Execution failed|Successfully completed|Method completed|Gateway response)/, "Outcome"],
  [/^(Starting execution|HTTP Method:|Execution log for request)/, "Request"],
  [/^(Authoriz|API Key|Usage Plan|Cognito|IAM|Incoming identity|Unauthorized)/i, "Authorization"],
  [/^Method request/, "Method request"],
  [/^(Endpoint request|Sending request|Request validation|Integration request)/, "Integration request"],
  [/^(Received response|Endpoint response|Lambda|Cold start)/i, "Endpoint response"],
  [/^Method response/, "Method response"],
];

/** Splits a TestInvokeMethod log into consecutive steps; a line without a timestamp continues the entry before it. */
export function parseExecutionLog(log: string): ExecutionLogStep[] {
  const steps: ExecutionLogStep[] = [];
  for (const line of log.split(/\r?\n/)) {
    const match = timestamped.exec(line);
    const last = steps.at(-1)?.entries.at(-1);
    if (!match && last) {
      last.text += `\n${line}`;
      continue;
    }
    if (!match && line.trim() === "") continue;
    const time = match?.[1] ?? null;
    const text = match?.[2] ?? line;
    const title = stepOf(text, steps.at(-1)?.title);
    const current = steps.at(-1);
    if (current?.title === title) current.entries.push({ time, text });
    else steps.push({ title, entries: [{ time, text }] });
  }
  for (const entry of steps.flatMap((step) => step.entries)) entry.text = entry.text.replace(/\n+$/, "");
  return steps;
}

function stepOf(text: string, previous: ExecutionLogStepTitle | undefined): ExecutionLogStepTitle {
  return rules.find(([pattern]) => pattern.test(text))?.[1] ?? previous ?? "Request";
}
