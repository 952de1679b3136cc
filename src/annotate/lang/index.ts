/** Per-language annotation resources. Adding a language adds a folder and a line here; no stage changes. */
import { englishAbbreviations } from "./en/abbreviations.js";
import { englishAttributeLexicon } from "./en/attribute-lexicon.js";
import { englishEntityLexicon } from "./en/entity-lexicon.js";
import { englishEventLexicon } from "./en/event-lexicon.js";
import { englishQuoteLexicon } from "./en/quote-lexicon.js";
import { englishTimeLexicon } from "./en/time-lexicon.js";
import type { AttributeLexicon } from "./attribute-lexicon.js";
import type { EntityLexicon } from "./entity-lexicon.js";
import type { EventLexicon } from "./event-lexicon.js";
import { frenchEventLexicon } from "./fr/event-lexicon.js";
import { frenchAbbreviations } from "./fr/abbreviations.js";
import { frenchAttributeLexicon } from "./fr/attribute-lexicon.js";
import { frenchEntityLexicon } from "./fr/entity-lexicon.js";
import { frenchQuoteLexicon } from "./fr/quote-lexicon.js";
import { frenchTimeLexicon } from "./fr/time-lexicon.js";
import type { QuoteLexicon } from "./quote-lexicon.js";
import type { TimeLexicon } from "./time-lexicon.js";

export interface AnnotationResources {
  /** Abbreviations (without their final period) that do not end a sentence. */
  abbreviations: readonly string[];
  /** Words of time expressions; a language without one gets no time expressions (yet). */
  time?: TimeLexicon;
  /** Words of attribution; without it quotes are found but not attributed. */
  quotes?: QuoteLexicon;
  /** Words around names; without it the language gets no entities (yet). */
  entities?: EntityLexicon;
  /** Event triggers; without it the language gets no events (yet). */
  events?: EventLexicon;
  /** Attribute words (agreement kinds, domains, firsts); without it the language gets no attribute statements (yet). */
  attributes?: AttributeLexicon;
}

const resources: Record<string, AnnotationResources> = {
  fr: { abbreviations: frenchAbbreviations, time: frenchTimeLexicon, quotes: frenchQuoteLexicon, entities: frenchEntityLexicon, events: frenchEventLexicon, attributes: frenchAttributeLexicon },
  en: { abbreviations: englishAbbreviations, time: englishTimeLexicon, quotes: englishQuoteLexicon, entities: englishEntityLexicon, events: englishEventLexicon, attributes: englishAttributeLexicon },
};

/** The languages with resources of their own. */
export function annotatedLanguages(): string[] {
  return Object.keys(resources);
}

export function quoteLexiconFor(language: string | null): QuoteLexicon | undefined {
  return language ? resources[language]?.quotes : undefined;
}

export function entityLexiconFor(language: string | null): EntityLexicon | undefined {
  return language ? resources[language]?.entities : undefined;
}

export function eventLexiconFor(language: string | null): EventLexicon | undefined {
  return language ? resources[language]?.events : undefined;
}

export function attributeLexiconFor(language: string | null): AttributeLexicon | undefined {
  return language ? resources[language]?.attributes : undefined;
}

export function timeLexiconFor(language: string | null): TimeLexicon | undefined {
  return language ? resources[language]?.time : undefined;
}

/** Unknown languages get the union: a wrong guess should not split "M. Dupont". */
export function resourcesFor(language: string | null): AnnotationResources {
  return (language && resources[language]) || { abbreviations: [...new Set(Object.values(resources).flatMap((entry) => entry.abbreviations))] };
}
