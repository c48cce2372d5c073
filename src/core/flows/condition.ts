/**
 * The condition language of `when:`: tests on variables combined with `and`,
 * `or`, `not` and parentheses, e.g. `customer == "business" and line in ["fibre", "dsl"]`.
 * A tokenizer and a recursive-descent parser produce a plain-JSON tree that
 * compiled machines carry; nothing is ever evaluated as code.
 */

/** The operators a test can use. */
export type ConditionOperator = '==' | '!=' | 'in' | 'not in' | 'is set' | 'is not set';

/**
 * A parsed condition. Plain JSON: it is shipped inside compiled machines.
 * Offsets are 0-based positions in the condition's source, for diagnostics.
 */
export type ConditionAst =
  | { type: 'and'; items: ConditionAst[] }
  | { type: 'or'; items: ConditionAst[] }
  | { type: 'not'; item: ConditionAst }
  | {
      type: 'test';
      variable: string;
      op: ConditionOperator;
      /** The compared values: one for == and !=, the list for in, none for is set. */
      values: string[];
      /** Offset of the variable name. */
      offset: number;
      /** Offset of each value's opening quote. */
      valueOffsets: number[];
    };

/** Why a condition does not parse, and where. */
export interface ConditionError {
  /** 0-based offset in the source of the token at fault. */
  offset: number;
  message: string;
  hint: string;
}

/** The result of `parseCondition`. */
export type ConditionParseResult = { ok: true; ast: ConditionAst } | { ok: false; error: ConditionError };

/** How deep parentheses and `not` may nest. */
export const MAX_CONDITION_DEPTH = 32;

type TokenKind = 'name' | 'string' | 'op' | 'punct' | 'end';
interface Token {
  kind: TokenKind;
  text: string;
  /** The decoded value of a string token. */
  value: string;
  offset: number;
}

class ConditionSyntaxError extends Error {
  offset: number;
  hint: string;
  constructor(offset: number, message: string, hint: string) {
    super(message);
    this.offset = offset;
    this.hint = hint;
  }
}

const NAME_CHAR = /[A-Za-z0-9_-]/;
const SPACE = /\s/;
const MISTAKES: Record<string, string> = {
  '=': 'Compare with == (two equals signs).',
  '&': 'Join tests with the word and.',
  '|': 'Join tests with the word or.',
  '!': 'Negate with the word not, or compare with !=.',
};

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (SPACE.test(ch)) {
      i++;
    } else if (NAME_CHAR.test(ch)) {
      const start = i;
      while (i < source.length && NAME_CHAR.test(source[i]!)) i++;
      const text = source.slice(start, i);
      tokens.push({ kind: 'name', text, value: text, offset: start });
    } else if (ch === '"' || ch === "'") {
      const start = i;
      let value = '';
      i++;
      while (i < source.length && source[i] !== ch) {
        if (source[i] === '\\' && i + 1 < source.length) i++;
        value += source[i];
        i++;
      }
      if (i >= source.length) {
        throw new ConditionSyntaxError(start, 'the quoted value is never closed', `Add the closing ${ch} after the value.`);
      }
      i++;
      tokens.push({ kind: 'string', text: source.slice(start, i), value, offset: start });
    } else if (source.startsWith('==', i) || source.startsWith('!=', i)) {
      tokens.push({ kind: 'op', text: source.slice(i, i + 2), value: '', offset: i });
      i += 2;
    } else if ('()[],'.includes(ch)) {
      tokens.push({ kind: 'punct', text: ch, value: '', offset: i });
      i++;
    } else {
      const hint = MISTAKES[ch] ?? 'Conditions use names, quoted values, ==, !=, in [...], is set, and, or, not and parentheses.';
      throw new ConditionSyntaxError(i, `unexpected character "${ch}"`, hint);
    }
  }
  tokens.push({ kind: 'end', text: '', value: '', offset: source.length });
  return tokens;
}

function describe(token: Token): string {
  return token.kind === 'end' ? 'the end of the condition' : `"${token.text}"`;
}

class Parser {
  tokens: Token[];
  pos = 0;
  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  peek(): Token {
    return this.tokens[this.pos]!;
  }

  next(): Token {
    const token = this.tokens[this.pos]!;
    if (token.kind !== 'end') this.pos++;
    return token;
  }

  isWord(word: string, ahead = 0): boolean {
    const token = this.tokens[this.pos + ahead];
    return token !== undefined && token.kind === 'name' && token.text === word;
  }

  or(depth: number): ConditionAst {
    const items = [this.and(depth)];
    while (this.isWord('or')) {
      this.next();
      items.push(this.and(depth));
    }
    return items.length === 1 ? items[0]! : { type: 'or', items };
  }

  and(depth: number): ConditionAst {
    const items = [this.unary(depth)];
    while (this.isWord('and')) {
      this.next();
      items.push(this.unary(depth));
    }
    return items.length === 1 ? items[0]! : { type: 'and', items };
  }

  unary(depth: number): ConditionAst {
    const token = this.peek();
    if (depth >= MAX_CONDITION_DEPTH) {
      throw new ConditionSyntaxError(
        token.offset,
        `the condition nests more than ${MAX_CONDITION_DEPTH} levels deep`,
        'Simplify it: split it over several branch cases.',
      );
    }
    if (this.isWord('not')) {
      this.next();
      return { type: 'not', item: this.unary(depth + 1) };
    }
    if (token.kind === 'punct' && token.text === '(') {
      this.next();
      const inner = this.or(depth + 1);
      const close = this.next();
      if (close.kind !== 'punct' || close.text !== ')') {
        throw new ConditionSyntaxError(
          close.offset,
          `expected ")" to close a "(", found ${describe(close)}`,
          'Add the missing ")" or join the tests with and/or.',
        );
      }
      return inner;
    }
    return this.test();
  }

  test(): ConditionAst {
    const name = this.next();
    if (name.kind !== 'name' || name.text === 'and' || name.text === 'or') {
      const hint =
        name.kind === 'string'
          ? 'A test starts with a variable name, e.g. line-type == "fibre".'
          : 'Write a test such as line-type == "fibre" here.';
      throw new ConditionSyntaxError(name.offset, `expected a variable name, found ${describe(name)}`, hint);
    }
    const base = { type: 'test' as const, variable: name.text, offset: name.offset };
    const op = this.next();
    if (op.kind === 'op') {
      const value = this.value(op.text);
      return { ...base, op: op.text as '==' | '!=', values: [value.value], valueOffsets: [value.offset] };
    }
    if (op.kind === 'name' && op.text === 'in') {
      return { ...base, op: 'in', ...this.list() };
    }
    if (op.kind === 'name' && op.text === 'not' && this.isWord('in')) {
      this.next();
      return { ...base, op: 'not in', ...this.list() };
    }
    if (op.kind === 'name' && op.text === 'is') {
      const negated = this.isWord('not');
      if (negated) this.next();
      const set = this.next();
      if (set.kind !== 'name' || set.text !== 'set') {
        throw new ConditionSyntaxError(set.offset, `expected "set" after "is", found ${describe(set)}`, `Write ${name.text} is set or ${name.text} is not set.`);
      }
      return { ...base, op: negated ? 'is not set' : 'is set', values: [], valueOffsets: [] };
    }
    throw new ConditionSyntaxError(
      op.offset,
      `expected ==, !=, in, not in or is after "${name.text}", found ${describe(op)}`,
      `Compare the variable, e.g. ${name.text} == "value".`,
    );
  }

  value(after: string): Token {
    const token = this.next();
    if (token.kind === 'string') return token;
    const hint = token.kind === 'name' ? `Put the value in quotes: "${token.text}".` : 'Write the value in quotes, e.g. "fibre".';
    throw new ConditionSyntaxError(token.offset, `expected a value in quotes after "${after}", found ${describe(token)}`, hint);
  }

  list(): { values: string[]; valueOffsets: number[] } {
    const open = this.next();
    if (open.kind !== 'punct' || open.text !== '[') {
      throw new ConditionSyntaxError(open.offset, `expected "[" to start a list of values, found ${describe(open)}`, 'Write the values as a list: in ["fibre", "dsl"].');
    }
    const values: string[] = [];
    const valueOffsets: number[] = [];
    while (!(this.peek().kind === 'punct' && this.peek().text === ']')) {
      const value = this.value(values.length === 0 ? '[' : ',');
      values.push(value.value);
      valueOffsets.push(value.offset);
      const sep = this.peek();
      if (sep.kind === 'punct' && sep.text === ',') this.next();
      else if (!(sep.kind === 'punct' && sep.text === ']')) {
        throw new ConditionSyntaxError(sep.offset, `expected "," or "]" in the list, found ${describe(sep)}`, 'Separate values with commas and close the list with ].');
      }
    }
    this.next();
    if (values.length === 0) {
      throw new ConditionSyntaxError(open.offset, 'the list of values is empty', 'Put at least one value in quotes between [ and ].');
    }
    return { values, valueOffsets };
  }
}

/**
 * Parses a condition. Never throws: a syntax error is returned with the
 * offset of the token at fault, a message and a hint.
 */
export function parseCondition(source: string): ConditionParseResult {
  try {
    if (source.trim() === '') {
      throw new ConditionSyntaxError(0, 'the condition is empty', 'Write a test such as line-type == "fibre", or remove when.');
    }
    const parser = new Parser(tokenize(source));
    const ast = parser.or(0);
    const rest = parser.peek();
    if (rest.kind !== 'end') {
      const hint = rest.kind === 'punct' && rest.text === ')' ? 'Remove the extra ")".' : 'Join tests with and or or.';
      throw new ConditionSyntaxError(rest.offset, `unexpected ${describe(rest)} after a complete condition`, hint);
    }
    return { ok: true, ast };
  } catch (error) {
    if (error instanceof ConditionSyntaxError) {
      return { ok: false, error: { offset: error.offset, message: error.message, hint: error.hint } };
    }
    throw error;
  }
}

/** Parse results by the answer or branch case whose `when` they are, with the text parsed. */
const parsedWhen = new WeakMap<object, { source: string; result: ConditionParseResult }>();

/**
 * The parsed `when` of an answer or a branch case, or undefined when it has
 * none. The checker and the compiler both need it, so each is parsed once per
 * object (and again only if its text changes).
 */
export function conditionOf(holder: { readonly when?: string | undefined }): ConditionParseResult | undefined {
  const source = holder.when;
  if (source === undefined) return undefined;
  const known = parsedWhen.get(holder);
  if (known !== undefined && known.source === source) return known.result;
  const result = parseCondition(source);
  parsedWhen.set(holder, { source, result });
  return result;
}

/** Every test in a condition, in source order. */
export function conditionTests(ast: ConditionAst): Array<Extract<ConditionAst, { type: 'test' }>> {
  const out: Array<Extract<ConditionAst, { type: 'test' }>> = [];
  const stack: ConditionAst[] = [ast];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'test') out.push(node);
    else if (node.type === 'not') stack.push(node.item);
    else for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]!);
  }
  return out;
}

/** The variables a condition reads, each with the values it is compared with, in source order. */
export function conditionReferences(ast: ConditionAst): Array<{ variable: string; values: string[] }> {
  return conditionTests(ast).map((test) => ({ variable: test.variable, values: [...test.values] }));
}

/**
 * Evaluates a condition on variables. An unset variable equals no value: `==`
 * and `in` are false for it, `!=` and `not in` true.
 */
export function evaluateCondition(ast: ConditionAst, vars: Readonly<Record<string, string | undefined>>): boolean {
  switch (ast.type) {
    case 'and':
      return ast.items.every((item) => evaluateCondition(item, vars));
    case 'or':
      return ast.items.some((item) => evaluateCondition(item, vars));
    case 'not':
      return !evaluateCondition(ast.item, vars);
    case 'test': {
      const value = Object.hasOwn(vars, ast.variable) ? vars[ast.variable] : undefined;
      switch (ast.op) {
        case '==':
        case 'in':
          return value !== undefined && ast.values.includes(value);
        case '!=':
        case 'not in':
          return value === undefined || !ast.values.includes(value);
        case 'is set':
          return value !== undefined;
        case 'is not set':
          return value === undefined;
      }
    }
  }
}
