// A parser for the subset of CloudWatch metric math the sandbox evaluates: numbers, query ids,
// + - * / with parentheses and unary minus, [a, b] arrays and function calls (SUM(m1), FILL(m1, 0), METRICS()).

export type MathExpr =
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "id"; readonly name: string }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "negate"; readonly operand: MathExpr }
  | { readonly type: "binary"; readonly op: "+" | "-" | "*" | "/"; readonly left: MathExpr; readonly right: MathExpr }
  | { readonly type: "call"; readonly name: string; readonly args: readonly MathExpr[] }
  | { readonly type: "array"; readonly items: readonly MathExpr[] };

/** A problem in an expression; GetMetricData reports it with the query's Id. */
export class MetricMathError extends Error {}

type Token = { kind: "number" | "name" | "string" | "punct"; text: string };

const tokenPattern = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)|'([^']*)'|"([^"]*)"|([-+*/()[\],]))/y;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  while (tokenPattern.lastIndex < text.length) {
    const at = tokenPattern.lastIndex;
    const match = tokenPattern.exec(text);
    if (!match) {
      if (text.slice(at).trim() === "") break;
      throw new MetricMathError(`Unrecognized character at position ${at + 1}: '${text.slice(at).trim()[0]}'`);
    }
    if (match[1] !== undefined) tokens.push({ kind: "number", text: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: "name", text: match[2] });
    else if (match[3] !== undefined || match[4] !== undefined) tokens.push({ kind: "string", text: match[3] ?? match[4]! });
    else tokens.push({ kind: "punct", text: match[5]! });
  }
  return tokens;
}

export function parseExpression(text: string): MathExpr {
  const parser = new Parser(tokenize(text));
  const expr = parser.additive();
  if (!parser.done()) throw new MetricMathError(`Unexpected '${parser.peek()!.text}'`);
  return expr;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  done = (): boolean => this.index >= this.tokens.length;
  peek = (): Token | undefined => this.tokens[this.index];

  additive(): MathExpr {
    let left = this.multiplicative();
    while (this.peekPunct("+") || this.peekPunct("-")) {
      const op = this.next().text as "+" | "-";
      left = { type: "binary", op, left, right: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): MathExpr {
    let left = this.unary();
    while (this.peekPunct("*") || this.peekPunct("/")) {
      const op = this.next().text as "*" | "/";
      left = { type: "binary", op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): MathExpr {
    if (this.peekPunct("-")) {
      this.next();
      return { type: "negate", operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): MathExpr {
    const token = this.next();
    if (token.kind === "number") return { type: "number", value: Number(token.text) };
    if (token.kind === "string") return { type: "string", value: token.text };
    if (token.kind === "name") {
      if (!this.peekPunct("(")) return { type: "id", name: token.text };
      this.next();
      return { type: "call", name: token.text, args: this.list(")") };
    }
    if (token.text === "(") {
      const inner = this.additive();
      this.expect(")");
      return inner;
    }
    if (token.text === "[") return { type: "array", items: this.list("]") };
    throw new MetricMathError(`Unexpected '${token.text}'`);
  }

  private list(close: string): MathExpr[] {
    const items: MathExpr[] = [];
    if (this.peekPunct(close)) {
      this.next();
      return items;
    }
    for (;;) {
      items.push(this.additive());
      if (this.peekPunct(",")) this.next();
      else break;
    }
    this.expect(close);
    return items;
  }

  private next(): Token {
    const token = this.tokens[this.index++];
    if (!token) throw new MetricMathError("Unexpected end of expression");
    return token;
  }

  private expect(text: string): void {
    const token = this.next();
    if (token.text !== text || token.kind !== "punct") throw new MetricMathError(`Expected '${text}' but found '${token.text}'`);
  }

  private peekPunct(text: string): boolean {
    const token = this.tokens[this.index];
    return token?.kind === "punct" && token.text === text;
  }
}

/** The query ids an expression reads (METRICS() reads every metric query, reported separately). */
export function referencedIds(expr: MathExpr): string[] {
  switch (expr.type) {
    case "id":
      return [expr.name];
    case "negate":
      return referencedIds(expr.operand);
    case "binary":
      return [...referencedIds(expr.left), ...referencedIds(expr.right)];
    case "call":
      return expr.args.flatMap(referencedIds);
    case "array":
      return expr.items.flatMap(referencedIds);
    default:
      return [];
  }
}
