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
        "combineProfiles",
        "compareSkills",
        "compileTaxonomy",
        "extractPosting",
        "extractSkills",
        "loadPosting",
        "loadPostings",
        "loadProfile",
        "loadTaxonomy",
        "makePosting",
        "matchText",
        "matchTokens",
        "postingFromText",
        "profileFromResumeText",
        "run",
        "scan",
        "scanTokens",
        "suggestKeywords",
        "tokenize",
      ]
    `);
  });
});

describe('skillgap/html', () => {
  it('exports exactly these names', async () => {
    const html = await import('../src/html.js');
    expect(Object.keys(html).sort()).toMatchInlineSnapshot(`
      [
        "decodeHtml",
        "fetchAll",
        "fetchPage",
        "findChromium",
        "postingFromHtml",
        "postingFromUrl",
        "readUrl",
        "readUrls",
        "renderPage",
      ]
    `);
  });
});
