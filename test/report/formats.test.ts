import { describe, expect, it } from 'vitest';
import { formatFor, formatNames } from '../../src/report/formats/index.js';

describe('the output format registry', () => {
  it('lists the formats each report has, in help order', () => {
    expect(formatNames('extract')).toEqual(['text', 'json', 'markdown']);
    expect(formatNames('analysis')).toEqual(['text', 'json', 'markdown', 'html']);
    expect(formatNames('plan')).toEqual(['text', 'json', 'markdown', 'html']);
    expect(formatNames('keywords')).toEqual(['text', 'json', 'csv', 'markdown']);
    expect(formatNames('scan')).toEqual(['text', 'json', 'jsonl', 'csv', 'markdown', 'html']);
  });

  it('looks a format up by name, with its media type and extension for downloads', () => {
    const html = formatFor('analysis', 'html');
    expect(html.mediaType).toMatch(/^text\/html/);
    expect(html.extension).toBe('.html');
    expect(html.render.analysis([], {})).toMatch(/^<!doctype html>/i);
    expect(formatFor('scan', 'jsonl').scanRows).toBe('stream');
  });

  it('refuses a name that does not render the report, naming the choices', () => {
    expect(() => formatFor('extract', 'html')).toThrow("--format: 'html' is not one of text, json, markdown");
    expect(() => formatFor('scan', 'yaml')).toThrow(/not one of text, json, jsonl, csv, markdown, html/);
  });
});
