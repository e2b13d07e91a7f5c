// zod/mini for every schema: the full zod build is 20 times larger, and its parsing alone would
// take a quarter of the start-up budget. Schema modules import `zod/mini` directly (so the bundler
// keeps only what they use) and this module once, for English messages ("expected number, received string").
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
