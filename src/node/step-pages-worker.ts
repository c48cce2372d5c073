/**
 * The worker thread of src/node/step-pages-writer.ts: fills and writes the
 * step pages of each flow it is sent (over worker-pool.ts), and posts back
 * how many it wrote.
 */
import { parentPort } from 'node:worker_threads';
import type { PoolAnswer, PoolMessage } from './worker-pool.ts';
import { writeFlowStepPages, type FlowStepJob, type StepPagesSetup } from './write-flow-step-pages.ts';

let setup: StepPagesSetup | undefined;

parentPort!.on('message', (message: PoolMessage<StepPagesSetup, FlowStepJob>) => {
  if ('setup' in message) {
    setup = message.setup;
    return;
  }
  try {
    const result = writeFlowStepPages(message.input, setup!.outDir, setup!.nonce);
    parentPort!.postMessage({ task: message.task, result } satisfies PoolAnswer<number>);
  } catch (error) {
    parentPort!.postMessage({ task: message.task, error: error instanceof Error ? error.message : String(error) } satisfies PoolAnswer<number>);
  }
});
