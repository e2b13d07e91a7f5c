/**
 * What became of each skill a posting asks for. Apart from the gap's schema (schema.ts), which only
 * the published JSON Schema and the library's users need: the comparison itself does not build it.
 */
export const STATUSES = ['matched', 'reworded', 'transferable', 'missing'] as const;
export type Status = (typeof STATUSES)[number];
