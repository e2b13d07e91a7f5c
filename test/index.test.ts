import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ConfigError",
        "DiffOutputSchema",
        "ExitCode",
        "ExtractOutputSchema",
        "ExtractedPostingSchema",
        "ExtractedSkillSchema",
        "InputError",
        "OverlayFile",
        "ProfileFile",
        "SCAN_SCHEMA_VERSION",
        "SCHEMA_VERSION",
        "ScanJsonlLineSchema",
        "ScanRowSchema",
        "ScanSummarySchema",
        "SkillgapError",
        "TaxonomyFile",
        "TaxonomySkill",
        "analyze",
        "combineProfiles",
        "compareSkills",
        "compileTaxonomy",
        "diffSummaries",
        "extractPosting",
        "extractSkills",
        "loadPosting",
        "loadPostings",
        "loadProfile",
        "loadSummary",
        "loadTaxonomy",
        "makePosting",
        "matchText",
        "merge",
        "postingFromText",
        "profileFromResumeText",
        "run",
        "scan",
        "scanItems",
        "suggestKeywords",
        "summarize",
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
