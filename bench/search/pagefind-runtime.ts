/**
 * A Pagefind bundle's own browser runtime, run in Node as a reader's
 * browser would run it: fetch() is served from the bundle's folder and
 * counts the bytes transferred (Pagefind gzips its index, fragments and
 * wasm itself; its scripts and entry are counted gzipped as a server would
 * send them). bench:search (engines.ts) and bench (scale/search-pagefind.ts)
 * both measure Pagefind through it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../../src/core/locales.ts';
import { gzipSize } from './bench-metrics.ts';

/** One Pagefind search instance. */
export interface PagefindInstance {
  init(): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
  destroy(): Promise<void>;
}

/** The runtime of one bundle, with fetch() and `document` stubbed until `close()`. */
export interface PagefindRuntime {
  /** A fresh instance searching `locale`'s index (Pagefind reads the page's <html lang>). */
  open(locale: Locale): Promise<PagefindInstance>;
  /** The bytes of a bundle file (relative path), read once. */
  read(rel: string): Buffer;
  /** What fetching `rel` transfers. */
  transferSize(rel: string): number;
  /** Bytes fetched since the counter was last set to 0. */
  counter: { bytes: number };
  /** Puts fetch() and `document` back. */
  close(): void;
}

/** Loads the runtime of the bundle in `bundle` (the folder holding pagefind.js). */
export async function loadPagefindRuntime(bundle: string): Promise<PagefindRuntime> {
  const files = new Map<string, Buffer>();
  const read = (rel: string) => {
    let bytes = files.get(rel);
    if (!bytes) files.set(rel, (bytes = readFileSync(join(bundle, rel))));
    return bytes;
  };
  const transferSize = (rel: string) => (/\.(js|json)$/.test(rel) ? gzipSize(read(rel)) : read(rel).length);
  const counter = { bytes: 0 };
  const realFetch = globalThis.fetch;
  const g = globalThis as unknown as { document?: unknown };
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const rel = decodeURIComponent(url.pathname).slice(bundle.length + 1);
    counter.bytes += transferSize(rel);
    const type = rel.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream';
    return new Response(new Uint8Array(read(rel)), { headers: { 'content-type': type } });
  }) as typeof fetch;
  const close = () => {
    globalThis.fetch = realFetch;
    delete g.document;
  };
  try {
    const runtime = (await import(pathToFileURL(join(bundle, 'pagefind.js')).href)) as {
      createInstance(options: { basePath: string }): PagefindInstance;
    };
    const open = async (locale: Locale) => {
      g.document = { querySelector: () => ({ getAttribute: () => locale }) };
      const instance = runtime.createInstance({ basePath: `${pathToFileURL(bundle).href}/` });
      await instance.init();
      return instance;
    };
    return { open, read, transferSize, counter, close };
  } catch (error) {
    close();
    throw error;
  }
}
