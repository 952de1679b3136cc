/**
 * The annotation pipeline: a literal list of named stages, each declaring what it needs and
 * what it adds, checked once when the pipeline is built and frozen afterwards.
 */
import type { Article } from "../extract/article.js";
import { emptyAnnotations, type AnnotatedArticle, type Annotations } from "./annotation.js";
import { objectArray } from "./uniform-shapes.js";

export type AnnotationField = keyof Annotations;

export interface AnnotationStage<F extends AnnotationField = AnnotationField> {
  name: string;
  requires: readonly AnnotationField[];
  produces: F;
  run(article: Article, annotations: Readonly<Partial<Annotations>>): Annotations[F];
}

export interface AnnotationPipeline {
  readonly stages: readonly AnnotationStage[];
  run(article: Article): AnnotatedArticle;
}

/** Checks order and dependencies once; `enabled` switches stages off by name (their fields stay empty). */
export function createPipeline(stages: readonly AnnotationStage[], enabled?: ReadonlySet<string>): AnnotationPipeline {
  const active = stages.filter((stage) => !enabled || enabled.has(stage.name));
  const produced = new Set<AnnotationField>();
  for (const stage of active) {
    const missing = stage.requires.filter((field) => !produced.has(field));
    if (missing.length > 0) {
      throw new Error(`stage "${stage.name}" needs ${missing.join(", ")}, which no earlier enabled stage produces; enable the stage that does, or put it first.`);
    }
    if (produced.has(stage.produces)) throw new Error(`two stages produce "${stage.produces}"; keep one.`);
    produced.add(stage.produces);
  }
  return Object.freeze({
    stages: Object.freeze([...active]),
    run(article: Article): AnnotatedArticle {
      const annotations: Partial<Annotations> = {};
      // Every stage's list in one array kind, empty or not (uniform-shapes.ts).
      for (const stage of active) (annotations as Record<string, unknown>)[stage.produces] = objectArray<unknown>(stage.run(article, annotations) ?? []);
      return { ...article, annotations: { ...emptyAnnotations(), ...annotations } };
    },
  });
}
