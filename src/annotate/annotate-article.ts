/**
 * The annotation stage as the rest of recoupe calls it: the default pipeline (sentences,
 * time expressions, entities, quotes, events, attributes), plus the doubts it raises as
 * messages on the article.
 */
import { message } from "../core/message.js";
import type { Article } from "../extract/article.js";
import type { Span } from "../core/message.js";
import { headlineSpan, inHeadline } from "../extract/headline.js";
import type { AnnotatedArticle, Entity } from "./annotation.js";
import { headlineCasedForNames } from "./headline-case.js";
import { createPipeline, type AnnotationStage } from "./pipeline.js";
import { segmentSentences } from "./stages/sentences.js";
import { attributeLexiconFor, entityLexiconFor, eventLexiconFor, quoteLexiconFor, timeLexiconFor } from "./lang/index.js";
import { findAttributes } from "./stages/attributes/find-attributes.js";
import { findEvents } from "./stages/events/find-events.js";
import { findEntities } from "./stages/entities/find-entities.js";
import { gazetteerFor } from "./stages/entities/gazetteer.js";
import { dropWorkTitles } from "./stages/quotes/drop-work-titles.js";
import { findQuotes } from "./stages/quotes/find-quotes.js";
import { findReportedSpeech } from "./stages/quotes/find-reported-speech.js";
import { linkSpeakers } from "./stages/quotes/link-speakers.js";
import { tenseOf } from "./stages/time/detector.js";
import { uniformEntity, uniformQuote } from "./uniform-shapes.js";
import { findTimeExpressions } from "./stages/time/find-time-expressions.js";

const sentences: AnnotationStage<"sentences"> = {
  name: "sentences",
  requires: [],
  produces: "sentences",
  run: (article) => segmentSentences(article.text, article.language),
};

const times: AnnotationStage<"times"> = {
  name: "times",
  requires: ["sentences"],
  produces: "times",
  run: (article, annotations) => findTimeExpressions(article.text, { language: article.language, published: article.published, sentences: annotations.sentences ?? [] }),
};

const entities: AnnotationStage<"entities"> = {
  name: "entities",
  requires: ["sentences", "times"],
  produces: "entities",
  run: (article, annotations) => {
    const lexicon = entityLexiconFor(article.language);
    if (!lexicon || !article.language) return [];
    const sentences = annotations.sentences ?? [];
    // Names are read in a headline recased as its body writes its words (headline-case.ts); the spans are the same.
    const headline = headlineSpan(article);
    const text = headlineCasedForNames(article.text, headline, sentences, gazetteerFor(lexicon, article.language));
    const entities = findEntities(text, lexicon, { language: article.language, sentences, times: annotations.times ?? [] });
    return (text === article.text ? entities : withWordsAsWritten(entities, article.text, headline!)).map(uniformEntity);
  },
};

const quotes: AnnotationStage<"quotes"> = {
  name: "quotes",
  requires: ["entities"],
  produces: "quotes",
  run: (article, annotations) => {
    const lexicon = quoteLexiconFor(article.language);
    if (!lexicon) return [];
    const entities = annotations.entities ?? [];
    const direct = dropWorkTitles(findQuotes(article.text, lexicon), entities);
    const reported = findReportedSpeech(article.text, lexicon, entities, direct);
    return linkSpeakers([...direct, ...reported].sort((a, b) => a.start - b.start), entities, article.text, lexicon).map(uniformQuote);
  },
};

const events: AnnotationStage<"events"> = {
  name: "events",
  requires: ["sentences", "times", "entities", "quotes"],
  produces: "events",
  run: (article, annotations) => {
    const lexicon = eventLexiconFor(article.language);
    if (!lexicon) return [];
    const timeLexicon = timeLexiconFor(article.language);
    return findEvents(article.text, lexicon, {
      sentences: annotations.sentences ?? [],
      entities: annotations.entities ?? [],
      times: annotations.times ?? [],
      published: article.published,
      quotes: annotations.quotes ?? [],
      // A carried date must fit the sentence's tense; a future verb makes an event planned.
      ...(timeLexicon ? { tenseOf: (span: { start: number; end: number }) => tenseOf(article.text.slice(span.start, span.end), timeLexicon) } : {}),
    });
  },
};

const attributes: AnnotationStage<"attributes"> = {
  name: "attributes",
  requires: ["sentences", "entities"],
  produces: "attributes",
  run: (article, annotations) => {
    const lexicon = attributeLexiconFor(article.language);
    if (!lexicon) return [];
    return findAttributes(article.text, lexicon, { sentences: annotations.sentences ?? [], entities: annotations.entities ?? [] });
  },
};

/** Mentions and roles read in the recased headline keep the words as written there; an entity's name keeps the case the body gives it. */
function withWordsAsWritten(entities: Entity[], text: string, headline: Span): Entity[] {
  const asWritten = <T extends Span & { text: string }>(span: T): T => (inHeadline(headline, span) ? { ...span, text: text.slice(span.start, span.end) } : span);
  return entities.map((entity) => ({ ...entity, mentions: entity.mentions.map(asWritten), roles: entity.roles.map(asWritten) }));
}

export const defaultPipeline = createPipeline([sentences, times, entities, quotes, events, attributes]);

export function annotateArticle(article: Article): AnnotatedArticle {
  const annotated = defaultPipeline.run(article);
  const unresolved = annotated.annotations.times.filter((time) => time.anchored && (time.value === null || time.value.startsWith("XXXX")));
  if (unresolved.length === 0) return annotated;
  const examples = unresolved.slice(0, 3).map((time) => `"${time.text}"`).join(", ");
  const doubt = message(
    "annotate",
    "relative-time-unresolved",
    `${unresolved.length} relative time expression(s) (${examples}) left unresolved: the publication date is unknown.`,
    "warning",
    { start: unresolved[0]!.start, end: unresolved[0]!.end },
  );
  return { ...annotated, warnings: [...annotated.warnings, doubt] };
}
