// A parser for CloudWatch Metrics Insights queries (User Guide, "Metrics Insights query components and syntax"):
//   SELECT FUNCTION(metricName) FROM namespace | SCHEMA(namespace[, labelKey ...])
//   [WHERE labelKey = | != 'value' [AND ...]] [GROUP BY labelKey[, ...]] [ORDER BY FUNCTION() [ASC | DESC]] [LIMIT n]
// Keywords are case-insensitive; names are case-sensitive and may be double-quoted (with \" and \' escapes);
// label values are single-quoted.
import { MetricMathError } from "./metric-math-parser";

export const insightsFunctions = ["AVG", "COUNT", "MAX", "MIN", "SUM"] as const;
export type InsightsFunction = (typeof insightsFunctions)[number];

export interface InsightsQuery {
  readonly fn: InsightsFunction;
  readonly metricName: string;
  readonly namespace: string;
  /** SCHEMA's label keys: only metrics with exactly these dimensions. Undefined for a plain namespace. */
  readonly schema?: readonly string[];
  readonly where: ReadonlyArray<{ readonly key: string; readonly op: "=" | "!="; readonly value: string }>;
  readonly groupBy: readonly string[];
  readonly orderBy?: { readonly fn: InsightsFunction; readonly descending: boolean };
  readonly limit?: number;
}

type Token = { kind: "word" | "quoted" | "value" | "number" | "punct"; text: string };

const tokenPattern = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\d+)|(!=|[(),=]))/y;
const MAX_LIMIT = 500;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  while (text.slice(tokenPattern.lastIndex).trim() !== "") {
    const at = tokenPattern.lastIndex;
    const match = tokenPattern.exec(text);
    if (!match) {
      const rest = text.slice(at).trimStart();
      throw new MetricMathError(`Unrecognized character at position ${text.length - rest.length + 1}: '${rest[0]}'`);
    }
    const unescape = (quoted: string) => quoted.replace(/\\(.)/g, "$1");
    if (match[1] !== undefined) tokens.push({ kind: "word", text: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: "quoted", text: unescape(match[2]) });
    else if (match[3] !== undefined) tokens.push({ kind: "value", text: unescape(match[3]) });
    else if (match[4] !== undefined) tokens.push({ kind: "number", text: match[4] });
    else tokens.push({ kind: "punct", text: match[5]! });
  }
  return tokens;
}

/** Whether an Expression is a Metrics Insights query rather than metric math. */
export const isInsightsQuery = (expression: string): boolean => /^\s*SELECT\s/i.test(expression);

export function parseInsightsQuery(text: string): InsightsQuery {
  const reader = new Reader(tokenize(text));
  reader.keyword("SELECT");
  const fn = reader.function();
  reader.punct("(");
  const metricName = reader.name();
  reader.punct(")");
  reader.keyword("FROM");
  const { namespace, schema } = reader.source();
  const where = reader.optionalKeyword("WHERE") ? reader.conditions() : [];
  const groupBy = reader.optionalKeyword("GROUP") ? (reader.keyword("BY"), reader.names()) : [];
  const orderBy = reader.optionalKeyword("ORDER") ? reader.order() : undefined;
  const limit = reader.optionalKeyword("LIMIT") ? reader.limit() : undefined;
  reader.end();
  return { fn, metricName, namespace, ...(schema ? { schema } : {}), where, groupBy, ...(orderBy ? { orderBy } : {}), ...(limit !== undefined ? { limit } : {}) };
}

class Reader {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  keyword(word: string): void {
    if (!this.optionalKeyword(word)) throw new MetricMathError(`Expected ${word} but found ${this.describeNext()}`);
  }

  optionalKeyword(word: string): boolean {
    const token = this.tokens[this.index];
    if (token?.kind !== "word" || token.text.toUpperCase() !== word) return false;
    this.index++;
    return true;
  }

  punct(text: string): void {
    const token = this.tokens[this.index];
    if (token?.kind !== "punct" || token.text !== text) throw new MetricMathError(`Expected '${text}' but found ${this.describeNext()}`);
    this.index++;
  }

  function(): InsightsFunction {
    const token = this.tokens[this.index];
    const fn = insightsFunctions.find((name) => token?.kind === "word" && token.text.toUpperCase() === name);
    if (!fn) throw new MetricMathError(`Expected one of ${insightsFunctions.join(", ")} but found ${this.describeNext()}`);
    this.index++;
    return fn;
  }

  /** A metric name, namespace or label key: a bare word or a double-quoted string. */
  name(): string {
    const token = this.tokens[this.index];
    if (token?.kind !== "word" && token?.kind !== "quoted") throw new MetricMathError(`Expected a name but found ${this.describeNext()}`);
    this.index++;
    return token.text;
  }

  names(): string[] {
    const names = [this.name()];
    while (this.peekPunct(",")) {
      this.index++;
      names.push(this.name());
    }
    return names;
  }

  source(): { namespace: string; schema?: string[] } {
    if (!this.optionalKeyword("SCHEMA")) return { namespace: this.name() };
    this.punct("(");
    const [namespace, ...schema] = this.names();
    this.punct(")");
    return { namespace: namespace!, schema };
  }

  conditions(): InsightsQuery["where"][number][] {
    const conditions: InsightsQuery["where"][number][] = [];
    do {
      const key = this.name();
      const op = this.tokens[this.index];
      if (op?.kind !== "punct" || (op.text !== "=" && op.text !== "!=")) throw new MetricMathError(`Expected = or != but found ${this.describeNext()}`);
      this.index++;
      const value = this.tokens[this.index];
      if (value?.kind !== "value") throw new MetricMathError(`Expected a label value in single quotes but found ${this.describeNext()}`);
      this.index++;
      conditions.push({ key, op: op.text, value: value.text });
    } while (this.optionalKeyword("AND"));
    return conditions;
  }

  order(): { fn: InsightsFunction; descending: boolean } {
    this.keyword("BY");
    const fn = this.function();
    this.punct("(");
    this.punct(")");
    const descending = this.optionalKeyword("DESC");
    if (!descending) this.optionalKeyword("ASC");
    return { fn, descending };
  }

  limit(): number {
    const token = this.tokens[this.index];
    const limit = token?.kind === "number" ? Number(token.text) : NaN;
    if (!(limit >= 1 && limit <= MAX_LIMIT)) throw new MetricMathError(`LIMIT must be a number from 1 to ${MAX_LIMIT}`);
    this.index++;
    return limit;
  }

  end(): void {
    if (this.index < this.tokens.length) throw new MetricMathError(`Unexpected ${this.describeNext()}`);
  }

  private peekPunct(text: string): boolean {
    const token = this.tokens[this.index];
    return token?.kind === "punct" && token.text === text;
  }

  private describeNext(): string {
    const token = this.tokens[this.index];
    return token ? `'${token.text}'` : "the end of the query";
  }
}
