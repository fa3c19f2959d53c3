// AlarmRule, the composite alarm's expression, as the PutCompositeAlarm reference documents it: ALARM(x), OK(x),
// INSUFFICIENT_DATA(x), TRUE, FALSE, AND, OR, NOT and parentheses; names quoted with " or not. AWS documents no
// precedence, so the usual one applies: NOT binds tightest, then AND, then OR.

import { AwsError, notImplemented } from "../../protocol/aws-error";
import type { AlarmState } from "./alarm-types";

export type RuleNode =
  | { readonly kind: "state"; readonly state: AlarmState; readonly alarm: string }
  | { readonly kind: "constant"; readonly value: boolean }
  | { readonly kind: "not"; readonly operand: RuleNode }
  | { readonly kind: "and" | "or"; readonly left: RuleNode; readonly right: RuleNode };

/** AWS: as many as 100 "children" alarms and 500 elements (children, TRUE/FALSE and parentheses). */
export const MAX_RULE_CHILDREN = 100;
const MAX_RULE_ELEMENTS = 500;

const functions: Readonly<Record<string, AlarmState>> = { ALARM: "ALARM", OK: "OK", INSUFFICIENT_DATA: "INSUFFICIENT_DATA" };

/** AWS's wording, e.g. "Error in AlarmRule [Unsupported token ')' at char 1]" (char is 0-based). */
export const ruleError = (detail: string) => new AwsError("ValidationException", `Error in AlarmRule [${detail}]`);

class RuleParser {
  private at = 0;
  elements = 0;

  constructor(private readonly text: string) {}

  parse(): RuleNode {
    const node = this.or();
    this.skipSpace();
    if (this.at < this.text.length) throw this.unsupported();
    return node;
  }

  private or(): RuleNode {
    let left = this.and();
    while (this.keyword("OR")) left = { kind: "or", left, right: this.and() };
    return left;
  }

  private and(): RuleNode {
    let left = this.unary();
    while (this.keyword("AND")) left = { kind: "and", left, right: this.unary() };
    return left;
  }

  private unary(): RuleNode {
    if (this.keyword("NOT")) return { kind: "not", operand: this.unary() };
    this.skipSpace();
    if (this.text[this.at] === "(") {
      this.at++;
      this.elements++;
      const inner = this.or();
      this.expect(")");
      return inner;
    }
    return this.term();
  }

  private term(): RuleNode {
    const start = this.at;
    const word = this.word();
    const upper = word.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") {
      this.elements++;
      return { kind: "constant", value: upper === "TRUE" };
    }
    if (upper === "AT_LEAST") throw notImplemented("CloudWatch", "AlarmRule AT_LEAST function");
    const state = functions[upper];
    if (state === undefined) {
      this.at = start;
      throw this.unsupported();
    }
    this.expect("(");
    const alarm = this.alarmName();
    this.expect(")");
    this.elements++;
    return { kind: "state", state, alarm };
  }

  /** A name in double quotes, or everything up to the closing parenthesis. */
  private alarmName(): string {
    this.skipSpace();
    if (this.text[this.at] === '"') {
      const end = this.text.indexOf('"', this.at + 1);
      if (end < 0) throw ruleError(`Unterminated quoted alarm name at char ${this.at}`);
      const name = this.text.slice(this.at + 1, end);
      this.at = end + 1;
      return name;
    }
    const end = this.text.indexOf(")", this.at);
    const name = this.text.slice(this.at, end < 0 ? this.text.length : end).trim();
    if (name === "") throw this.unsupported();
    this.at = end < 0 ? this.text.length : end;
    return name;
  }

  private keyword(name: string): boolean {
    this.skipSpace();
    const start = this.at;
    if (this.word().toUpperCase() === name) return true;
    this.at = start;
    return false;
  }

  private word(): string {
    this.skipSpace();
    const match = /^[A-Za-z_]+/.exec(this.text.slice(this.at));
    if (!match) return "";
    this.at += match[0].length;
    return match[0];
  }

  private expect(char: string): void {
    this.skipSpace();
    if (this.text[this.at] !== char) throw this.unsupported();
    this.at++;
  }

  private skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
  }

  /** UNCONFIRMED: AWS's wording for a rule that ends too early is not documented; this follows its token error. */
  private unsupported(): AwsError {
    this.skipSpace();
    if (this.at >= this.text.length) return ruleError(`Unexpected end of rule at char ${this.at}`);
    const token = /^[A-Za-z_]+/.exec(this.text.slice(this.at))?.[0] ?? this.text[this.at]!;
    return ruleError(`Unsupported token '${token}' at char ${this.at}`);
  }
}

/** Parses and checks the documented limits; throws ValidationError naming the problem. */
export function parseAlarmRule(text: string): RuleNode {
  const parser = new RuleParser(text);
  const node = parser.parse();
  // UNCONFIRMED: AWS's messages for the two documented limits are not published.
  if (ruleAlarms(node).length > MAX_RULE_CHILDREN) throw ruleError(`The rule can reference at most ${MAX_RULE_CHILDREN} alarms`);
  if (parser.elements > MAX_RULE_ELEMENTS) throw ruleError(`The rule can have at most ${MAX_RULE_ELEMENTS} elements`);
  return node;
}

/** The alarms the rule references (names or ARNs as written), each once, in order of appearance. */
export function ruleAlarms(node: RuleNode): string[] {
  const names = new Set<string>();
  const visit = (n: RuleNode): void => {
    if (n.kind === "state") names.add(n.alarm);
    else if (n.kind === "not") visit(n.operand);
    else if (n.kind === "and" || n.kind === "or") {
      visit(n.left);
      visit(n.right);
    }
  };
  visit(node);
  return [...names];
}

/** True when the rule holds for the referenced alarms' states. */
export function evaluateRule(node: RuleNode, stateOf: (alarm: string) => AlarmState): boolean {
  switch (node.kind) {
    case "state":
      return stateOf(node.alarm) === node.state;
    case "constant":
      return node.value;
    case "not":
      return !evaluateRule(node.operand, stateOf);
    case "and":
      return evaluateRule(node.left, stateOf) && evaluateRule(node.right, stateOf);
    case "or":
      return evaluateRule(node.left, stateOf) || evaluateRule(node.right, stateOf);
  }
}
