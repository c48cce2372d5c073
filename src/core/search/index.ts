/** The search area: analysis, index building, querying and snippets. Browser-safe. */
export { loadAnalyzer, type Analyzer } from './analyzer.ts';
export { LITHUANIAN_STOP_WORDS } from './lithuanian-analyzer.ts';
export { foldDiacritics } from './fold.ts';
export { MAX_TOKEN_LENGTH, tokenize, tokenTerms, type TextToken } from './tokenize.ts';
export {
  buildSearchIndex,
  FIELD_BOOSTS,
  indexTerms,
  type BuildSearchIndexOptions,
  type BuiltSearchIndex,
} from './build-index.ts';
export type { SearchDocument, SearchDocumentType } from './search-document.ts';
export {
  MANIFEST_FORMAT,
  parseDocumentChunk,
  parseManifest,
  type SearchManifest,
  type StoredDocument,
} from './search-manifest.ts';
export {
  decodeShard,
  encodeShard,
  readPostings,
  riceParameter,
  SHARD_FORMAT,
  type ShardContext,
  type ShardDictionary,
  type ShardTerm,
} from './shard-format.ts';
export { baseWeights, inverseDocumentFrequency, quantiseWeight, WEIGHT_STEP, weightTable } from './term-weights.ts';
export { loadShard, MATCH_BOOSTS, type LoadedShard } from './match-word.ts';
export {
  hasDirectMatch,
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  parseQuery,
  rankDocuments,
  shardsForWord,
  typoShardsForWord,
  type QueryWord,
  type RankedDocument,
} from './query.ts';
export {
  createFetchSource,
  createMemorySource,
  SEARCH_INDEX_DIR,
  searchIndexBaseUrl,
  type SearchSource,
} from './search-source.ts';
export {
  openSearch,
  SearchIndexError,
  type SearchHit,
  type SearchOptions,
  type SearchResults,
  type Searcher,
} from './searcher.ts';
export { escapeHtml, highlightHtml, snippetHtml, snippetParts, type SnippetPart } from './snippet.ts';
