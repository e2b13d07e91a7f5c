/**
 * Alphabetical order for names, case folded (code-unit order breaks ties): deterministic on every
 * machine and locale, and free of the ICU collator that `localeCompare` starts on first use (some
 * 10 ms, a fifteenth of the start-up budget).
 */
export function byText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
