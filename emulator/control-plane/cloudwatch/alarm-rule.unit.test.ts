import { describe, expect, it } from "vitest";
import { AwsError } from "../../protocol/aws-error";
import { evaluateRule, parseAlarmRule, ruleAlarms } from "./alarm-rule";
import type { AlarmState } from "./alarm-types";

const states = (map: Record<string, AlarmState>) => (name: string): AlarmState => map[name] ?? "INSUFFICIENT_DATA";
const holds = (rule: string, map: Record<string, AlarmState>) => evaluateRule(parseAlarmRule(rule), states(map));

function parseError(rule: string): AwsError {
  try {
    parseAlarmRule(rule);
  } catch (error) {
    if (error instanceof AwsError) return error;
    throw error;
  }
  throw new Error(`expected ${rule} to be refused`);
}

describe("AlarmRule parsing", () => {
  it("reads names quoted and unquoted, keeping spaces inside quotes", () => {
    expect(ruleAlarms(parseAlarmRule(`ALARM("cpu high") OR OK(disk) AND INSUFFICIENT_DATA( net )`))).toEqual(["cpu high", "disk", "net"]);
  });

  it("lists each referenced alarm once, ARNs as written", () => {
    const arn = "arn:aws:cloudwatch:us-east-1:000000000000:alarm:a";
    expect(ruleAlarms(parseAlarmRule(`ALARM(a) AND OK(a) OR ALARM("${arn}")`))).toEqual(["a", arn]);
  });

  it("refuses a rule that is only parentheses with AWS's token error", () => {
    const error = parseError("()");
    expect(error.type).toBe("ValidationException");
    expect(error.message).toBe("Error in AlarmRule [Unsupported token ')' at char 1]");
  });

  it("names the unsupported word and its 0-based position", () => {
    expect(parseError("ALARM(a) XOR ALARM(b)").message).toBe("Error in AlarmRule [Unsupported token 'XOR' at char 9]");
    expect(parseError("MAYBE(a)").message).toBe("Error in AlarmRule [Unsupported token 'MAYBE' at char 0]");
  });

  it("refuses a rule that ends after an operator or with an open parenthesis", () => {
    expect(parseError("ALARM(a) AND").message).toBe("Error in AlarmRule [Unexpected end of rule at char 12]");
    expect(parseError("(ALARM(a)").message).toBe("Error in AlarmRule [Unexpected end of rule at char 9]");
    expect(parseError("ALARM(").message).toMatch(/^Error in AlarmRule \[/);
  });

  it("refuses more than 100 referenced alarms", () => {
    const rule = Array.from({ length: 101 }, (_, i) => `ALARM(a${i})`).join(" OR ");
    expect(parseError(rule).message).toBe("Error in AlarmRule [The rule can reference at most 100 alarms]");
    expect(() => parseAlarmRule(Array.from({ length: 100 }, (_, i) => `ALARM(a${i})`).join(" OR "))).not.toThrow();
  });

  it("answers AT_LEAST with NotImplemented by name", () => {
    const error = parseError("AT_LEAST(2, ALARM, (a, b, c))");
    expect(error.type).toBe("NotImplementedException");
    expect(error.message).toContain("AT_LEAST");
  });
});

describe("AlarmRule evaluation", () => {
  it("is true for a function when the alarm is in that state", () => {
    expect(holds("ALARM(a)", { a: "ALARM" })).toBe(true);
    expect(holds("ALARM(a)", { a: "OK" })).toBe(false);
    expect(holds("OK(a)", { a: "OK" })).toBe(true);
    expect(holds("INSUFFICIENT_DATA(a)", { a: "INSUFFICIENT_DATA" })).toBe(true);
  });

  it("takes TRUE and FALSE in any case (the reference suggests `false` to break a cycle)", () => {
    expect(holds("TRUE", {})).toBe(true);
    expect(holds("false", {})).toBe(false);
  });

  it("binds NOT tighter than AND, and AND tighter than OR", () => {
    expect(holds("ALARM(a) OR ALARM(b) AND ALARM(c)", { a: "ALARM", b: "OK", c: "OK" })).toBe(true);
    expect(holds("(ALARM(a) OR ALARM(b)) AND ALARM(c)", { a: "ALARM", b: "OK", c: "OK" })).toBe(false);
    expect(holds("NOT ALARM(a) AND ALARM(b)", { a: "OK", b: "ALARM" })).toBe(true);
    expect(holds("NOT (ALARM(a) AND ALARM(b))", { a: "ALARM", b: "ALARM" })).toBe(false);
  });

  it("evaluates the reference's examples", () => {
    const rule = "(ALARM(CPUUtilizationTooHigh) OR ALARM(DiskReadOpsTooHigh)) AND OK(NetworkOutTooHigh)";
    expect(holds(rule, { DiskReadOpsTooHigh: "ALARM", NetworkOutTooHigh: "OK" })).toBe(true);
    expect(holds(rule, { DiskReadOpsTooHigh: "ALARM", NetworkOutTooHigh: "ALARM" })).toBe(false);
    expect(holds("ALARM(CPUUtilizationTooHigh) AND NOT ALARM(DeploymentInProgress)", { CPUUtilizationTooHigh: "ALARM", DeploymentInProgress: "OK" })).toBe(true);
  });
});
