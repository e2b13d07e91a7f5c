/**
 * The lexicon: the tokenizer, the token trie and phrase sets that the matcher, the taxonomy's
 * compiler and cache, and the reading stage stand on. This is its one entry: the files beside it are
 * its internals (a test keeps every other folder to this module), so speed work inside never
 * changes what the rest of the code, or the library's users, see.
 */
export { Gap, HASH_MASK, eachWordHash, keyHash, normalizeKey, phraseKeys, scanTokens, tokenize, type Token, type Tokens } from './tokenize.js';
export { PhraseSet, type PhraseSetData } from './phrases.js';
export type { Span } from './span.js';
export { ROOT, TokenTrie, type TrieTable } from './trie.js';
