/**
 * The worker thread of src/node/step-pages-writer.ts: fills and writes the
 * step pages of each flow it is sent, and posts back how many it wrote.
 */
import { parentPort } from 'node:worker_threads';
import { writeFlowStepPages, type FlowStepJob } from './write-flow-step-pages.ts';

parentPort!.on('message', (message: { job: FlowStepJob; outDir: string; nonce: string }) => {
  try {
    parentPort!.postMessage({ written: writeFlowStepPages(message.job, message.outDir, message.nonce) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
