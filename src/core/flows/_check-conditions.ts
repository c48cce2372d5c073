/**
 * Checks a flow's conditions and variable assignments: syntax, undeclared
 * variables, undeclared values, and questions whose every answer is hidden by
 * a condition that can never hold. Internal to check-flows.ts.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { conditionOf, conditionTests, evaluateCondition, type ConditionAst } from './condition.ts';
import type { Flow } from './schema.ts';
import { nodeListOf, type NodeList } from './_flow-graph.ts';
import type { YamlPath, YamlSourceMap } from './_yaml-source-map.ts';
import { didYouMean, listWords } from './_did-you-mean.ts';

/** The most variable combinations tried when deciding whether a condition can hold. */
const MAX_COMBINATIONS = 4096;

type Push = (at: { line: number; column: number }, code: string, message: string, hint: string) => void;

/** Every combination of values (undefined = not set) of `names`, or undefined when there are too many. */
function combinations(names: string[], domains: Map<string, string[]>): Array<Record<string, string | undefined>> | undefined {
  let out: Array<Record<string, string | undefined>> = [{}];
  for (const name of names) {
    const values: Array<string | undefined> = [undefined, ...(domains.get(name) ?? [])];
    if (out.length * values.length > MAX_COMBINATIONS) return undefined;
    out = out.flatMap((vars) => values.map((value) => ({ ...vars, [name]: value })));
  }
  return out;
}

/** True when some values the flow can store make `ast` hold. */
function canHold(ast: ConditionAst, domains: Map<string, string[]>): boolean {
  const names = [...new Set(conditionTests(ast).map((test) => test.variable))];
  const all = combinations(names, domains);
  return all === undefined || all.some((vars) => evaluateCondition(ast, vars));
}

/**
 * Checks conditions (`when:` of answers and branch cases) and assignments
 * (`set:`) of one valid flow, reporting through `push`.
 */
export function checkConditions(flow: Flow, map: YamlSourceMap, push: Push, { ids, nodes }: NodeList = nodeListOf(flow.nodes)): void {
  const declared = flow.variables ?? {};
  const names = Object.keys(declared);
  const undeclaredHint = (name: string): string =>
    didYouMean(name, names, names.length ? `Declare it under variables:, or use one of ${listWords(names)}.` : 'Declare it under variables: with the values it can take.');
  const valueHint = (variable: string, value: string): string => {
    const values = declared[variable]?.values ?? [];
    return didYouMean(value, values, `Use one of ${listWords(values.map((v) => `"${v}"`))}, or add "${value}" to its values.`);
  };

  // Values each variable can hold at some point of a walk: the ones answers set.
  const domains = new Map<string, string[]>();
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n]!;
    if (node.type !== 'question') continue;
    const id = ids[n]!;
    for (let i = 0; i < node.options.length; i++) {
      const { set } = node.options[i]!;
      if (set === undefined) continue;
      for (const [variable, value] of Object.entries(set)) {
        const path = ['nodes', id, 'options', i, 'set', variable];
        if (!Object.hasOwn(declared, variable)) {
          push(map.keyAt(path), 'undefined-variable', `answer ${i + 1} of node "${id}" sets "${variable}", which is not declared`, undeclaredHint(variable));
        } else if (!declared[variable]!.values.includes(value)) {
          push(map.valueAt(path), 'unknown-value', `"${value}" is not a declared value of variable "${variable}"`, valueHint(variable, value));
        } else {
          const list = domains.get(variable) ?? [];
          if (!list.includes(value)) list.push(value);
          domains.set(variable, list);
        }
      }
    }
  }

  /** Checks the condition of an answer or a case (parsed once, see `conditionOf`); its AST when it is sound. */
  const check = (holder: { when?: string | undefined }, path: YamlPath): ConditionAst | undefined => {
    const parsed = conditionOf(holder);
    if (parsed === undefined) return undefined;
    if (!parsed.ok) {
      push(map.insideValueAt(path, parsed.error.offset), 'bad-condition', `invalid condition: ${parsed.error.message}`, parsed.error.hint);
      return undefined;
    }
    let sound = true;
    for (const test of conditionTests(parsed.ast)) {
      if (!Object.hasOwn(declared, test.variable)) {
        push(map.insideValueAt(path, test.offset), 'undefined-variable', `the condition uses "${test.variable}", which is not a declared variable`, undeclaredHint(test.variable));
        sound = false;
        continue;
      }
      test.values.forEach((value, k) => {
        if (declared[test.variable]!.values.includes(value)) return;
        push(map.insideValueAt(path, test.valueOffsets[k]!), 'unknown-value', `"${value}" is not a declared value of variable "${test.variable}"`, valueHint(test.variable, value));
        sound = false;
      });
    }
    return sound ? parsed.ast : undefined;
  };

  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n]!;
    const id = ids[n]!;
    if (node.type === 'branch') {
      node.cases.forEach((c, i) => check(c, ['nodes', id, 'cases', i, 'when']));
      continue;
    }
    if (node.type !== 'question') continue;
    let hidden = 0;
    let variables: Set<string> | undefined;
    for (let i = 0; i < node.options.length; i++) {
      const option = node.options[i]!;
      if (option.when === undefined) continue;
      const ast = check(option, ['nodes', id, 'options', i, 'when']);
      if (ast && !canHold(ast, domains)) {
        hidden++;
        variables ??= new Set();
        for (const test of conditionTests(ast)) variables.add(`"${test.variable}"`);
      }
    }
    if (hidden > 0 && hidden === node.options.length) {
      push(
        map.valueAt(['nodes', id, 'options', 0, 'when']),
        'dead-end',
        `question "${id}" can never show an answer: no answer's "when" can hold`,
        `No answer in this flow sets ${listWords([...(variables ?? [])])} to a value that makes one hold. Set it in an earlier answer, or remove "when" from one answer.`,
      );
    }
  }
}
