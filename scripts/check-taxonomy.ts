// `skillgap taxonomy validate` from the sources, without a build: for editing taxonomies/*.yaml.
//   npx tsx scripts/check-taxonomy.ts [overlay.yaml ...]
import { run } from '../src/cli/run.js';

process.exitCode = await run(['taxonomy', 'validate', ...process.argv.slice(2)]);
