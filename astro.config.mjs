// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

// Markdown is rendered by remark (our pipeline); plugins are added in src/core/content.
export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  markdown: {
    processor: unified({ remarkPlugins: [] }),
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
