/**
 * Time expressions on French TimeBank (../shared/data/timebank-fr-dev, LGPL-LR, used only
 * to measure): the text is the TimeML with its tags stripped, the DCT is the publication
 * date, the gold is every TIMEX3 inside <TEXT>. Span overlap and strict F1, then accuracy of
 * the normalised value on overlapping matches.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findTimeExpressions } from "../src/annotate/stages/time/find-time-expressions.js";

interface GoldTimex {
  start: number;
  end: number;
  value: string;
}

export interface TimebankResult {
  documents: number;
  gold: number;
  predicted: number;
  overlap: { precision: number; recall: number; f1: number };
  strict: { precision: number; recall: number; f1: number };
  valueAccuracy: number;
  misses: string[];
}

export function evaluateTimebankFr(dataDir: string): TimebankResult {
  let gold = 0;
  let predicted = 0;
  let overlapGold = 0;
  let overlapPredicted = 0;
  let strictMatches = 0;
  let valueMatches = 0;
  const misses: string[] = [];
  const files = readdirSync(dataDir).filter((name) => name.endsWith(".tml")).sort();
  for (const file of files) {
    const { text, dct, timexes } = readTimeML(readFileSync(join(dataDir, file), "utf8"));
    const found = findTimeExpressions(text, { language: "fr", published: dct });
    gold += timexes.length;
    predicted += found.length;
    overlapPredicted += found.filter((p) => timexes.some((g) => p.start < g.end && g.start < p.end)).length;
    for (const g of timexes) {
      const match = found.find((p) => p.start < g.end && g.start < p.end);
      if (!match) {
        misses.push(`${file}: missed "${text.slice(g.start, g.end)}" (${g.value})`);
        continue;
      }
      overlapGold += 1;
      if (match.start === g.start && match.end === g.end) strictMatches += 1;
      if (match.value === g.value) valueMatches += 1;
      else misses.push(`${file}: "${text.slice(g.start, g.end)}" gold ${g.value}, got "${match.text}" ${match.value}`);
    }
  }
  const score = (hitsPredicted: number, hitsGold: number) => {
    const precision = predicted ? hitsPredicted / predicted : 0;
    const recall = gold ? hitsGold / gold : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  return { documents: files.length, gold, predicted, overlap: score(overlapPredicted, overlapGold), strict: score(strictMatches, strictMatches), valueAccuracy: overlapGold ? valueMatches / overlapGold : 0, misses };
}

/** TimeML → plain text, the document creation time, and TIMEX3 spans in that text. */
function readTimeML(xml: string): { text: string; dct: string | null; timexes: GoldTimex[] } {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]+)"/.exec(xml)?.[1] ?? null;
  const body = xml.slice(xml.indexOf("<TEXT>") + "<TEXT>".length, xml.indexOf("</TEXT>"));
  let text = "";
  const timexes: GoldTimex[] = [];
  const open: Array<{ start: number; value: string }> = [];
  for (const token of body.split(/(<[^>]+>)/)) {
    if (!token.startsWith("<")) {
      text += decodeEntities(token);
      continue;
    }
    if (/^<TIMEX3\b/.test(token) && !token.endsWith("/>")) open.push({ start: text.length, value: /\bvalue="([^"]*)"/.exec(token)?.[1] ?? "" });
    else if (token === "</TIMEX3>") {
      const started = open.pop();
      if (started) timexes.push({ start: started.start, end: text.length, value: started.value });
    }
  }
  return { text, dct, timexes };
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[name] ?? "");
}

if (process.argv[1]?.endsWith("timebank-fr.ts")) {
  const result = evaluateTimebankFr(process.argv[2] ?? join(import.meta.dirname, "..", "..", "shared", "data", "timebank-fr-dev"));
  const { misses, ...scores } = result;
  process.stdout.write(`${JSON.stringify(scores, null, 2)}\n`);
  if (process.argv.includes("--errors")) process.stdout.write(`${misses.join("\n")}\n`);
}
