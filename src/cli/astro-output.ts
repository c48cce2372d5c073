/**
 * Astro's build output as `kb build` shows it. Under an error Astro prints
 * where in the code it was thrown ("Location:") and a "Stack trace:"; for an
 * error of ours those point into this project's source, never at the
 * writer's files, and our messages already say what went wrong and what to
 * do. Both blocks are left out; everything else passes through unchanged.
 */

const BLOCK_HEADER = /^(\s*)(?:Location|Stack trace):\s*$/;

/** A line filter over a stream that arrives in arbitrary chunks. */
export interface OutputFilter {
  write(chunk: string): void;
  /** Passes on a last line that had no newline. */
  end(): void;
}

/** Writes `chunk`s to `write` without Astro's "Location:" and "Stack trace:" blocks. */
export function withoutStackTraces(write: (text: string) => void): OutputFilter {
  let pending = '';
  /** The indent of the block being dropped, or -1 outside one. */
  let dropping = -1;
  const line = (text: string): string => {
    const header = BLOCK_HEADER.exec(text);
    if (header) {
      dropping = header[1]!.length;
      return '';
    }
    if (dropping >= 0) {
      const indent = /^\s*/.exec(text)![0].length;
      if (text.trim() !== '' && indent > dropping) return '';
      dropping = -1;
    }
    return text;
  };
  return {
    write(chunk) {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      const kept = lines.flatMap((text) => {
        const out = line(text);
        return out === '' && text !== '' ? [] : [out];
      });
      if (kept.length > 0) write(kept.join('\n') + '\n');
    },
    end() {
      if (pending !== '' && line(pending) !== '') write(pending);
      pending = '';
    },
  };
}
