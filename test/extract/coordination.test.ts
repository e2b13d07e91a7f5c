import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/extract/extract.js';
import { makePosting } from '../../src/ingest/posting.js';
import { bundledTaxonomy } from '../helpers.js';

const mentionsOf = (text: string) => {
  const p = extractPosting(makePosting('p', text), bundledTaxonomy());
  return Object.fromEntries(p.skills.map((s) => [s.id, s.mentions.map((m) => m.text)]));
};

describe('coordinated forms', () => {
  it('give every member of "supervised/unsupervised learning" and "written and verbal communication"', () => {
    const m = mentionsOf('Requirements\n- supervised/unsupervised learning\n- written and verbal communication\n');
    expect(m['supervised-learning']).toEqual(['supervised']);
    expect(m['unsupervised-learning']).toEqual(['unsupervised learning']);
    expect(m['written-communication']).toEqual(['written']);
  });

  it('pass over a word or two of the list that make no skill with the phrase', () => {
    const m = mentionsOf('Requirements\n- Strong research, statistical, analytical, processing and mathematical skills\n');
    expect(m['research-skills']).toEqual(['research']);
    expect(m.statistics).toEqual(['statistical']);
    expect(m['analytical-thinking']).toEqual(['analytical']);
  });

  it('read two coordinators joined by a slash as one ("and/or", "und/oder")', () => {
    const m = mentionsOf('Requirements\n- Google and/or Adobe Analytics\n- Data modeling and/or mining\n- Clean and/or transform data\n');
    expect(m['google-analytics']).toEqual(['Google']);
    expect(m['data-mining']).toEqual(['mining']);
    expect(m['data-cleaning']).toEqual(['Clean']);
    expect(mentionsOf('Ihr Profil\n- Team- und/oder Kommunikationsfähigkeit\n')['teamwork']).toEqual(['Team']);
  });

  it('read a bracket after a platform as its products by their short names', () => {
    const m = mentionsOf('Requirements\n- Cloud security in AWS (IAM, KMS and GuardDuty)\n- Azure (App Service, Functions)\n- GCP (GKE, Pub/Sub)\n- Python (pandas)\n');
    expect(m['aws-iam']).toEqual(['IAM']);
    expect(m['aws-kms']).toEqual(['KMS']);
    expect(m['azure-app-service']).toEqual(['App Service']);
    expect(m['azure-functions']).toEqual(['Functions']);
    expect(m['gcp-pubsub']).toEqual(['Pub/Sub']);
    // The generic reading of a short name gives way to the platform's product.
    expect(m['identity-and-access-management']).toBeUndefined();
    expect(m['publish-subscribe']).toBeUndefined();
    expect(m['pandas']).toEqual(['pandas']);
  });

  it('take words before a comma alone only where the phrase ends the list', () => {
    const ids = (text: string) => Object.keys(mentionsOf(`Requirements\n${text}\n`));
    // A list of modifiers closed by the phrase.
    expect(ids('Understanding of supervised, unsupervised, deep learning techniques')).toEqual(expect.arrayContaining(['supervised-learning', 'unsupervised-learning', 'deep-learning']));
    // A coordinator before the phrase closes a list of modifiers, whatever follows it.
    expect(ids('Strong written and verbal communication, and teamwork')).toEqual(expect.arrayContaining(['written-communication', 'verbal-communication']));
    // A list of items going on after the phrase: the words before are items of their own.
    expect(ids('Experience with raw data, predictive analytics and reporting')).not.toContain('data-analysis');
    expect(ids('Answer questions about data, database design, or networks')).not.toContain('data-modeling');
  });

  it('read a compound cut short before a coordinator, as German writes them', () => {
    const m = mentionsOf('Ihr Profil\n- Ausgeprägte Team- und Kommunikationsfähigkeit\n- Analyse-, Kommunikations- und Teamfähigkeit\n- Sehr gute Deutsch- und Englischkenntnisse\n');
    expect(m['teamwork']).toEqual(['Team', 'Teamfähigkeit']);
    expect(m['communication']).toEqual(['Kommunikationsfähigkeit', 'Kommunikations']);
    expect(m['english']).toEqual(['Englischkenntnisse']);
  });

  it('leave a cut word alone when the compound it would make is no skill', () => {
    const m = mentionsOf('Requirements\n- Self- and peer-review of Python code\n- Daten- und Prozessanalyse\n');
    expect(Object.keys(m)).toEqual(['python']);
  });
});

describe('a head shared with the words after it', () => {
  const ids = (text: string) => extractPosting(makePosting('p', `Requirements\n${text}`), bundledTaxonomy()).skills.map((s) => s.id);
  it('gives every member of the list', () => {
    expect(ids('Experience with data modeling and mining')).toEqual(expect.arrayContaining(['data-modeling', 'data-mining']));
    expect(ids('data collection, cleaning, and analysis')).toEqual(expect.arrayContaining(['data-collection', 'data-cleaning', 'data-analysis']));
  });
  it('passes over a word that makes no skill with the head, and a list that closes with a skill of its own', () => {
    expect(ids('complex data collection, processing, transformation and reporting issues')).toEqual(['data-collection', 'data-transformation', 'reporting']);
    expect(ids('Strong skills in data extraction, exploration, transformation and visualization')).toEqual(expect.arrayContaining(['data-extraction', 'data-transformation', 'data-visualization']));
  });
  it('reads on past a word of the list matched on its own as the skill it makes with the head or the tail', () => {
    expect(ids('data collection, manipulation, and analysis')).toEqual(['data-collection', 'data-wrangling', 'data-analysis']);
    expect(ids('Experience cleaning, manipulating, visualizing, and analyzing data')).toEqual(['data-cleaning', 'data-wrangling', 'data-visualization', 'data-analysis']);
  });
  it('past a word passed over, takes a word only where its item ends', () => {
    expect(ids('design experiments, develop and review study protocols')).not.toContain('design-reviews');
  });
  it('gives every word of a list its shared object', () => {
    expect(ids('Exceptional verbal, written, and visual communication skills')).toEqual(expect.arrayContaining(['verbal-communication', 'written-communication']));
    expect(ids('Experience developing, training, and evaluating deep learning models')).toContain('model-training');
    expect(ids('Experience with Python and SQL')).toEqual(['python', 'sql']);
  });
  it('reads a list ending with a verb as one of verbs, the phrase their object', () => {
    // Verb and object: the skills that read the word as a verb.
    expect(ids('Design, train and maintain machine learning models')).toContain('model-training');
    expect(ids('Building, testing, and maintaining machine learning models')).toContain('model-testing');
    // "test data management" reads "test" as a noun; "data" is no verb.
    expect(ids('Install, test and maintain data management platforms')).toEqual(['data-management']);
    expect(ids('Gather raw data and perform analytics')).not.toContain('data-analysis');
    // A list of modifiers is no list of verbs.
    expect(ids('Advanced quantitative and research analytics')).toContain('quantitative-analysis');
  });
  it('needs a coordinator: commas alone make no list of the head', () => {
    expect(ids('Advanced Google Analytics, certification highly preferred')).not.toContain('google-certifications');
    expect(ids('data modeling and SQL')).toEqual(['data-modeling', 'sql']);
  });
  it('gives every word of a list the noun of the vocabulary after its last member ("skills")', () => {
    // The last member no skill of its own, or two words one skill: the noun still is the list's.
    const a = mentionsOf('Requirements\n- You bring oral, written, facilitation, and coordination skills\n');
    expect(a['verbal-communication']).toEqual(['oral']);
    expect(a['written-communication']).toEqual(['written']);
    const b = mentionsOf('Requirements\n- Sharp presentation, writing and data visualization skills\n');
    expect(b['presentation-skills']).toEqual(['presentation']);
    expect(b['written-communication']).toEqual(['writing']);
    expect(mentionsOf('Requirements\n- Sound budgeting, verbal and stakeholder management skills\n')['verbal-communication']).toEqual(['verbal']);
    // Words that make no skill with the noun name none.
    expect(ids('Solid, proven and excellent skills in teamwork')).toEqual(['teamwork']);
  });
});
