/**
 * npm run bench:flows — parse + check + compile time for a generated
 * 1,000-node flow and for 500 generated flows, and the time of one walk step.
 * Targets on a 2-core machine: 1,000-node flow < 20 ms; 500 flows < 1 s.
 * Beside wall times it prints the main thread's CPU time and the garbage
 * collections during the runs, which other load on the machine disturbs less.
 */
import { availableParallelism, loadavg } from 'node:os';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { checkProject } from '../src/core/flows/check-project.ts';
import { compileFlows } from '../src/core/flows/compile-flow.ts';
import { choose, startWalk } from '../src/core/flows/walk.ts';
import { flowKeyOf } from '../src/core/handoff/case-code.ts';
import { generateFlowYaml, GENERATED_HANDOFF_YAML } from './generate-flow.ts';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!;
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

/** Milliseconds of CPU the main thread spent in `fn`: unlike wall time, not inflated by other processes on a busy machine. */
function cpuTime(fn: () => unknown): number {
  const start = process.threadCpuUsage();
  fn();
  const used = process.threadCpuUsage(start);
  return (used.user + used.system) / 1000;
}

// Garbage collections are recorded as they happen and read after the runs.
const collections: PerformanceEntry[] = [];
const gcObserver = new PerformanceObserver((list) => collections.push(...list.getEntries()));
gcObserver.observe({ entryTypes: ['gc'] });

const handoff = { file: 'content/handoff.yaml', text: GENERATED_HANDOFF_YAML };

function run(flows: { file: string; text: string }[]) {
  const checked = checkProject({ flows, handoff, articles: [] });
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`generated flows have errors: ${errors[0]!.code} ${errors[0]!.message}`);
  return compileFlows(checked.flows);
}

const big = [{ file: 'flows/big.yaml', text: generateFlowYaml('big', 1000, 7) }];
// Ids whose case-code keys collide are an error of the checker, so skip the few that would.
const manyIds: string[] = [];
const usedKeys = new Set<number>();
for (let n = 0; manyIds.length < 500; n++) {
  const id = `gen-${n}`;
  if (usedKeys.has(flowKeyOf(id))) continue;
  usedKeys.add(flowKeyOf(id));
  manyIds.push(id);
}
const many = manyIds.map((id, i) => ({
  file: `flows/${id}.yaml`,
  text: generateFlowYaml(id, 10 + (i % 41), i + 1),
}));
const manyNodes = many.reduce((sum, f) => sum + (f.text.match(/^ {2}n\d+:/gm)?.length ?? 0), 0);

// Warm up the JIT, then measure repeated runs and report the median.
for (let i = 0; i < 3; i++) run(big);
const bigTimes: number[] = [];
// The thread's CPU clock may tick only every few milliseconds, so CPU time is taken per batch of runs.
const BATCH = 5;
const bigCpuTimes: number[] = [];
const measuredFrom = performance.now();
for (let i = 0; i < 100 / BATCH; i++) {
  const cpu = cpuTime(() => {
    for (let k = 0; k < BATCH; k++) bigTimes.push(time(() => run(big))[1]);
  });
  bigCpuTimes.push(cpu / BATCH);
}
const measuredTo = performance.now();
// Entries reach the observer after the runs; wait for them.
await new Promise((resolve) => setTimeout(resolve, 50));
gcObserver.disconnect();
const bigCollections = collections.filter((entry) => entry.startTime >= measuredFrom && entry.startTime <= measuredTo);
const gcMs = bigCollections.reduce((sum, entry) => sum + entry.duration, 0);
const bigTotalMs = bigTimes.reduce((sum, ms) => sum + ms, 0);
run(many);
const manyTimes = Array.from({ length: 11 }, () => time(() => run(many))[1]);

const compiled = run(big).get('big')!;
const stepTimes: number[] = [];
for (let i = 0; i < 2000; i++) {
  const walk = startWalk(compiled);
  const [, ms] = time(() => choose(walk, i % 2));
  stepTimes.push(ms);
}

const rows = [
  ['1,000-node flow: parse + check + compile', `${median(bigTimes).toFixed(1)} ms median (min ${Math.min(...bigTimes).toFixed(1)}, p95 ${p95(bigTimes).toFixed(1)})`, '< 20 ms'],
  ['  the same, CPU time of the main thread', `${median(bigCpuTimes).toFixed(1)} ms median of ${BATCH}-run means (min ${Math.min(...bigCpuTimes).toFixed(1)})`, ''],
  ['  garbage collection in those 100 runs', `${bigCollections.length} collections, ${gcMs.toFixed(0)} ms (${((100 * gcMs) / bigTotalMs).toFixed(0)}% of the time)`, ''],
  [`500 flows (${manyNodes} nodes): parse + check + compile`, `${median(manyTimes).toFixed(0)} ms median (min ${Math.min(...manyTimes).toFixed(0)}, p95 ${p95(manyTimes).toFixed(0)})`, '< 1000 ms'],
  ['one walk step (choose) on the 1,000-node flow', `${(median(stepTimes) * 1000).toFixed(0)} µs median (p95 ${(p95(stepTimes) * 1000).toFixed(0)} µs)`, ''],
];
// The load average says how much other work shared the machine: medians on a busy machine run high.
console.log(`bench:flows — Node ${process.versions.node}, ${new Date().toISOString()}, ${availableParallelism()} CPUs, load ${loadavg()[0]!.toFixed(2)}`);
for (const [what, value, target] of rows) console.log(`${what!.padEnd(52)} ${value!.padEnd(34)} ${target}`);
