// @ts-check
/**
 * The benchmark's baseline (npm run bench): Astro 7 rendering each
 * converted article (BENCH_DOCS, see bench/starlight/convert-corpus.ts)
 * with remark into a minimal page, and nothing else: the peak memory and
 * time any Astro site with these articles pays.
 */
import { defineConfig, passthroughImageService } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  markdown: { processor: unified({ remarkPlugins: [] }) },
  image: { service: passthroughImageService() },
  devToolbar: { enabled: false },
  trailingSlash: 'always',
});
