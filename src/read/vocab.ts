import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { contentDigest } from '../content-digest.js';
import { ConfigError, errorMessage } from '../errors.js';
import { PhraseSet, type PhraseSetData, type Tokens } from '../lexicon/index.js';
import { keyHash, phraseKeys } from '../lexicon/index.js';
import { openFile, packFile } from '../packed-file.js';
import { packageRoot } from '../package-root.js';
import { readShared } from '../preload.js';
import { parseSource, validateSource } from '../yaml-source.js';
import { cellKey, type TableCue, type TableWords } from './tables.js';
import { alternation, escapeWords, wordsPattern } from './patterns.js';
import { YearsReader } from './years.js';
type Level = 'beginner' | 'intermediate' | 'advanced' | 'expert';
import {
  POSTING_SECTIONS,
  RESUME_SECTIONS,
  VocabFile,
  type BoilerplateKind,
  type Cue,
  type PostingSection,
  type ResumeSection,
  type Scope,
} from './schema.js';

/** The folder of vocabulary files shipped with the package: one file per language. */
export const bundledVocabDir = join(packageRoot(), 'vocab');
/** Where the build writes the validated vocabularies (a cache: the YAML stays the source). */
export const vocabCachePath = join(packageRoot(), 'dist', 'vocab.bin');

export type CueType = 'required' | 'preferred' | 'negated' | 'stack' | 'learning' | 'familiar' | 'opener' | 'closer' | 'break' | 'neutral' | 'carrier';
export interface CueTag {
  type: CueType;
  scope: Scope;
  /** A cue of how much is asked, not whether (cues' `amount`): no cue in a list of what is welcome. */
  amount?: true;
  /** A cue only where it ends its clause (cues' `final`): "Go helps.", not "Kafka helps us scale". */
  final?: true;
  /** A cue only in a requirements section (cues' `listed`): "Ideal candidate will have ..." among the qualifications. */
  listed?: true;
  /** A break that turns the sentence (cues.turns): requirement phrases do not reach across it. */
  turn?: true;
  /** A phrase written in brackets ("(laufend)", "(academic)"): a cue only in a bracket or as a whole item after a skill. */
  bracketed?: true;
}
export type AltTag = 'connector' | 'leadIn' | 'joiner' | 'filler' | 'yearsBridge';

/**
 * What a sentence holding a skill is read for, in one pass over its words: cues, requirement-like
 * phrases, boilerplate evidence and the job's introduction. `id` tells phrases apart (evidence
 * counts each phrase once).
 */
export type SentenceTag =
  | { set: 'cue'; cue: CueTag; id: number }
  | { set: 'asking'; strong: boolean; id: number }
  | { set: 'evidence'; evidence: EvidenceTag; id: number }
  | { set: 'intro'; id: number }
  | { set: 'opening'; id: number }
  | { set: 'duty'; id: number }
  | { set: 'compound'; id: number };
export interface HeadingTag<K> {
  kind: K;
  words: number;
}
export interface EvidenceTag {
  kind: BoilerplateKind;
  strong: boolean;
}
export type FactField = 'title' | 'company' | 'location' | 'datePosted' | 'employmentType' | 'salary';

/** How many words may stand between a skill and the word that ties the years after them back to it ("dbt in production for 2 years"). */
const TIED_BACK_WORDS = 4;
/** How many words of their own may stand between years and a years.backToList phrase ("3+ years of hands-on experience in any one of these"). */
const BACK_TO_LIST_WORDS = 4;

/** A vocabulary compiled for reading: phrase sets built on first use (start-up pays only for what a run reads). */
export class Vocabulary {
  readonly language: string;
  readonly name: string;
  /** What each getter worked out, on first use (named properties: the getters run on hot paths). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly m: Record<string, any> = {};

  /**
   * @param stored the phrase sets and word sets the build worked out (see compile), by their name in
   * `m`, or undefined: read back on first use instead of tokenizing every phrase again.
   */
  constructor(
    readonly file: VocabFile,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    private readonly stored: (name: string) => any = () => undefined,
  ) {
    this.language = file.language;
    this.name = file.name;
  }

  /** Every phrase set and word set this vocabulary has, worked out, by name (for the build's cache). */
  compile(): Record<string, StoredSet> {
    const proto = Vocabulary.prototype;
    for (const name of Object.getOwnPropertyNames(proto)) if (Object.getOwnPropertyDescriptor(proto, name)?.get) void (this as unknown as Record<string, unknown>)[name];
    const out: Record<string, StoredSet> = {};
    for (const [name, value] of Object.entries(this.m)) {
      if (value instanceof PhraseSet) out[name] = { phrases: value.export() };
      else if (value instanceof Set) out[name] = { set: [...(value as Set<string | number>)] };
    }
    return out;
  }

  /** The keys of the language's frequent words (to tell the language of a text). */
  get detect(): ReadonlySet<string> {
    return (this.m.detect ??= this.stored('detect') ?? new Set(this.file.detect.flatMap((w) => phraseKeys(w))));
  }

  /** The key hashes of the language's frequent words. */
  get detectHashes(): ReadonlySet<number> {
    return (this.m.detectHashes ??= this.stored('detectHashes') ?? new Set([...this.detect].map(keyHash)));
  }

  get headings(): PhraseSet<HeadingTag<PostingSection>> {
    return (this.m.headings ??= this.stored('headings') ?? headingSet(this.file.headings ?? {}, this.file.headingVariants));
  }

  /** Posting headings that name their section only as the whole label (headingsAlone: "You"). */
  get headingsAlone(): PhraseSet<HeadingTag<PostingSection>> {
    return (this.m.headingsAlone ??= this.stored('headingsAlone') ?? headingSet(this.file.headingsAlone ?? {}, this.file.headingVariants));
  }

  /** Key hashes of the first and last words of the headings of what the job does not need: a quick test of a line. */
  get notNeededEdges(): ReadonlySet<number> {
    return (this.m.notNeededEdges ??= this.stored('notNeededEdges') ?? (() => {
      const words = new Set<number>();
      for (const p of this.file.notNeededHeadings ?? []) {
        const keys = phraseKeys(p);
        if (keys.length > 0) words.add(keyHash(keys[0]!)).add(keyHash(keys[keys.length - 1]!));
      }
      return words;
    })());
  }

  /** Benefits heading phrases whose list is the offer, every line of it (see offerHeadings). */
  get offerHeadings(): PhraseSet<true> {
    return (this.m.offerHeadings ??= this.stored('offerHeadings') ?? phraseSet(this.file.offerHeadings ?? []));
  }

  /** Duty heading phrases that head the benefits after the requirements (see lateBenefitHeadings). */
  get lateBenefitHeadings(): PhraseSet<true> {
    return (this.m.lateBenefitHeadings ??= this.stored('lateBenefitHeadings') ?? phraseSet(this.file.lateBenefitHeadings ?? []));
  }

  /** Requirement heading phrases that head what is welcome when another requirements heading came before (see softRequirementHeadings). */
  get softRequirementHeadings(): PhraseSet<true> {
    return (this.m.softRequirementHeadings ??= this.stored('softRequirementHeadings') ?? phraseSet(this.file.softRequirementHeadings ?? []));
  }

  /** Requirement heading phrases of the ideal candidate, what is welcome beside a firm requirements heading (see wishRequirementHeadings). */
  get wishRequirementHeadings(): PhraseSet<true> {
    return (this.m.wishRequirementHeadings ??= this.stored('wishRequirementHeadings') ?? phraseSet(this.file.wishRequirementHeadings ?? []));
  }

  /** Words of requirement headings that name their items as the minimum (see firmRequirementHeadings). */
  get firmRequirementHeadings(): PhraseSet<true> {
    return (this.m.firmRequirementHeadings ??= this.stored('firmRequirementHeadings') ?? phraseSet(this.file.firmRequirementHeadings ?? []));
  }

  /** Nice-to-have heading phrases that head the requirements when no list of them came before (see besidesHeadings). */
  get besidesHeadings(): PhraseSet<true> {
    return (this.m.besidesHeadings ??= this.stored('besidesHeadings') ?? phraseSet(this.file.besidesHeadings ?? []));
  }

  /** Headings of what the job does not need: a section of kind `other` whose skills are negated. */
  get notNeededHeadings(): PhraseSet<HeadingTag<'other'>> {
    return (this.m.notNeededHeadings ??= this.stored('notNeededHeadings') ?? headingSet({ other: this.file.notNeededHeadings ?? [] }));
  }

  get resumeHeadings(): PhraseSet<HeadingTag<ResumeSection>> {
    return (this.m.resumeHeadings ??= this.stored('resumeHeadings') ?? headingSet(this.file.resumeHeadings ?? {}, this.file.headingVariants));
  }

  /** The longer words of every heading phrase (6 letters or more): what a misspelt heading word is compared with. */
  get headingWords(): ReadonlySet<string> {
    return (this.m.headingWords ??= this.stored('headingWords') ?? (() => {
      const words = new Set<string>();
      for (const map of [this.file.headings ?? {}, this.file.resumeHeadings ?? {}]) {
        for (const list of Object.values(map) as string[][]) for (const p of list) for (const k of phraseKeys(p)) if (k.length >= 6 && /^[\p{L}']+$/u.test(k)) words.add(k);
      }
      return words;
    })());
  }

  /** The key hashes of every word of every heading phrase and filler word: a quick test of a line's first and last word. */
  get headingLexicon(): ReadonlySet<number> {
    return (this.m.headingLexicon ??= this.stored('headingLexicon') ?? (() => {
      const words = new Set<number>();
      const add = (p: string) => {
        for (const w of p.toLowerCase().replace(/’/g, "'").split(/[^\p{L}']+/u)) if (w) words.add(keyHash(w));
      };
      for (const map of [this.file.headings ?? {}, this.file.resumeHeadings ?? {}]) for (const list of Object.values(map) as string[][]) list.forEach(add);
      (this.file.notNeededHeadings ?? []).forEach(add);
      (this.file.headingFiller ?? []).forEach(add);
      // (And the other ways of writing their words: "It would be great if you had".)
      for (const alternatives of Object.values(this.file.headingVariants ?? {})) alternatives.forEach(add);
      return words;
    })());
  }

  /** Key hashes of the words an unmarked heading may hold besides its phrase. */
  get headingFiller(): ReadonlySet<number> {
    return (this.m.filler ??= this.stored('filler') ?? keyHashSet(this.file.headingFiller));
  }

  /** Key hashes of the auxiliaries that open a question heading before its subject (headingQuestions.auxiliaries: will, do). */
  get questionAuxiliaries(): ReadonlySet<number> {
    return (this.m.questionAuxiliaries ??= this.stored('questionAuxiliaries') ?? keyHashSet(this.file.headingQuestions?.auxiliaries));
  }

  /** Key hashes of the subjects of a question heading (headingQuestions.subjects: you, we). */
  get questionSubjects(): ReadonlySet<number> {
    return (this.m.questionSubjects ??= this.stored('questionSubjects') ?? keyHashSet(this.file.headingQuestions?.subjects));
  }

  /** Key hashes of the auxiliaries a question's statement drops (headingQuestions.dropped: do, does). */
  get questionDropped(): ReadonlySet<number> {
    return (this.m.questionDropped ??= this.stored('questionDropped') ?? keyHashSet(this.file.headingQuestions?.dropped));
  }

  /** Key hashes of the words after a heading's opening phrase that say what it is for ("Requirements for the position"). */
  get headingLinks(): ReadonlySet<number> {
    return (this.m.headingLinks ??= this.stored('headingLinks') ?? keyHashSet(this.file.headingLinks));
  }

  /** Key hashes of the turns of one word (cues.turns: but, so). */
  get turnWords(): ReadonlySet<number> {
    return (this.m.turnWords ??= this.stored('turnWords') ?? keyHashSet((this.file.cues.turns ?? []).filter((w) => !/\s/.test(w))));
  }

  /** Key hashes of the plural nouns of groups of people (roles.groups: teams, departments). */
  get roleGroupWords(): ReadonlySet<number> {
    return (this.m.roleGroupWords ??= this.stored('roleGroupWords') ?? keyHashSet((this.file.roles.groups ?? []).filter((n) => !/\s/.test(n))));
  }

  /** Key hashes of the role nouns of one word (developers, team). */
  get roleNounWords(): ReadonlySet<number> {
    return (this.m.roleNounWords ??= this.stored('roleNounWords') ?? keyHashSet((this.file.roles.nouns ?? []).filter((n) => !/\s/.test(n))));
  }

  /** Key hashes of the one-word heading phrases that are a heading run into a text (see runInHeadings). */
  get runInWords(): ReadonlySet<number> {
    return (this.m.runInWords ??= this.stored('runInWords') ?? keyHashSet(this.file.runInHeadings?.words));
  }

  /** Key hashes of the words that open a heading run into a text when capitalized as it is (see runInHeadings). */
  get runInLeadWords(): ReadonlySet<number> {
    return (this.m.runInLeadWords ??= this.stored('runInLeadWords') ?? keyHashSet(this.file.runInHeadings?.leadWords));
  }

  /** Key hashes of the one-word heading phrases of sections that ask for nothing that end a sentence run into a text (see runInHeadings). */
  get runInBreakWords(): ReadonlySet<number> {
    return (this.m.runInBreakWords ??= this.stored('runInBreakWords') ?? keyHashSet(this.file.runInHeadings?.breakWords));
  }

  /** Key hashes of the words that put a heading phrase inside a sentence when right before it. */
  get runInNotAfter(): ReadonlySet<number> {
    return (this.m.runInNotAfter ??= this.stored('runInNotAfter') ?? keyHashSet(this.file.runInHeadings?.notAfter));
  }

  get cues(): PhraseSet<CueTag> {
    return (this.m.cues ??= this.stored('cues') ?? (() => {
      const set = new PhraseSet<CueTag>();
      const c = this.file.cues;
      const add = (list: readonly Cue[] | undefined, type: CueType) => {
        for (const cue of list ?? []) {
          if (typeof cue === 'string') set.add(cue, { type, scope: 'either' });
          else set.add(cue.phrase, { type, scope: cue.scope, ...(cue.amount ? { amount: true as const } : {}), ...(cue.final ? { final: true as const } : {}), ...(cue.listed ? { listed: true as const } : {}), ...(/^\(.*\)$/.test(cue.phrase.trim()) ? { bracketed: true as const } : {}) });
        }
      };
      add(c.required, 'required');
      add(c.preferred, 'preferred');
      add(c.negated, 'negated');
      add(c.stack, 'stack');
      add(c.learning, 'learning');
      for (const p of c.negationOpeners ?? []) set.add(p, { type: 'opener', scope: 'forward' });
      for (const p of c.negationClosers ?? []) set.add(p, { type: 'closer', scope: 'backward' });
      for (const p of c.clauseBreaks ?? []) set.add(p, { type: 'break', scope: 'either' });
      for (const p of c.turns ?? []) set.add(p, { type: 'break', scope: 'either', turn: true });
      for (const p of c.neutral ?? []) set.add(p, { type: 'neutral', scope: 'either' });
      for (const p of c.carriers ?? []) set.add(p, { type: 'carrier', scope: 'forward' });
      return withCueVariants(set, c.variants);
    })());
  }

  /** The cues of a resume (learning, familiar, negated), with the clause breaks and neutral phrases of postings. */
  get resumeCues(): PhraseSet<CueTag> {
    return (this.m.resumeCues ??= this.stored('resumeCues') ?? (() => {
      const set = new PhraseSet<CueTag>();
      const r = this.file.resume.cues;
      for (const type of ['learning', 'familiar', 'negated'] as const) {
        for (const cue of r[type] ?? []) {
          if (typeof cue === 'string') set.add(cue, { type, scope: 'either' });
          else set.add(cue.phrase, /^\(.*\)$/.test(cue.phrase.trim()) ? { type, scope: cue.scope, bracketed: true } : { type, scope: cue.scope });
        }
      }
      for (const p of this.file.cues.clauseBreaks ?? []) set.add(p, { type: 'break', scope: 'either' });
      for (const p of r.breaks ?? []) set.add(p, { type: 'break', scope: 'either' });
      for (const p of this.file.cues.turns ?? []) set.add(p, { type: 'break', scope: 'either', turn: true });
      for (const p of this.file.cues.neutral ?? []) set.add(p, { type: 'neutral', scope: 'either' });
      return withCueVariants(set, this.file.cues.variants);
    })());
  }

  /** What a resume sentence holding a skill is read for: its cues. */
  get resumeSentencePhrases(): PhraseSet<SentenceTag> {
    return (this.m.resumeSentencePhrases ??= this.stored('resumeSentencePhrases') ?? (() => {
      const set = new PhraseSet<SentenceTag>();
      let id = 0;
      this.resumeCues.eachPhrase((phrase, cue) => set.add(phrase, { set: 'cue', cue, id: id++ }));
      return set;
    })());
  }

  /** Level words of a resume ("fluent", "B2", "advanced") and the level each gives. */
  get levelWords(): PhraseSet<Level> {
    return (this.m.levelWords ??= this.stored('levelWords') ?? (() => {
      const set = new PhraseSet<Level>();
      for (const [phrase, level] of Object.entries(this.file.resume.levels)) set.add(phrase, level);
      return set;
    })());
  }

  get presentWords(): PhraseSet<true> {
    return (this.m.presentWords ??= this.stored('presentWords') ?? phraseSet(this.file.resume.present));
  }

  /** Month names by key ("jan", "january") -> 1..12. */
  get months(): ReadonlyMap<string, number> {
    return (this.m.months ??= new Map(Object.entries(this.file.resume.months).map(([k, v]) => [k.toLowerCase(), v])));
  }

  get alternatives(): PhraseSet<AltTag> {
    return (this.m.alternatives ??= this.stored('alternatives') ?? (() => {
      const set = new PhraseSet<AltTag>();
      const a = this.file.alternatives;
      for (const p of a.connectors ?? []) set.add(p, 'connector');
      for (const p of a.leadIns ?? []) set.add(p, 'leadIn');
      for (const p of a.joiners ?? []) set.add(p, 'joiner');
      for (const p of a.filler ?? []) set.add(p, 'filler');
      for (const p of a.yearsBridge ?? []) set.add(p, 'yearsBridge');
      return set;
    })());
  }

  /** The words that name a kind of tool (alternatives.kinds), lower-cased: a bracket of skills after one gives examples. */
  get alternativeKinds(): ReadonlySet<string> {
    return (this.m.alternativeKinds ??= this.stored('alternativeKinds') ?? new Set((this.file.alternatives.kinds ?? []).map((w) => w.toLowerCase())));
  }

  /** The key hashes of the words after an "or" that offer another of a kind (alternatives.similar: "similar", "comparable"). */
  get alternativeSimilar(): ReadonlySet<number> {
    return (this.m.alternativeSimilar ??= this.stored('alternativeSimilar') ?? keyHashSet(this.file.alternatives.similar ?? []));
  }

  /** The words before a kind word that ask for every example (alternatives.allOf), lower-cased. */
  get alternativeAllOf(): ReadonlySet<string> {
    return (this.m.alternativeAllOf ??= this.stored('alternativeAllOf') ?? new Set((this.file.alternatives.allOf ?? []).map((w) => w.toLowerCase())));
  }

  /** The words that open a bracket of parts, all asked (alternatives.parts: "including"), lower-cased. */
  get alternativeParts(): ReadonlySet<string> {
    return (this.m.alternativeParts ??= this.stored('alternativeParts') ?? new Set((this.file.alternatives.parts ?? []).map((w) => w.toLowerCase())));
  }

  /** Key hashes of the one-word joiners (and, plus, &): what adds one more to a list. */
  get alternativeJoiners(): ReadonlySet<number> {
    return (this.m.alternativeJoiners ??= this.stored('alternativeJoiners') ?? new Set((this.file.alternatives.joiners ?? []).map((p) => phraseKeys(p)).filter((k) => k.length === 1).map((k) => keyHash(k[0]!))));
  }

  /** Key hashes of the one-word connectors and joiners (or, and, /, &): what coordinates two nouns. */
  get coordinators(): ReadonlySet<number> {
    return (this.m.coordinators ??= this.stored('coordinators') ?? (() => {
      const a = this.file.alternatives;
      return new Set([...(a.connectors ?? []), ...(a.joiners ?? [])].map((p) => phraseKeys(p)).filter((k) => k.length === 1).map((k) => keyHash(k[0]!)));
    })());
  }

  /** Every phrase a sentence holding a skill is read for (see SentenceTag), in one trie. */
  get sentencePhrases(): PhraseSet<SentenceTag> {
    return (this.m.sentencePhrases ??= this.stored('sentencePhrases') ?? (() => {
      const set = new PhraseSet<SentenceTag>();
      let id = 0;
      this.cues.eachPhrase((phrase, cue) => set.add(phrase, { set: 'cue', cue, id: id++ }));
      this.asking.eachPhrase((phrase, strong) => set.add(phrase, { set: 'asking', strong, id: id++ }));
      this.boilerplate.eachPhrase((phrase, evidence) => set.add(phrase, { set: 'evidence', evidence, id: id++ }));
      this.jobIntro.eachPhrase((phrase) => set.add(phrase, { set: 'intro', id: id++ }));
      for (const phrase of this.file.duties ?? []) set.add(phrase, { set: 'duty', id: id++ });
      for (const phrase of this.file.asking.opening ?? []) set.add(phrase, { set: 'opening', id: id++ });
      for (const phrase of this.file.asking.compounds ?? []) set.add(phrase, { set: 'compound', id: id++ });
      return set;
    })());
  }

  /** Whether a sentence may hold a years phrase: one of the units is in it (before the full expression runs). */
  /** The years' qualifiers (years.qualifiers) as one pattern, to pass over them between a skill and its bracketed years. */
  get yearsQualifiers(): RegExp {
    const words = this.file.years.qualifiers ?? [];
    return (this.m.yearsQualifiers ??= new RegExp(words.length > 0 ? `(?<![\\p{L}])(?:${alternation(words)})(?![\\p{L}])` : '(?!)', 'giu'));
  }

  /** Words right after years that give them to every item of the list before (years.each: "Python, SQL and Spark (3+ years each)"), as one pattern anchored at the years' end. */
  get yearsEach(): RegExp {
    const words = this.file.years.each ?? [];
    return (this.m.yearsEach ??= new RegExp(words.length > 0 ? `^[ \\t]+(?:${alternation(words)})(?![\\p{L}])` : '(?!)', 'iu'));
  }

  /** years.backToList as one pattern, matched right after years, up to BACK_TO_LIST_WORDS words of their own before it ("with 3+ years of experience in any one of these"). */
  get yearsBackToList(): RegExp {
    const words = this.file.years.backToList ?? [];
    return (this.m.yearsBackToList ??= new RegExp(words.length > 0 ? `^[ \\t]+(?:[\\p{L}'’-]+\\s+){0,${BACK_TO_LIST_WORDS}}?(?:${alternation(words)})(?![\\p{L}])` : '(?!)', 'iu'));
  }

  /** Words between a skill and the bracket of its years (years.between: "skills required"), as one pattern, to pass over them as the qualifiers are. */
  get yearsBetween(): RegExp {
    const words = this.file.years.between ?? [];
    return (this.m.yearsBetween ??= new RegExp(words.length > 0 ? `(?<![\\p{L}])(?:${alternation(words)})(?![\\p{L}])` : '(?!)', 'giu'));
  }

  /**
   * Years that lead in a list after a colon: "3 years in the following: ..." (years.listLeads), the
   * words up to the colon, or a binder or elaboration right before it ("at least 5 years, hands-on
   * experience with: ...", "8 years in a technical field, including: ...").
   */
  get yearsListLead(): RegExp {
    return (this.m.yearsListLead ??= new RegExp(`^[^.;:\\n]{0,100}?(?<![\\p{L}\\p{N}])(?:${this.listLeadWords()})`, 'iu'));
  }

  /** The words of years.listLeads alone, anywhere ("the following"): whether a text may hold a list that years lead in after them. */
  get yearsListLeadWords(): RegExp {
    return (this.m.yearsListLeadWords ??= new RegExp(alternation(this.file.years.listLeads ?? []) || '(?!)', 'i'));
  }

  /** years.listLeads with the words up to a colon, or years.binders or years.elaborations right before one. */
  private listLeadWords(): string {
    const leads = this.file.years.listLeads ?? [];
    const before = [...(this.file.years.binders ?? []), ...(this.file.years.elaborations ?? [])];
    const out: string[] = [];
    if (leads.length > 0) out.push(`(?:${alternation(leads)})(?![\\p{L}\\p{N}])[^.;:\\n]{0,40}:`);
    if (before.length > 0) out.push(`(?:${alternation(before)})[ \\t]*:`);
    return out.length > 0 ? out.join('|') : '(?!)';
  }

  /** years.experienceTiedBack as a pattern that a whole gap matches, blanks around (see yearsTiedBack). */
  get yearsExperienceTiedBack(): RegExp {
    const words = this.file.years.experienceTiedBack ?? [];
    return (this.m.yearsExperienceTiedBack ??= words.length > 0 ? new RegExp(`^\\s*(?:${alternation(words)})\\s*$`, 'iu') : /(?!)/);
  }

  /**
   * The years' backward ties (years.tiedBack) as one pattern that a gap matches where it ends in one,
   * a few words before it but no list's word ("dbt in production for", not "SQL and Python for").
   */
  get yearsTiedBack(): RegExp {
    const words = this.file.years.tiedBack ?? [];
    if (words.length === 0) return (this.m.yearsTiedBack ??= /(?!)/);
    const a = this.file.alternatives;
    const list = [...(a.connectors ?? []), ...(a.joiners ?? [])].filter((w) => /^\p{L}+$/u.test(w));
    const word = list.length > 0 ? `(?!(?:${alternation(list)})(?![\\p{L}]))[\\p{L}-]+` : '[\\p{L}-]+';
    return (this.m.yearsTiedBack ??= new RegExp(`^\\s*(?:${word}\\s+){0,${TIED_BACK_WORDS}}(?:${alternation(words)})\\s*$`, 'iu'));
  }

  get yearsGate(): RegExp {
    // (Mostly a literal alternation, which the regex engine scans for fast: every sentence is tested. A whole
    // of words, "a decade or more", is let in by its longest word: a short first word, "a", would
    // start a try at most letters.)
    return (this.m.yearsGate ??= (() => {
      const longest = (phrase: string) => phrase.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
      // (A range whose unit was lost, "2-5 experience", by its unitless word after a digit.)
      const { unitless, ranges } = this.file.years;
      const lost = unitless?.length && ranges?.length ? [`\\d\\s*(?:${alternation(ranges)})\\s*\\d{1,2}\\s+(?:${alternation(unitless)})`] : [];
      return new RegExp([...[...new Set([...this.file.years.units, ...(this.file.years.months ?? []), ...Object.keys(this.file.years.wholes ?? {}).map(longest)])].map(escapeWords), ...lost].join('|'), 'i');
    })());
  }

  get boilerplate(): PhraseSet<EvidenceTag> {
    return (this.m.boilerplate ??= this.stored('boilerplate') ?? (() => {
      const set = new PhraseSet<EvidenceTag>();
      for (const [kind, evidence] of Object.entries(this.file.boilerplate) as [BoilerplateKind, { strong?: string[]; weak?: string[] }][]) {
        for (const p of evidence.strong ?? []) set.add(p, { kind, strong: true });
        for (const p of evidence.weak ?? []) set.add(p, { kind, strong: false });
      }
      return set;
    })());
  }

  /** Requirement-like phrases: `true` for the strong ones (they also end a company or benefits section). */
  get asking(): PhraseSet<boolean> {
    return (this.m.asking ??= this.stored('asking') ?? (() => {
      const set = new PhraseSet<boolean>();
      for (const p of this.file.asking.strong ?? []) set.add(p, true);
      for (const p of this.file.asking.weak ?? []) set.add(p, false);
      return set;
    })());
  }

  /** Key hashes of the employer's possessive words before a requirement-like phrase (asking.owners: "our"). */
  get askingOwners(): ReadonlySet<number> {
    return (this.m.askingOwners ??= this.stored('askingOwners') ?? keyHashSet(this.file.asking.owners ?? []));
  }

  /** Key hashes of the words a requirement-like phrase opens with that the employer may own (asking.owned: "ability", "experience"). */
  get askingOwned(): ReadonlySet<number> {
    return (this.m.askingOwned ??= this.stored('askingOwned') ?? keyHashSet(this.file.asking.owned ?? []));
  }

  /** Phrases that open a qualification (asking.opening): a line that opens with one is an item of its own, never the rest of a wrapped line (see readFlow). */
  get itemOpenings(): PhraseSet<true> {
    return (this.m.itemOpenings ??= this.stored('itemOpenings') ?? phraseSet(this.file.asking.opening ?? []));
  }

  /** What ends a company or benefits section: strong requirement-like phrases and the job's duties. */
  get jobContent(): PhraseSet<true> {
    return (this.m.jobContent ??= this.stored('jobContent') ?? phraseSet([...(this.file.asking.strong ?? []), ...(this.file.duties ?? [])]));
  }

  get employerVoice(): PhraseSet<true> {
    return (this.m.employerVoice ??= this.stored('employerVoice') ?? phraseSet(this.file.employerVoice ?? []));
  }

  /** Phrases that, opening the sentence after a question, say that what it names is not needed (see reassurances). */
  get reassurances(): PhraseSet<true> {
    return (this.m.reassurances ??= this.stored('reassurances') ?? phraseSet(this.file.reassurances ?? []));
  }

  /** Key hashes of the words that, right after a phrase of the job's introduction, make it none ("we need to get the job done"; see jobIntroNot). */
  get jobIntroNot(): ReadonlySet<number> {
    return (this.m.jobIntroNot ??= this.stored('jobIntroNot') ?? keyHashSet(this.file.jobIntroNot ?? []));
  }

  /** Whether the introduction phrase that ends before token `end` is one: no jobIntroNot word right after it. */
  introducesAt(tokens: Tokens, end: number): boolean {
    return end >= tokens.count || !this.jobIntroNot.has(tokens.keyHashOf(end));
  }

  /** Words after the job's introduction that give what the person sought brings (see jobIntroWith). */
  get jobIntroWith(): PhraseSet<true> {
    return (this.m.jobIntroWith ??= this.stored('jobIntroWith') ?? phraseSet(this.file.jobIntroWith ?? []));
  }

  /** Words after the role the job's introduction seeks that say what the person knows (see jobIntroKnows). */
  get jobIntroKnows(): PhraseSet<true> {
    return (this.m.jobIntroKnows ??= this.stored('jobIntroKnows') ?? phraseSet(this.file.jobIntroKnows ?? []));
  }

  get jobIntro(): PhraseSet<true> {
    return (this.m.jobIntro ??= this.stored('jobIntro') ?? phraseSet(this.file.jobIntro));
  }

  /**
   * A noun of groups of people (roles.groups) and what opens a list of names after it, global: a bracket or a colon,
   * and maybe a lead-in (roles.listLeads), or a lead-in alone: "internal teams (e.g. ", "groups including ".
   */
  get roleListOpener(): RegExp {
    return (this.m.roleListOpener ??= (() => {
      const nouns = this.file.roles.groups ?? [];
      const leads = this.file.roles.listLeads ?? [];
      const lead = leads.length > 0 ? `(?:${alternation(leads)})\\.?[,:]?` : '(?!)';
      // (Where the groups are, between: "teams across the organization (e.g. ...)", "teams within the company, including ...".)
      const scopes = this.file.roles.groupScopes ?? [];
      const scope = scopes.length > 0 ? `(?:\\s+(?:${alternation(scopes)})(?=[\\s(:,])(?:\\s*,)?)?` : '';
      // (The word's start is checked after the match, not before each position: see findRoleOpeners.)
      return new RegExp(nouns.length > 0 ? `(?:${alternation(nouns)})${scope}(?:\\s*[(:]\\s*(?:${lead}\\s*)?|\\s+${lead}\\s+)` : '(?!)', 'giu');
    })());
  }

  /** Other people's expertise before the list of their fields (roles.expertsIn), global: "experts in ". */
  get roleExperts(): RegExp {
    return (this.m.roleExperts ??= (() => {
      const experts = this.file.roles.expertsIn ?? [];
      // (The word's start is checked after the match, not before each position: see findRoleOpeners.)
      return new RegExp(experts.length > 0 ? `(?:${alternation(experts)})\\s+` : '(?!)', 'giu');
    })());
  }

  get roleNouns(): PhraseSet<true> {
    return (this.m.roleNouns ??= this.stored('roleNouns') ?? phraseSet(this.file.roles.nouns));
  }

  get roleOthers(): PhraseSet<true> {
    return (this.m.roleOthers ??= this.stored('roleOthers') ?? phraseSet(this.file.roles.others));
  }

  get roleHeld(): PhraseSet<true> {
    return (this.m.roleHeld ??= this.stored('roleHeld') ?? phraseSet(this.file.roles.held ?? []));
  }

  /** Words before a skill that make it an office's title ("Head of ML"). */
  /** Words between a noun of the employer's units and the colon of a lead-in to their names (roles.unitLeads): includes, is made up of. */
  get roleUnitLeads(): PhraseSet<true> {
    return (this.m.roleUnitLeads ??= this.stored('roleUnitLeads') ?? phraseSet(this.file.roles.unitLeads ?? []));
  }

  get roleHeads(): PhraseSet<true> {
    return (this.m.roleHeads ??= this.stored('roleHeads') ?? phraseSet(this.file.roles.heads ?? []));
  }

  /** Words of working with people before a list of departments (roles.teams.after). */
  get teamsAfter(): PhraseSet<true> {
    return (this.m.teamsAfter ??= this.stored('teamsAfter') ?? phraseSet(this.file.roles.teams?.after ?? []));
  }

  /** Looser words of working with people, before a list of names with a group of people in it (roles.teams.peopleAfter). */
  get teamsPeopleAfter(): PhraseSet<true> {
    return (this.m.teamsPeopleAfter ??= this.stored('teamsPeopleAfter') ?? phraseSet(this.file.roles.teams?.peopleAfter ?? []));
  }

  /** Names of an employer's departments (roles.teams.departments). */
  get departments(): PhraseSet<true> {
    return (this.m.departments ??= this.stored('departments') ?? phraseSet(this.file.roles.teams?.departments ?? []));
  }

  /** Words of a team's make-up (roles.teamMakeup): cross-functional, interdisciplinary. */
  get roleTeamMakeup(): PhraseSet<true> {
    return (this.m.roleTeamMakeup ??= this.stored('roleTeamMakeup') ?? phraseSet(this.file.roles.teamMakeup ?? []));
  }

  get roleSelf(): PhraseSet<true> {
    return (this.m.roleSelf ??= this.stored('roleSelf') ?? phraseSet(this.file.roles.self));
  }

  /** Key hashes of the words that end the search for a role noun after a skill. */
  get roleStops(): ReadonlySet<number> {
    return (this.m.roleStops ??= this.stored('roleStops') ?? keyHashSet(this.file.roles.stops));
  }

  /** Keys of the words a line of prose never ends with. */
  get continuers(): ReadonlySet<string> {
    return (this.m.continuers ??= this.stored('continuers') ?? new Set((this.file.continuers ?? []).flatMap((w) => phraseKeys(w))));
  }

  /** Whether a word (in lower case) ends as the words that modify a noun do (modifierEndings). */
  isModifier(word: string): boolean {
    const endings: readonly string[] = (this.m.modifierEndings ??= this.file.modifierEndings ?? []);
    for (const e of endings) if (word.length > e.length + 2 && word.endsWith(e)) return true;
    return false;
  }

  /** Key hashes of the words that open what a group of people did, after its role noun, in a resume (resume.othersDid.relatives). */
  get othersRelatives(): ReadonlySet<number> {
    return (this.m.othersRelatives ??= this.stored('othersRelatives') ?? keyHashSet(this.file.resume.othersDid?.relatives ?? []));
  }

  /** Key hashes of the words that make a level word the label of the list after it, in a resume (resume.levelBinders). */
  get levelBinders(): ReadonlySet<number> {
    return (this.m.levelBinders ??= this.stored('levelBinders') ?? keyHashSet(this.file.resume.levelBinders ?? []));
  }

  /** Key hashes of the words that open a sentence whose subject is a group of other people, in a resume (resume.othersDid.subjects). */
  get othersSubjects(): ReadonlySet<number> {
    return (this.m.othersSubjects ??= this.stored('othersSubjects') ?? keyHashSet(this.file.resume.othersDid?.subjects ?? []));
  }

  /** Key hashes of the words that open a sentence of other people's work before a plural role noun (resume.othersDid.pluralSubjects). */
  get othersPluralSubjects(): ReadonlySet<number> {
    return (this.m.othersPluralSubjects ??= this.stored('othersPluralSubjects') ?? keyHashSet(this.file.resume.othersDid?.pluralSubjects ?? []));
  }

  /** Key hashes of the words a one-word resume cue right before them modifies, no cue then (resume.cueNouns): "a learning session". */
  get resumeCueNouns(): ReadonlySet<number> {
    return (this.m.resumeCueNouns ??= this.stored('resumeCueNouns') ?? keyHashSet(this.file.resume.cueNouns ?? []));
  }

  /** Key hashes of the words for one other person, a sentence's subject after an opening word (resume.othersDid.people). */
  get othersPeople(): ReadonlySet<number> {
    return (this.m.othersPeople ??= this.stored('othersPeople') ?? keyHashSet(this.file.resume.othersDid?.people ?? []));
  }

  /** Key hashes of the words that open a sentence whose subject is one other person (resume.othersDid.personSubjects). */
  get othersPersonSubjects(): ReadonlySet<number> {
    return (this.m.othersPersonSubjects ??= this.stored('othersPersonSubjects') ?? keyHashSet(this.file.resume.othersDid?.personSubjects ?? []));
  }

  /** Words after a skill that give it to other people before their role noun (resume.othersDid.passives). */
  get othersPassives(): PhraseSet<true> {
    return (this.m.othersPassives ??= this.stored('othersPassives') ?? phraseSet(this.file.resume.othersDid?.passives ?? []));
  }

  /** Words between a passive's agent and a skill that make the skill the agent's tool (resume.othersDid.instruments). */
  get othersInstruments(): ReadonlySet<number> {
    return (this.m.othersInstruments ??= this.stored('othersInstruments') ?? keyHashSet(this.file.resume.othersDid?.instruments ?? []));
  }

  /** Key hashes of the words that open what a resume says the person lacks (resume.lacks.openers: no, zero). */
  get lackOpeners(): ReadonlySet<number> {
    return (this.m.lackOpeners ??= this.stored('lackOpeners') ?? keyHashSet(this.file.resume.lacks?.openers ?? []));
  }

  /** Key hashes of the words between such an opener and the skills (resume.lacks.fillers: prior, hands-on). */
  get lackFillers(): ReadonlySet<number> {
    return (this.m.lackFillers ??= this.stored('lackFillers') ?? keyHashSet(this.file.resume.lacks?.fillers ?? []));
  }

  /** Key hashes of the nouns that close what is lacked, right after the skills (resume.lacks.nouns: experience, knowledge). */
  get lackNouns(): ReadonlySet<number> {
    return (this.m.lackNouns ??= this.stored('lackNouns') ?? keyHashSet(this.file.resume.lacks?.nouns ?? []));
  }

  /** Key hashes of the person's own words in such a clause (resume.othersDid.self). */
  get othersSelf(): ReadonlySet<number> {
    return (this.m.othersSelf ??= this.stored('othersSelf') ?? keyHashSet(this.file.resume.othersDid?.self ?? []));
  }

  /** Key hashes of the words that open a line telling a duty (dutyOpeners). */
  get dutyOpeners(): ReadonlySet<number> {
    return (this.m.dutyOpeners ??= this.stored('dutyOpeners') ?? keyHashSet(this.file.dutyOpeners ?? []));
  }

  /** Key hashes of the verbs that make a list before a phrase one of verbs, the phrase their object (listVerbs). */
  get listVerbs(): ReadonlySet<number> {
    return (this.m.listVerbs ??= this.stored('listVerbs') ?? keyHashSet(this.file.listVerbs));
  }

  /** Key hashes of the nouns a list of words before them shares after its last member (listNouns). */
  get listNouns(): ReadonlySet<number> {
    return (this.m.listNouns ??= this.stored('listNouns') ?? keyHashSet(this.file.listNouns ?? []));
  }

  /** Keys of the words of an inline label that name kinds of skills (tools, technologies). */
  get listLabels(): ReadonlySet<string> {
    return (this.m.listLabels ??= this.stored('listLabels') ?? new Set((this.file.listLabels ?? []).flatMap((w) => phraseKeys(w))));
  }

  get strongContinuers(): ReadonlySet<string> {
    return (this.m.strongContinuers ??= this.stored('strongContinuers') ?? new Set((this.file.strongContinuers ?? []).flatMap((w) => phraseKeys(w))));
  }

  /** Keys of the words of a company name that are not its name (Inc, GmbH). */
  get companySuffixes(): ReadonlySet<string> {
    return (this.m.suffixes ??= this.stored('suffixes') ?? new Set((this.file.companySuffixes ?? []).flatMap((w) => phraseKeys(w))));
  }

  /** The abbreviations whose full stop ends no sentence, without that full stop ("e.g", "Inc"), as written and in lower case. */
  get abbreviations(): ReadonlySet<string> {
    return (this.m.abbreviations ??= this.stored('abbreviations') ?? new Set((this.file.abbreviations ?? []).flatMap((a) => {
      const w = a.replace(/\.$/, '');
      return [w, w.toLowerCase()];
    })));
  }

  /** The words that only open a sentence (see `sentenceOpeners`), each before a blank; null for a language that lists none. */
  get sentenceOpeners(): RegExp | null {
    if (this.m.sentenceOpeners === undefined) {
      const words = this.file.sentenceOpeners ?? [];
      this.m.sentenceOpeners = words.length === 0 ? null : new RegExp(`(?:${words.map(escapeWords).join('|')})(?=[ \\t\\u00a0])`, 'g');
    }
    return this.m.sentenceOpeners;
  }

  /** What table cells say (see read/tables.ts): worked out when a text first holds a table. */
  get tableWords(): TableWords {
    return (this.m.tableWords ??= (() => {
      const values = new Map<string, TableCue>();
      const t = this.file.tables;
      const add = (list: readonly string[] | undefined, cue: TableCue) => {
        for (const p of list ?? []) if (!values.has(cellKey(p))) values.set(cellKey(p), cue);
      };
      add(t?.values.negated, 'negated');
      add(this.file.notNeededHeadings, 'negated');
      add(t?.values.required, 'required');
      add(t?.values.preferred, 'preferred');
      // (Not the requirement headings: "Skills", "Experience" head a table's column of names.)
      add(this.file.headings?.preferred, 'preferred');
      const keys = (list: readonly string[] | undefined) => new Set((list ?? []).map(cellKey));
      return {
        values,
        marks: new Set((t?.marks ?? []).map((m) => m.toLowerCase())),
        yes: keys(t?.yes),
        no: keys(t?.no),
        yesNoHeaders: [...keys(t?.yesNoHeaders)],
        importanceHeaders: keys(t?.importanceHeaders),
        headerWords: wordsPattern([...this.file.years.units, ...(t?.importanceHeaders ?? []), ...(t?.yesNoHeaders ?? [])]),
        units: new Set(this.file.years.units.map(cellKey)),
      } satisfies TableWords;
    })());
  }

  get years(): YearsReader {
    return (this.m.years ??= new YearsReader(this.file.years));
  }

  /** Words that open a clause of their own after a comma (cues.subjects). */
  get clauseSubjects(): PhraseSet<true> {
    return (this.m.clauseSubjects ??= this.stored('clauseSubjects') ?? phraseSet(this.file.cues.subjects ?? []));
  }

  get candidate(): PhraseSet<true> {
    return (this.m.candidate ??= this.stored('candidate') ?? phraseSet(this.file.candidate));
  }

  /** Key hashes of the candidate words a company's story says of itself too (companyTraits). */
  get companyTraits(): ReadonlySet<number> {
    return (this.m.companyTraits ??= this.stored('companyTraits') ?? keyHashSet(this.file.companyTraits ?? []));
  }

  /** Key hashes of the words for the candidate as a soft skill's object (candidateObject). */
  get candidateObject(): ReadonlySet<number> {
    return (this.m.candidateObject ??= this.stored('candidateObject') ?? keyHashSet(this.file.candidateObject ?? []));
  }

  /** Key hashes of the words for a thing built (products): "a leadership dashboard" names what was built. */
  get products(): ReadonlySet<number> {
    return (this.m.products ??= this.stored('products') ?? keyHashSet(this.file.products?.words ?? []));
  }

  /** Key hashes of the words before a soft skill that names what was built (products.determiners). */
  get productDeterminers(): ReadonlySet<number> {
    return (this.m.productDeterminers ??= this.stored('productDeterminers') ?? keyHashSet(this.file.products?.determiners ?? []));
  }

  get culture(): PhraseSet<true> {
    return (this.m.culture ??= this.stored('culture') ?? phraseSet(this.file.culture));
  }

  /** Key hashes of the words for a certification (certificationWords). */
  get certificationWords(): ReadonlySet<number> {
    return (this.m.certificationWords ??= this.stored('certificationWords') ?? keyHashSet(this.file.certificationWords ?? []));
  }

  /** Whether a text may hold a word for a certification: one test of a literal alternation, before its tokens are looked at. */
  get certificationGate(): RegExp {
    return (this.m.certificationGate ??= new RegExp((this.file.certificationWords ?? []).map(escapeWords).join('|') || '(?!)', 'i'));
  }

  get languageData(): PhraseSet<true> {
    return (this.m.languageData ??= this.stored('languageData') ?? phraseSet(this.file.languageData ?? []));
  }

  get equivalentExperience(): PhraseSet<true> {
    return (this.m.equivalentExperience ??= this.stored('equivalentExperience') ?? phraseSet(this.file.equivalentExperience));
  }

  /** An `experience` phrase at the start of a text, after blanks ("Python experience (5+ years)": the words between a skill and its years). */
  get leadingExperience(): RegExp {
    const words = this.file.experience ?? [];
    // (Or joined to the skill before by a hyphen, as German compounds it: "Python-Kenntnisse (3 Jahre)".)
    return (this.m.leadingExperience ??= new RegExp(words.length > 0 ? `^\\s*-?(?:${alternation(words)})(?![\\p{L}])` : '(?!)', 'iu'));
  }

  get experience(): PhraseSet<true> {
    return (this.m.experience ??= this.stored('experience') ?? phraseSet(this.file.experience));
  }

  get industryLabels(): PhraseSet<true> {
    return (this.m.industryLabels ??= this.stored('industryLabels') ?? phraseSet(this.file.industryLabels));
  }

  get industryAims(): PhraseSet<true> {
    return (this.m.industryAims ??= this.stored('industryAims') ?? phraseSet(this.file.industryAims ?? []));
  }

  get unitLabels(): PhraseSet<true> {
    return (this.m.unitLabels ??= this.stored('unitLabels') ?? phraseSet(this.file.unitLabels ?? []));
  }

  /** Key hashes of the words that end a loose list of what years qualify. */
  /** Phrases that lead from a kind of skill to its members in a list of what years qualify (see years.elaborations). */
  get yearsElaborations(): PhraseSet<true> {
    return (this.m.yearsElaborations ??= this.stored('yearsElaborations') ?? phraseSet(this.file.years.elaborations ?? []));
  }

  /** Key hashes of every word of the years.qualifiers phrases ("a minimum of": a, minimum, of): a word that may stand right before years and belong to them. */
  get yearsQualifierWords(): ReadonlySet<number> {
    return (this.m.yearsQualifierWords ??= new Set((this.file.years.qualifiers ?? []).flatMap((p) => phraseKeys(p)).map((k) => keyHash(k))));
  }

  /** How many words the longest years.elaborations phrase has ("including but not limited to": 5). */
  get yearsElaborationWords(): number {
    return (this.m.yearsElaborationWords ??= Math.max(0, ...(this.file.years.elaborations ?? []).map((p) => phraseKeys(p).length)));
  }

  /** Key hashes of the words that make the skill before them a modifier of the next (see years.compounds). */
  get yearsCompounds(): ReadonlySet<number> {
    return (this.m.yearsCompounds ??= this.stored('yearsCompounds') ?? keyHashSet(this.file.years.compounds));
  }

  /** Words right before a bare cue word that say it of all the items before it (cues.predicates: "is", "are highly"). */
  get cuePredicates(): PhraseSet<true> {
    return (this.m.cuePredicates ??= this.stored('cuePredicates') ?? phraseSet(this.file.cues.predicates ?? []));
  }

  /** Key hashes of the words that may stand with a cue in a sentence of its own about the sentence before it (see cues.anaphora). */
  get cueAnaphora(): ReadonlySet<number> {
    return (this.m.cueAnaphora ??= this.stored('cueAnaphora') ?? keyHashSet(this.file.cues.anaphora));
  }

  /** Key hashes of the articles that may stand between a binder and the skill it binds (see years.articles). */
  get yearsArticles(): ReadonlySet<number> {
    return (this.m.yearsArticles ??= this.stored('yearsArticles') ?? keyHashSet(this.file.years.articles));
  }

  /** Key hashes of the words that may qualify the skill a binder binds (see years.modifiers). */
  get yearsModifiers(): ReadonlySet<number> {
    return (this.m.yearsModifiers ??= this.stored('yearsModifiers') ?? keyHashSet(this.file.years.modifiers));
  }

  /** Key hashes of the words right after years that tie them to the skill after them (see years.binders). */
  get yearsBinders(): ReadonlySet<number> {
    return (this.m.yearsBinders ??= this.stored('yearsBinders') ?? keyHashSet(this.file.years.binders));
  }

  get yearsListBreaks(): ReadonlySet<number> {
    return (this.m.yearsListBreaks ??= this.stored('yearsListBreaks') ?? keyHashSet(this.file.years.listBreaks));
  }

  /** Key hashes of the words right after years that qualify their experience, no list's break (see years.leadQualifiers). */
  get yearsLeadQualifiers(): ReadonlySet<number> {
    return (this.m.yearsLeadQualifiers ??= this.stored('yearsLeadQualifiers') ?? keyHashSet(this.file.years.leadQualifiers ?? []));
  }

  /** Phrases before years that say how recent something must be (see years.recent). */
  get yearsRecent(): PhraseSet<true> {
    return (this.m.yearsRecent ??= this.stored('yearsRecent') ?? phraseSet(this.file.years.recent ?? []));
  }

  /** Words right after years that lead to the amount they measure (see years.amounts). */
  get amountLeads(): ReadonlySet<number> {
    return (this.m.amountLeads ??= this.stored('amountLeads') ?? keyHashSet(this.file.years.amounts?.leads));
  }

  /** Nouns of an amount of data or history (see years.amounts). */
  get amountNouns(): ReadonlySet<number> {
    return (this.m.amountNouns ??= this.stored('amountNouns') ?? keyHashSet(this.file.years.amounts?.nouns));
  }

  /** Words after such a noun that end its phrase (see years.amounts). */
  get amountAfter(): ReadonlySet<number> {
    return (this.m.amountAfter ??= this.stored('amountAfter') ?? keyHashSet(this.file.years.amounts?.after));
  }

  /** Words before such a noun that make the years experience again (see years.amounts). */
  get amountNotWith(): ReadonlySet<number> {
    return (this.m.amountNotWith ??= this.stored('amountNotWith') ?? keyHashSet(this.file.years.amounts?.notWith));
  }

  /** Degrees that, near years in their sentence, make them a route to the job (see years.routes). */
  get yearsRoutes(): PhraseSet<true> {
    return (this.m.yearsRoutes ??= this.stored('yearsRoutes') ?? phraseSet(this.file.years.routes ?? []));
  }

  /** Phrases before years that offer them in place of something else (see years.insteadOf). */
  get yearsInsteadOf(): PhraseSet<true> {
    return (this.m.yearsInsteadOf ??= this.stored('yearsInsteadOf') ?? phraseSet(this.file.years.insteadOf ?? []));
  }

  /** A job board's widget headings (pageWidgets.opens). */
  get widgetOpens(): PhraseSet<true> {
    return (this.m.widgetOpens ??= this.stored('widgetOpens') ?? phraseSet(this.file.pageWidgets?.opens ?? []));
  }

  /** The lines that end such a widget (pageWidgets.closes). */
  get widgetCloses(): PhraseSet<true> {
    return (this.m.widgetCloses ??= this.stored('widgetCloses') ?? phraseSet(this.file.pageWidgets?.closes ?? []));
  }

  get yearOwners(): PhraseSet<true> {
    return (this.m.yearOwners ??= this.stored('yearOwners') ?? phraseSet(this.file.years.owners));
  }

  /** Words that make years an owner phrase leads in the candidate's after all (years.candidateVoice). */
  get yearsCandidateVoice(): PhraseSet<true> {
    return (this.m.yearsCandidateVoice ??= this.stored('yearsCandidateVoice') ?? phraseSet(this.file.years.candidateVoice ?? []));
  }

  get titleRoleWords(): PhraseSet<true> {
    return (this.m.titleRole ??= this.stored('titleRole') ?? phraseSet(this.file.title.roleWords));
  }

  /** Lower-case words of a date: month names and the days of the week. */
  get dateWords(): ReadonlySet<string> {
    return (this.m.dateWords ??= new Set([...this.months.keys(), ...(this.file.title.dateWords ?? []).map((w) => w.toLowerCase())]));
  }

  /** Words before the employer's name in a title line ("Data Scientist at Acme"). */
  get employerTitleMarkers(): PhraseSet<true> {
    return (this.m.employerTitleMarkers ??= this.stored('employerTitleMarkers') ?? phraseSet(this.file.employer?.titleMarkers ?? []));
  }

  /** Heading phrases before the employer's name ("About Acme"). */
  get employerHeadings(): PhraseSet<true> {
    return (this.m.employerHeadings ??= this.stored('employerHeadings') ?? phraseSet(this.file.employer?.headings ?? []));
  }

  /** Phrases after a company's name that open its description ("Acme is a leading ..."). */
  get employerBlurbs(): PhraseSet<true> {
    return (this.m.employerBlurbs ??= this.stored('employerBlurbs') ?? phraseSet(this.file.employer?.blurbs ?? []));
  }

  /** Phrases after a name that open its equal-opportunity statement (see employer.equalOpportunity). */
  get employerEqualOpportunity(): PhraseSet<true> {
    return (this.m.employerEqualOpportunity ??= this.stored('employerEqualOpportunity') ?? phraseSet(this.file.employer?.equalOpportunity ?? []));
  }

  /** Words after a name that open a description of what it is (see employer.describes). */
  get employerDescribes(): PhraseSet<true> {
    return (this.m.employerDescribes ??= this.stored('employerDescribes') ?? phraseSet(this.file.employer?.describes ?? []));
  }

  /** Key hashes of the nouns of what a company is (see employer.kinds). */
  get employerKinds(): ReadonlySet<number> {
    return (this.m.employerKinds ??= this.stored('employerKinds') ?? keyHashSet(this.file.employer?.kinds));
  }

  /** Key hashes of the words that open an apposition after a company's name besides articles (see employer.appositions). */
  get employerAppositions(): ReadonlySet<number> {
    return (this.m.employerAppositions ??= this.stored('employerAppositions') ?? keyHashSet(this.file.employer?.appositions));
  }

  /** The legal forms of a company's name, lower-cased (see employer.legalForms). */
  get employerLegalForms(): ReadonlySet<string> {
    return (this.m.employerLegalForms ??= this.stored('employerLegalForms') ?? new Set((this.file.employer?.legalForms ?? []).flatMap((w) => phraseKeys(w))));
  }

  /** Key hashes of the nouns of a unit of the employer (see employer.units). */
  get employerUnits(): ReadonlySet<number> {
    return (this.m.employerUnits ??= this.stored('employerUnits') ?? keyHashSet(this.file.employer?.units));
  }

  /** The words that open a sentence in the employer's voice before its name ("At Acme, we ..."; see employer.locatives). */
  get employerLocatives(): ReadonlySet<number> {
    return (this.m.employerLocatives ??= this.stored('employerLocatives') ?? keyHashSet(this.file.employer?.locatives));
  }

  /** Key hashes of the prepositions that open a lead-in phrase before the employer's voice (see employer.storyLeads). */
  get employerStoryLeads(): ReadonlySet<number> {
    return (this.m.employerStoryLeads ??= this.stored('employerStoryLeads') ?? keyHashSet(this.file.employer?.storyLeads));
  }

  /** Key hashes of the words before a unit's name as a sentence's subject (see employer.unitDeterminers). */
  get employerUnitDeterminers(): ReadonlySet<number> {
    return (this.m.employerUnitDeterminers ??= this.stored('employerUnitDeterminers') ?? keyHashSet(this.file.employer?.unitDeterminers));
  }

  /** A job board's own words in its line of facts under the title (see employer.boardFacts), whole and in any case, as one pattern. */
  get employerBoardFacts(): RegExp {
    return (this.m.employerBoardFacts ??= wordsPattern(this.file.employer?.boardFacts ?? []));
  }

  /** Key hashes of the nouns of a team of the employer (see employer.teams). */
  get employerTeams(): ReadonlySet<number> {
    return (this.m.employerTeams ??= this.stored('employerTeams') ?? keyHashSet(this.file.employer?.teams));
  }

  /** Countries, states and provinces a place line names after its city, lower-cased (see employer.regions). */
  get employerRegions(): ReadonlySet<string> {
    return (this.m.employerRegions ??= this.stored('employerRegions') ?? new Set((this.file.employer?.regions ?? []).map((r) => r.toLowerCase())));
  }

  /** Key hashes of the words that end the name of one of the employer's sites (see employer.sites). */
  get employerSites(): ReadonlySet<number> {
    return (this.m.employerSites ??= this.stored('employerSites') ?? keyHashSet(this.file.employer?.sites));
  }

  /** Key hashes of the words that may follow a noun of what a company is (see employer.kindFollowers). */
  get employerKindFollowers(): ReadonlySet<number> {
    return (this.m.employerKindFollowers ??= this.stored('employerKindFollowers') ?? keyHashSet(this.file.employer?.kindFollowers));
  }

  /** The symbols that open a line and cue its skills (cues.lineMarks), longest first. */
  get lineMarks(): readonly (readonly [string, 'required' | 'preferred' | 'negated'])[] {
    return (this.m.lineMarks ??= Object.entries(this.file.cues.lineMarks ?? {}).sort((a, b) => b[0].length - a[0].length));
  }

  /** The title's field words (title.fieldWords), whole and in any case, as one pattern. */
  get titleFieldWords(): RegExp {
    return (this.m.titleFieldWords ??= wordsPattern(this.file.title.fieldWords ?? []));
  }

  /** The words of a bracket of a job's terms after its title (title.fieldWords and title.terms), global, in any case. */
  get titleTerms(): RegExp {
    return (this.m.titleTerms ??= (() => {
      const words = [...(this.file.title.fieldWords ?? []), ...(this.file.title.terms ?? [])];
      return new RegExp(words.length > 0 ? `(?<![\\p{L}])(?:${alternation(words)})(?![\\p{L}])` : '(?!)', 'giu');
    })());
  }

  /** A hiring label before a title ("We're hiring:", "Vacancy:"; title.labels), the whole text before the colon. */
  get titleLabels(): RegExp {
    return (this.m.titleLabels ??= (() => {
      const words = this.file.title.labels ?? [];
      return new RegExp(words.length > 0 ? `^(?:${alternation(words)})$` : '(?!)', 'iu');
    })());
  }

  /** Key hashes of the words after a title's role word that name the posting (title.trailers: opportunity, role). */
  get titleTrailers(): ReadonlySet<number> {
    return (this.m.titleTrailers ??= this.stored('titleTrailers') ?? keyHashSet(this.file.title.trailers ?? []));
  }

  get notTitle(): PhraseSet<true> {
    return (this.m.notTitle ??= this.stored('notTitle') ?? phraseSet(this.file.title.notTitle));
  }

  /** Key hashes of the word after "+N" that ends a job board's shortened list (title.more). */
  get titleMore(): ReadonlySet<number> {
    return (this.m.titleMore ??= this.stored('titleMore') ?? keyHashSet(this.file.title.more ?? []));
  }

  /** Words of a job board's page (title.chrome): a line with one and no role word is no title. */
  get titleChrome(): PhraseSet<true> {
    return (this.m.titleChrome ??= this.stored('titleChrome') ?? phraseSet(this.file.title.chrome ?? []));
  }

  /** Field labels ("Location") lower-cased and single-spaced (see normalizeLabel). */
  get factLabels(): ReadonlyMap<string, FactField> {
    return (this.m.facts ??= (() => {
      const map = new Map<string, FactField>();
      for (const [field, labels] of Object.entries(this.file.facts ?? {}) as [FactField, string[]][]) {
        for (const l of labels) map.set(l.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim(), field);
      }
      return map;
    })());
  }
}

/** A field label as the vocabulary keeps it: no Markdown marks, lower case, single spaces ("**Job Title**" -> "job title"). */
export const normalizeLabel = (s: string) => s.replace(/[*_]/g, '').replace(/’/g, "'").trim().toLowerCase().replace(/\s+/g, ' ');

/** The key hashes of the words of a list of words (a phrase gives each of its words). */
function keyHashSet(list: readonly string[] | undefined): Set<number> {
  return new Set((list ?? []).flatMap((w) => phraseKeys(w)).map(keyHash));
}

function phraseSet(list: readonly string[] | undefined): PhraseSet<true> {
  const set = new PhraseSet<true>();
  for (const p of list ?? []) set.add(p, true);
  return set;
}

function headingSet<K extends string>(map: Partial<Record<K, string[]>>, variants: Record<string, string[]> = {}): PhraseSet<HeadingTag<K>> {
  const set = new PhraseSet<HeadingTag<K>>();
  for (const [kind, list] of Object.entries(map) as [K, string[]][]) {
    for (const p of list) for (const v of variantsOf(p, variants)) set.add(v, { kind, words: phraseKeys(v).length });
  }
  return set;
}

/**
 * A set of cues with each phrase also added in the other ways its words are written (cues.variants:
 * "is not required" also as "isn't required", "don't need" also as "do not need"); a way the data
 * lists already is not added twice.
 */
function withCueVariants(set: PhraseSet<CueTag>, variants: Record<string, string[]> | undefined): PhraseSet<CueTag> {
  if (!variants) return set;
  const key = (phrase: string, tag: CueTag) => `${phrase}\u0000${JSON.stringify(tag)}`;
  const seen = new Set<string>();
  const found: [string, CueTag][] = [];
  set.eachPhrase((phrase, tag) => {
    seen.add(key(phrase, tag));
    found.push([phrase, tag]);
  });
  for (const [phrase, tag] of found) {
    for (const v of variantsOf(phrase, variants)) {
      const k = key(phraseKeys(v).join(' '), tag);
      if (seen.has(k)) continue;
      seen.add(k);
      set.add(v, tag);
    }
  }
  return set;
}

/** A phrase and the ways of writing it its words' variants give ("what will you do", "what would you do"). */
function variantsOf(phrase: string, variants: Record<string, string[]>): string[] {
  const out = new Set([phrase]);
  for (const [word, others] of Object.entries(variants)) {
    const re = new RegExp(`(^|\\s)${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`, 'gi');
    for (const p of [...out]) {
      if (!p.match(re)) continue;
      for (const other of others) out.add(p.replace(re, `$1${other}`));
    }
  }
  return [...out];
}

/** The order that breaks ties between heading phrases of equal length. */
export const headingRank = (kind: string): number => {
  const p = (POSTING_SECTIONS as readonly string[]).indexOf(kind);
  return p >= 0 ? p : (RESUME_SECTIONS as readonly string[]).indexOf(kind);
};

// ------------------------------------------------------------------ loading

export function listVocabFiles(dir: string = bundledVocabDir): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function displayName(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel || basename(file);
}

/** Read and validate vocabulary files; a problem stops with the file, line and field named. */
export function readVocabFiles(files: readonly string[]): VocabFile[] {
  const parsed = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new ConfigError('vocab-unreadable', `${file}: cannot read vocabulary: ${errorMessage(err)}`);
    }
    return validateSource(parseSource(displayName(file), text), VocabFile, 'vocab-invalid');
  });
  return parsed.map((f, i) => withBorrowedYears(withBorrowedHeadings(f, parsed, files[i]!), parsed, files[i]!));
}

/** A vocabulary with the words of years of the languages it borrows them from (`borrowYears`) after its own: lists joined, number words and wholes added. */
function withBorrowedYears(file: VocabFile, all: readonly VocabFile[], path: string): VocabFile {
  if (!file.borrowYears?.length) return file;
  const years: Record<string, unknown> = { ...file.years };
  for (const code of file.borrowYears) {
    const lender = all.find((f) => f.language === code && f !== file);
    if (!lender) throw new ConfigError('vocab-invalid', `${displayName(path)}: borrowYears names '${code}', the language of no other vocabulary file`);
    for (const [key, value] of Object.entries(lender.years)) {
      const own = years[key];
      if (Array.isArray(value)) years[key] = [...new Set([...((own as string[] | undefined) ?? []), ...value])];
      else if (value && typeof value === 'object') years[key] = { ...value, ...((own as object | undefined) ?? {}) };
    }
  }
  return { ...file, years: years as VocabFile['years'] };
}

/** A vocabulary with the posting headings and heading filler of the languages it borrows them from (`borrowHeadings`) after its own. */
function withBorrowedHeadings(file: VocabFile, all: readonly VocabFile[], path: string): VocabFile {
  if (!file.borrowHeadings?.length) return file;
  const headings: Partial<Record<string, string[]>> = { ...file.headings };
  const filler = [...(file.headingFiller ?? [])];
  for (const code of file.borrowHeadings) {
    const lender = all.find((f) => f.language === code && f !== file);
    if (!lender) throw new ConfigError('vocab-invalid', `${displayName(path)}: borrowHeadings names '${code}', the language of no other vocabulary file`);
    for (const [kind, list] of Object.entries(lender.headings ?? {}) as [string, string[]][]) headings[kind] = [...new Set([...(headings[kind] ?? []), ...list])];
    for (const w of lender.headingFiller ?? []) if (!filler.includes(w)) filler.push(w);
  }
  return { ...file, headings: headings as VocabFile['headings'], headingFiller: filler };
}

/** As for the taxonomy cache: names, sizes and times first, then the content decides. */
export function vocabStamp(files: readonly string[]): string {
  return files
    .map((f) => {
      const st = statSync(f);
      return `${basename(f)}:${st.size}:${Math.trunc(st.mtimeMs)}`;
    })
    .join('|');
}

export function vocabDigest(files: readonly string[]): string {
  return contentDigest(files);
}

/** A set as the build keeps it (see Vocabulary.compile). */
type StoredSet = { phrases: PhraseSetData<unknown> } | { set: (string | number)[] };

/** Which vocabulary files a cache was built from (see vocabStamp and vocabDigest). */
interface VocabKey {
  stamp: string;
  digest: string;
}

const MAGIC = 0x31564753; // 'SGV1'

/**
 * The cache file the build writes (see packed-file.ts): the validated vocabularies as JSON (without
 * their examples), and their sets worked out, each its own section, read when a run first asks for
 * it: a phrase set's trie as JSON and its prefilter bits as they are.
 */
export function vocabCacheFor(files: readonly string[], parsed: readonly VocabFile[]): Buffer {
  // (Without the examples: two thirds of the files' JSON, parsed by every run for nothing. The build and
  // the tests read them from the YAML.)
  const sections: Record<string, ArrayBufferView> = { files: Buffer.from(JSON.stringify(parsed.map(({ examples: _examples, ...rest }) => rest))) };
  parsed.forEach((f, i) => {
    for (const [name, stored] of Object.entries(new Vocabulary(f).compile())) {
      if ('phrases' in stored) {
        sections[`${i}:${name}`] = Buffer.from(JSON.stringify(stored.phrases.trie));
        sections[`${i}:${name}:bits`] = stored.phrases.bits;
      } else {
        sections[`${i}:${name}`] = Buffer.from(JSON.stringify(stored.set));
      }
    }
  });
  return packFile(MAGIC, { stamp: vocabStamp(files), digest: vocabDigest(files) } satisfies VocabKey, sections);
}

let bundled: Vocabulary[] | undefined;

/** The bundled vocabularies, English first: from the build's cache when it matches the YAML, else from the YAML. */
export function bundledVocabularies(): readonly Vocabulary[] {
  if (bundled) return bundled;
  const files = listVocabFiles();
  let vocabs: Vocabulary[] | undefined;
  const cache = existsSync(vocabCachePath) ? openFile<VocabKey>(MAGIC, readShared(vocabCachePath)) : undefined;
  if (cache && (cache.data.stamp === vocabStamp(files) || cache.data.digest === vocabDigest(files))) {
    const stored = (i: number) => (name: string) => {
      const key = `${i}:${name}`;
      if (!cache.has(key)) return undefined;
      const json = JSON.parse(cache.text(key)) as unknown;
      return cache.has(`${key}:bits`) ? PhraseSet.restore({ trie: json as PhraseSetData<unknown>['trie'], bits: cache.uint32(`${key}:bits`) }) : new Set(json as unknown[]);
    };
    vocabs = (JSON.parse(cache.text('files')) as VocabFile[]).map((f, i) => new Vocabulary(f, stored(i)));
  }
  vocabs ??= readVocabFiles(files).map((f) => new Vocabulary(f));
  bundled = vocabs.sort((a, b) => (a.language === 'en' ? -1 : b.language === 'en' ? 1 : a.language.localeCompare(b.language)));
  return bundled;
}

/** Vocabularies from other files (a test's, a user's), compiled the same way. */
export function loadVocabularies(files: readonly string[]): Vocabulary[] {
  return readVocabFiles(files).map((f) => new Vocabulary(f));
}
