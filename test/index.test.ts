import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ConfigError",
        "ExitCode",
        "ExtractOutputSchema",
        "ExtractedPostingSchema",
        "ExtractedSkillSchema",
        "InputError",
        "OverlayFile",
        "ProfileFile",
        "SCHEMA_VERSION",
        "ScanRowSchema",
        "ScanSummarySchema",
        "SkillgapError",
        "TaxonomyFile",
        "TaxonomySkill",
        "analyze",
        "compareSkills",
        "compileTaxonomy",
        "extractPosting",
        "extractSkills",
        "loadPosting",
        "loadPostings",
        "loadProfile",
        "loadTaxonomy",
        "makePosting",
        "matchTokens",
        "postingFromText",
        "profileFromResumeText",
        "run",
        "scan",
        "suggestKeywords",
        "tokenize",
      ]
    `);
  });
});
