import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/load.js';
import { scan, type ScanEvent } from '../../src/scan/scan.js';
import { fixture, miniTaxonomy } from '../helpers.js';
import { fileURLToPath } from 'node:url';

const taxonomyDir = fileURLToPath(new URL('../fixtures/taxonomy/', import.meta.url));
const inputs = [fixture('scan/postings'), fixture('scan/exports/postings.jsonl'), fixture('scan/exports/postings.csv')];

async function run(jobs: number): Promise<ScanEvent[]> {
  const taxonomy = miniTaxonomy();
  const profile = await loadProfile(fixture('profiles/junior-ml.yaml'), taxonomy);
  const events: ScanEvent[] = [];
  for await (const ev of scan(inputs, { taxonomy: { dir: taxonomyDir }, compiled: taxonomy, profile, jobs, fields: { text: 'posting_body' } })) events.push(ev);
  return events;
}

describe('pool', () => {
  it('gives the same rows in the same order with 2 workers as in-process', async () => {
    const local = await run(0);
    const workers = await run(2);
    expect(workers).toEqual(local);
    expect(local.filter((e) => e.type === 'posting').map((e) => e.type === 'posting' && e.row.index)).toEqual([...Array(local.length - 1).keys()]);
  }, 60_000);
});
