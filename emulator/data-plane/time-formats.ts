// The two clocks API Gateway prints: execution logs and $context.requestTime (CLF).
const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");
const clock = (d: Date) => `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;

/** AWS's execution-log timestamp: "Thu Nov 26 10:41:01 UTC 2026". */
export function executionLogTime(ms: number): string {
  const d = new Date(ms);
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${two(d.getUTCDate())} ${clock(d)} UTC ${d.getUTCFullYear()}`;
}

/** The last second clfTime formatted: every request of that second prints the same text. */
const lastClf = { second: NaN, text: "" };

/** $context.requestTime: CLF format, "09/Apr/2015:12:34:56 +0000". */
export function clfTime(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== lastClf.second) {
    const d = new Date(ms);
    lastClf.text = `${two(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${clock(d)} +0000`;
    lastClf.second = second;
  }
  return lastClf.text;
}
