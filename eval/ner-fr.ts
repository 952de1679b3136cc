/**
 * French named entities on ../shared/data/ner-fr-dev (evaluation only: nothing is trained on it).
 * - HIPE 2020 dev (43 historical newspaper documents, OCR): the text is rebuilt from the tokens
 *   (`NoSpaceAfter`), gold spans are the coarse literal tags mapped pers/loc/org → PER/LOC/ORG
 *   (prod and time are left aside, and so are recoupe's MISC); strict (same span and type) and
 *   overlap (a same-typed overlapping span) precision, recall and F1.
 * - WikiNEuRal French validation (12,600 Wikipedia sentences, silver tags): overlap F1 over
 *   PER/LOC/ORG/MISC, each sentence a document of its own.
 * Only name mentions are scored: descriptions and demonyms are not names in either scheme.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityType } from "../src/annotate/annotation.js";
import { frenchEntityLexicon } from "../src/annotate/lang/fr/entity-lexicon.js";
import { findEntities } from "../src/annotate/stages/entities/find-entities.js";
import { segmentSentences } from "../src/annotate/stages/sentences.js";
import { findTimeExpressions } from "../src/annotate/stages/time/find-time-expressions.js";
import { f1Score, type PrecisionRecall } from "./prf.js";

interface TypedSpan {
  start: number;
  end: number;
  type: EntityType;
}

interface NerDocument {
  text: string;
  published: string | null;
  gold: TypedSpan[];
}

export interface NerScores {
  documents: number;
  gold: number;
  predicted: number;
  strict: PrecisionRecall;
  overlap: PrecisionRecall;
  overlapByType: Record<string, PrecisionRecall>;
}

const HIPE_TYPES: Record<string, EntityType> = { pers: "PER", loc: "LOC", org: "ORG" };

/** Token rows → documents; spans follow the IOB tags of one column. */
export function readHipe(tsv: string): NerDocument[] {
  const documents: NerDocument[] = [];
  let current: (NerDocument & { open: TypedSpan | null }) | null = null;
  const close = () => {
    if (current?.open) current.gold.push(current.open);
    if (current) current.open = null;
  };
  for (const line of tsv.split("\n")) {
    if (line.startsWith("# document_id")) {
      close();
      current = { text: "", published: null, gold: [], open: null };
      documents.push(current);
      continue;
    }
    if (line.startsWith("# date") && current) current.published = line.split("=")[1]!.trim();
    if (!current || line.startsWith("#") || line.startsWith("TOKEN") || line.trim() === "") continue;
    const [token, tag, , , , , , , , misc = ""] = line.split("\t");
    if (!token || !tag) continue;
    const start = current.text.length;
    current.text += token;
    const end = current.text.length;
    if (!misc.includes("NoSpaceAfter")) current.text += " ";
    const [prefix, label] = tag.split("-") as [string, string | undefined];
    const type = label ? HIPE_TYPES[label] : undefined;
    if (prefix === "I" && current.open && type === current.open.type) {
      current.open.end = end;
      continue;
    }
    close();
    if ((prefix === "B" || prefix === "I") && type) current.open = { start, end, type };
  }
  close();
  return documents.map(({ text, published, gold }) => ({ text, published, gold }));
}

/** CoNLL rows (index, token, tag) → one document per sentence, detokenised so elisions and punctuation read as in print. */
export function readConll(conll: string): NerDocument[] {
  const documents: NerDocument[] = [];
  for (const block of conll.split(/\n\s*\n/u)) {
    let text = "";
    const gold: TypedSpan[] = [];
    let open: TypedSpan | null = null;
    for (const line of block.split("\n")) {
      const [, token, tag] = line.split("\t");
      if (!token || !tag) continue;
      if (text && !/['’(]$/u.test(text) && !/^[,.;:)!?%]/u.test(token)) text += " ";
      const start = text.length;
      text += token;
      const [prefix, label] = tag.split("-") as [string, EntityType | undefined];
      if (prefix === "I" && open && label === open.type) {
        open.end = text.length;
        continue;
      }
      if (open) gold.push(open);
      open = prefix === "B" && label ? { start, end: text.length, type: label } : null;
    }
    if (open) gold.push(open);
    if (text) documents.push({ text, published: null, gold });
  }
  return documents;
}

/**
 * HIPE's person mentions take in the titles and functions written against the name ("maréchal
 * Haig", "Jean Meyer, questeur", "M. le ministre Bally", "Adrian Kern, l'excellent pianiste",
 * "Max Roth, 46 ans, médecin"), which recoupe keeps apart as the person's roles; with
 * `withRoles`, a name is scored with the role spans adjacent to it, as written (with the article
 * and honorific before a role, an age between name and role), to compare like with like.
 */
const ROLE_BEFORE_NAME = /^\s*,?\s*$/u;
const HONORIFIC_AND_ARTICLE = /(?:^|\s)(?:M|MM|Mme|Mad)\.?\s+(?:le|la|les|l['’])\s*$/u;
const NAME_THEN_ROLE = /^\s*,\s*(?:\d+\s+ans\s*,\s*)?(?:(?:le|la|les|l['’]|un|une|notre|son|sa|leur)\s*)?$/u;

export function predict(document: NerDocument, types: ReadonlySet<EntityType>, withRoles = false): TypedSpan[] {
  const { text } = document;
  const sentences = segmentSentences(text, "fr");
  const times = findTimeExpressions(text, { language: "fr", published: document.published, sentences });
  return findEntities(text, frenchEntityLexicon, { language: "fr", sentences, times })
    .filter((entity) => types.has(entity.type))
    .flatMap((entity) =>
      entity.mentions
        .filter((mention) => mention.kind === "name")
        .map((mention) => {
          if (!withRoles) return { start: mention.start, end: mention.end, type: entity.type };
          const before = entity.roles.find((role) => role.end <= mention.start && ROLE_BEFORE_NAME.test(text.slice(role.end, mention.start)));
          const after = entity.roles.find((role) => role.start >= mention.end && NAME_THEN_ROLE.test(text.slice(mention.end, role.start)));
          const honorific = before ? HONORIFIC_AND_ARTICLE.exec(text.slice(Math.max(0, before.start - 12), before.start)) : null;
          const start = before ? before.start - (honorific ? honorific[0].trimStart().length : 0) : mention.start;
          return { start, end: after?.end ?? mention.end, type: entity.type };
        }),
    );
}

export function scoreNer(documents: readonly NerDocument[], types: ReadonlySet<EntityType>, withRoles = false): NerScores {
  let gold = 0;
  let predicted = 0;
  let strictHits = 0;
  let overlapPredicted = 0;
  let overlapGold = 0;
  const byType = new Map<EntityType, { predicted: number; gold: number; hitPredicted: number; hitGold: number }>();
  const bucket = (type: EntityType) => byType.get(type) ?? byType.set(type, { predicted: 0, gold: 0, hitPredicted: 0, hitGold: 0 }).get(type)!;
  const overlaps = (a: TypedSpan, b: TypedSpan) => a.type === b.type && a.start < b.end && b.start < a.end;
  for (const document of documents) {
    const expected = document.gold.filter((span) => types.has(span.type));
    const found = predict(document, types, withRoles);
    gold += expected.length;
    predicted += found.length;
    strictHits += found.filter((span) => expected.some((other) => other.start === span.start && other.end === span.end && other.type === span.type)).length;
    for (const span of found) {
      const hit = expected.some((other) => overlaps(span, other));
      if (hit) overlapPredicted += 1;
      bucket(span.type).predicted += 1;
      if (hit) bucket(span.type).hitPredicted += 1;
    }
    for (const span of expected) {
      const hit = found.some((other) => overlaps(span, other));
      if (hit) overlapGold += 1;
      bucket(span.type).gold += 1;
      if (hit) bucket(span.type).hitGold += 1;
    }
  }
  const overlapScore = (hitPredicted: number, hitGold: number, predictedCount: number, goldCount: number): PrecisionRecall => {
    const precision = predictedCount ? hitPredicted / predictedCount : 0;
    const recall = goldCount ? hitGold / goldCount : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  return {
    documents: documents.length,
    gold,
    predicted,
    strict: f1Score(strictHits, predicted, gold),
    overlap: overlapScore(overlapPredicted, overlapGold, predicted, gold),
    overlapByType: Object.fromEntries([...byType].map(([type, count]) => [type, overlapScore(count.hitPredicted, count.hitGold, count.predicted, count.gold)])),
  };
}

export function evaluateNerFr(dataDir: string): { hipe: NerScores; hipeWithRoles: NerScores; wikineural: NerScores } {
  const hipe = readHipe(readFileSync(join(dataDir, "HIPE-data-v1.4-dev-fr.tsv"), "utf8"));
  const wikineural = readConll(readFileSync(join(dataDir, "wikineural-fr-val.conllu"), "utf8"));
  const hipeTypes = new Set<EntityType>(["PER", "LOC", "ORG"]);
  return {
    hipe: scoreNer(hipe, hipeTypes),
    hipeWithRoles: scoreNer(hipe, hipeTypes, true),
    wikineural: scoreNer(wikineural, new Set<EntityType>(["PER", "LOC", "ORG", "MISC"])),
  };
}
