// A parser for CloudWatch metric math: numbers, query ids, + - * / ^ with parentheses and unary minus,
// comparisons (== != < <= > >=), logical AND (&&), OR (||) and NOT (!), [a, b] arrays and function calls
// (SUM(m1), FILL(m1, REPEAT), METRICS("errors")). Precedence, loosest first: OR, AND, NOT, comparisons,
// + -, * /, unary minus, ^ (right-associative, so -2 ^ 2 is -4 and 2 ^ 3 ^ 2 is 2 ^ 9).

export type ArithmeticOperator = "+" | "-" | "*" | "/" | "^";
export type ComparisonOperator = "==" | "!=" | "<" | "<=" | ">" | ">=";
export type LogicalOperator = "AND" | "OR";
export type BinaryOperator = ArithmeticOperator | ComparisonOperator | LogicalOperator;

export type MathExpr =
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "id"; readonly name: string }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "negate"; readonly operand: MathExpr }
  | { readonly type: "not"; readonly operand: MathExpr }
  | { readonly type: "binary"; readonly op: BinaryOperator; readonly left: MathExpr; readonly right: MathExpr }
  | { readonly type: "call"; readonly name: string; readonly args: readonly MathExpr[] }
  | { readonly type: "array"; readonly items: readonly MathExpr[] };

/** A problem in an expression; GetMetricData reports it with the query's Id. */
export class MetricMathError extends Error {}

type Token = { kind: "number" | "name" | "string" | "punct"; text: string };

const tokenPattern = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)|'([^']*)'|"([^"]*)"|(==|!=|<=|>=|&&|\|\||[-+*/^()[\],<>!]))/y;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  while (tokenPattern.lastIndex < text.length) {
    const at = tokenPattern.lastIndex;
    const match = tokenPattern.exec(text);
    if (!match) {
      const rest = text.slice(at);
      if (rest.trim() === "") break;
      const offset = rest.length - rest.trimStart().length;
      throw new MetricMathError(`Unrecognized character at position ${at + offset + 1}: '${rest.trimStart()[0]}'`);
    }
    if (match[1] !== undefined) tokens.push({ kind: "number", text: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: "name", text: match[2] });
    else if (match[3] !== undefined || match[4] !== undefined) tokens.push({ kind: "string", text: match[3] ?? match[4]! });
    else tokens.push({ kind: "punct", text: match[5]! });
  }
  return tokens;
}

const comparisonOperators: readonly ComparisonOperator[] = ["==", "!=", "<=", ">=", "<", ">"];
const keywords = new Set(["AND", "OR", "NOT"]);

export function parseExpression(text: string): MathExpr {
  const parser = new Parser(tokenize(text));
  const expr = parser.expression();
  if (!parser.done()) throw new MetricMathError(`Unexpected '${parser.peek()!.text}'`);
  return expr;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  done = (): boolean => this.index >= this.tokens.length;
  peek = (): Token | undefined => this.tokens[this.index];

  expression(): MathExpr {
    return this.logical("OR", "||", () => this.logical("AND", "&&", () => this.negation()));
  }

  /** A chain of one logical operator (OR or AND), written as a word or as punctuation, over tighter operands. */
  private logical(op: LogicalOperator, punct: string, operand: () => MathExpr): MathExpr {
    let left = operand();
    while (this.peekWord(op, punct)) {
      this.next();
      left = { type: "binary", op, left, right: operand() };
    }
    return left;
  }

  private negation(): MathExpr {
    if (!this.peekWord("NOT", "!")) return this.comparison();
    this.next();
    return { type: "not", operand: this.negation() };
  }

  private comparison(): MathExpr {
    let left = this.additive();
    while (comparisonOperators.some((op) => this.peekPunct(op))) {
      const op = this.next().text as ComparisonOperator;
      left = { type: "binary", op, left, right: this.additive() };
    }
    return left;
  }

  private additive(): MathExpr {
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
    return this.power();
  }

  private power(): MathExpr {
    const base = this.primary();
    if (!this.peekPunct("^")) return base;
    this.next();
    return { type: "binary", op: "^", left: base, right: this.unary() };
  }

  private primary(): MathExpr {
    const token = this.next();
    if (token.kind === "number") return { type: "number", value: Number(token.text) };
    if (token.kind === "string") return { type: "string", value: token.text };
    if (token.kind === "name") {
      if (keywords.has(token.text)) throw new MetricMathError(`Unexpected '${token.text}'`);
      if (!this.peekPunct("(")) return { type: "id", name: token.text };
      this.next();
      return { type: "call", name: token.text, args: this.list(")") };
    }
    if (token.text === "(") {
      const inner = this.expression();
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
      items.push(this.expression());
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

  /** An operator written as a word (AND) or as punctuation (&&). */
  private peekWord(word: string, punct: string): boolean {
    const token = this.tokens[this.index];
    return (token?.kind === "name" && token.text === word) || this.peekPunct(punct);
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
    case "not":
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
