/** The state of one text or file in one locale, as the translation matrix shows it. */

/**
 * - `source`: the English original, which translations follow;
 * - `current`: translated after the last change of the English text;
 * - `stale`: the English text changed after it was translated;
 * - `missing`: not translated (readers see the English text);
 * - `unknown`: translated, but git cannot tell whether it is stale (no
 *   history, or uncommitted changes).
 */
export type TranslationState = 'source' | 'current' | 'stale' | 'missing' | 'unknown';

