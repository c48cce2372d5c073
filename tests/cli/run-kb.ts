/** Runs the kb CLI in-process with captured output, as a terminal or a pipe would see it. */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.ts';

export interface KbRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kb ...args` in `cwd`; `input` lines are typed into a fake terminal when `tty` is true. */
export async function runKb(
  args: string[],
  { cwd = process.cwd(), tty = false, input = [] as string[] } = {},
): Promise<KbRun> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdin.isTTY = tty;
  const io = {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
    stdin,
    cwd,
    env: {},
  };
  const running = main(args, io);
  if (tty) {
    // Type one line each time the walker asks.
    let typed = 0;
    const timer = setInterval(() => {
      const prompts = (stdout.match(/\] > /g) ?? []).length;
      if (prompts > typed) {
        if (typed < input.length) stdin.write(input[typed] + '\n');
        else stdin.end();
        typed++;
      }
    }, 2);
    try {
      return { code: await running, stdout, stderr };
    } finally {
      clearInterval(timer);
    }
  }
  stdin.end();
  return { code: await running, stdout, stderr };
}
