import { describe, expect, test } from 'vitest';
import {
  conditionReferences,
  evaluateCondition,
  MAX_CONDITION_DEPTH,
  parseCondition,
  type ConditionAst,
} from '../../src/core/flows/condition.ts';

function parse(source: string): ConditionAst {
  const result = parseCondition(source);
  if (!result.ok) throw new Error(`expected "${source}" to parse: ${result.error.message}`);
  return result.ast;
}

function error(source: string) {
  const result = parseCondition(source);
  if (result.ok) throw new Error(`expected "${source}" not to parse`);
  return result.error;
}

describe('parseCondition', () => {
  test('a comparison becomes a test with the variable, the operator, the values and their offsets', () => {
    expect(parse('line-type == "fibre"')).toEqual({
      type: 'test',
      variable: 'line-type',
      op: '==',
      values: ['fibre'],
      offset: 0,
      valueOffsets: [13],
    });
  });

  test('every operator of the language parses', () => {
    const ops = [
      ['a != "x"', '!='],
      ['a in ["x", "y"]', 'in'],
      ["a not in ['x']", 'not in'],
      ['a is set', 'is set'],
      ['a is not set', 'is not set'],
    ] as const;
    for (const [source, op] of ops) expect(parse(source)).toMatchObject({ type: 'test', variable: 'a', op });
  });

  test('and binds tighter than or, and parentheses override it', () => {
    const loose = parse('a is set or b is set and c is set');
    expect(loose.type).toBe('or');
    expect(loose.type === 'or' && loose.items[1]?.type).toBe('and');
    const grouped = parse('(a is set or b is set) and c is set');
    expect(grouped.type).toBe('and');
    expect(grouped.type === 'and' && grouped.items[0]?.type).toBe('or');
  });

  test('not negates the test or group after it', () => {
    expect(parse('not (a is set)')).toMatchObject({ type: 'not', item: { type: 'test', op: 'is set' } });
    expect(parse('not not a is set')).toMatchObject({ type: 'not', item: { type: 'not' } });
  });

  test('quoted values may use either quote and escape their quote', () => {
    expect(parse(`a in ["it\\"s", 'x y']`)).toMatchObject({ values: ['it"s', 'x y'], valueOffsets: [6, 15] });
  });

  test('the tree is plain JSON, so compiled machines can carry it', () => {
    const ast = parse('(customer == "business" or line in ["fibre", "dsl"]) and not router is set');
    expect(JSON.parse(JSON.stringify(ast))).toEqual(ast);
  });

  test.each([
    ['', 0, 'the condition is empty', 'Write a test such as line-type == "fibre", or remove when.'],
    ['line-type = "fibre"', 10, 'unexpected character "="', 'Compare with == (two equals signs).'],
    ['a is set && b is set', 9, 'unexpected character "&"', 'Join tests with the word and.'],
    ['line-type == fibre', 13, 'expected a value in quotes after "==", found "fibre"', 'Put the value in quotes: "fibre".'],
    ['a == "open', 5, 'the quoted value is never closed', 'Add the closing " after the value.'],
    ['(a is set', 9, 'expected ")" to close a "(", found the end of the condition', 'Add the missing ")" or join the tests with and/or.'],
    ['a is set)', 8, 'unexpected ")" after a complete condition', 'Remove the extra ")".'],
    ['a is set b is set', 9, 'unexpected "b" after a complete condition', 'Join tests with and or or.'],
    ['a in []', 5, 'the list of values is empty', 'Put at least one value in quotes between [ and ].'],
    ['a in "x"', 5, 'expected "[" to start a list of values, found ""x""', 'Write the values as a list: in ["fibre", "dsl"].'],
    ['a in ["x" "y"]', 10, 'expected "," or "]" in the list, found ""y""', 'Separate values with commas and close the list with ].'],
    ['a is on', 5, 'expected "set" after "is", found "on"', 'Write a is set or a is not set.'],
    ['a', 1, 'expected ==, !=, in, not in or is after "a", found the end of the condition', 'Compare the variable, e.g. a == "value".'],
    ['"x" == a', 0, 'expected a variable name, found ""x""', 'A test starts with a variable name, e.g. line-type == "fibre".'],
    ['a is set and', 12, 'expected a variable name, found the end of the condition', 'Write a test such as line-type == "fibre" here.'],
  ])('%j fails at offset %i: %s', (source, offset, message, hint) => {
    expect(error(source)).toEqual({ offset, message, hint });
  });

  test('nesting deeper than the limit is a clean error, not a stack overflow', () => {
    const deep = '('.repeat(10_000) + 'a is set' + ')'.repeat(10_000);
    expect(error(deep)).toMatchObject({ offset: MAX_CONDITION_DEPTH, message: `the condition nests more than ${MAX_CONDITION_DEPTH} levels deep` });
    expect(error('not '.repeat(100) + 'a is set').message).toMatch(/nests more than/);
    expect(parseCondition('('.repeat(MAX_CONDITION_DEPTH - 1) + 'a is set' + ')'.repeat(MAX_CONDITION_DEPTH - 1)).ok).toBe(true);
  });

  test('hostile input never throws', () => {
    const hostile = [
      'a == "' + 'x'.repeat(100_000),
      Array.from({ length: 20_000 }, (_, i) => `v${i} is set`).join(' and '),
      '\u0000\u0001 == "\uD800"',
      '==== [[[[ ]]]] ,,,, ))))',
      'constructor == "x" and __proto__ is set',
      '😀 == "x"',
    ];
    for (const source of hostile) expect(() => parseCondition(source)).not.toThrow();
  });
});

describe('evaluateCondition', () => {
  const vars = { customer: 'business', line: 'fibre' };

  test.each([
    ['customer == "business"', true],
    ['customer == "private"', false],
    ['customer != "private"', true],
    ['customer != "business"', false],
    ['line in ["dsl", "fibre"]', true],
    ['line in ["dsl"]', false],
    ['line not in ["dsl"]', true],
    ['line not in ["fibre"]', false],
    ['customer is set', true],
    ['customer is not set', false],
    ['router is set', false],
    ['router is not set', true],
    ['router == "x"', false],
    ['router != "x"', true],
    ['router in ["x"]', false],
    ['router not in ["x"]', true],
    ['customer == "business" and line == "dsl"', false],
    ['customer == "business" or line == "dsl"', true],
    ['customer == "private" or line == "dsl" or router is not set', true],
    ['not customer is set', false],
    ['not (customer == "private" or line == "dsl")', true],
    ['customer == "private" or line == "fibre" and router is set', false],
    ['(customer == "private" or line == "fibre") and router is not set', true],
  ])('%s is %s', (source, expected) => {
    expect(evaluateCondition(parse(source), vars)).toBe(expected);
  });

  test('variables named like object properties are unset unless stored', () => {
    expect(evaluateCondition(parse('constructor is set'), {})).toBe(false);
    expect(evaluateCondition(parse('toString == "x"'), {})).toBe(false);
  });

  test('a variable stored as undefined counts as unset', () => {
    expect(evaluateCondition(parse('customer is set'), { customer: undefined })).toBe(false);
  });
});

describe('conditionReferences', () => {
  test('lists every variable read, with the values it is compared with, in source order', () => {
    expect(conditionReferences(parse('not (a == "x" or b in ["y", "z"]) and c is set and a != "w"'))).toEqual([
      { variable: 'a', values: ['x'] },
      { variable: 'b', values: ['y', 'z'] },
      { variable: 'c', values: [] },
      { variable: 'a', values: ['w'] },
    ]);
  });
});
