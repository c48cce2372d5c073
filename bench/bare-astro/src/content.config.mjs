// @ts-check
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const docs = process.env.BENCH_DOCS;
if (!docs) throw new Error('Set BENCH_DOCS to a folder of converted docs (bench/starlight/convert-corpus.ts).');

export const collections = {
  docs: defineCollection({ loader: glob({ base: docs, pattern: '**/*.md' }) }),
};
