// @ts-check
/**
 * The project's own Astro config with a cache folder of the benchmark's own
 * (BENCH_CACHE_DIR), so benchmark builds start cold and never share
 * node_modules/.astro with a developer's builds of the sample site.
 */
import config from '../../astro.config.mjs';

export default { ...config, cacheDir: process.env.BENCH_CACHE_DIR ?? config.cacheDir };
