// Validate the bundled taxonomy from the sources (schema, cross-entry checks, examples) and print counts.
//   npx tsx scripts/check-taxonomy.ts
import { compileTaxonomy } from '../src/taxonomy/compile.js';
import { describeFailure, findProblems, listTaxonomyFiles, readTaxonomyFiles, runExamples } from '../src/taxonomy/index.js';

const files = listTaxonomyFiles();
const entries = readTaxonomyFiles(files);
const problems = findProblems(entries);
for (const p of problems) console.log(p);
const { checked, failures } = runExamples(compileTaxonomy(entries));
for (const f of failures) console.log(describeFailure(f));
const byFile = new Map<string, number>();
for (const e of entries) byFile.set(e.source.file, (byFile.get(e.source.file) ?? 0) + 1);
console.log([...byFile].map(([f, n]) => `${f}: ${n}`).join(', '));
console.log(`${entries.length} skills, ${problems.length} problems, ${checked} examples, ${failures.length} failing`);
process.exit(problems.length || failures.length ? 1 : 0);
