/**
 * The version of the `extract --format json` contract (DESIGN.md; the schema is in schema.ts). Outside
 * tools rely on it: change the contract only with it. Apart from the schema, which the CLI does not build.
 */
export const SCHEMA_VERSION = 3;
