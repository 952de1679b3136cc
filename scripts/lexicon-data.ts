/** What the scripts that generate lexicon data share: the language argument, reading a Debian file, writing lang/<lang>/<file>. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The language code given on the command line; exits with a usage line when it is missing. */
export function languageArgument(script: string): string {
  const language = process.argv[2];
  if (!language || !/^[a-z]{2,3}$/u.test(language)) {
    process.stderr.write(`usage: npx tsx scripts/${script} <language code, e.g. fr>\n`);
    process.exit(2);
  }
  return language;
}

/** A file's bytes, or null when it is not there. */
export function readIfPresent(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** Writes { about, names } to src/annotate/lang/<language>/<file>, one name per line. */
export function writeLexiconData(language: string, file: string, about: string, names: readonly unknown[]): void {
  const output = join("src", "annotate", "lang", language, file);
  writeFileSync(output, `${JSON.stringify({ about, names }).replace(/\],\[/gu, "],\n[")}\n`);
  process.stdout.write(`${output}: ${names.length} names\n`);
}
