/** Per-language annotation resources. Adding a language adds a folder and a line here; no stage changes. */
import { englishAbbreviations } from "./en/abbreviations.js";
import { frenchAbbreviations } from "./fr/abbreviations.js";

export interface AnnotationResources {
  /** Abbreviations (without their final period) that do not end a sentence. */
  abbreviations: readonly string[];
}

const resources: Record<string, AnnotationResources> = {
  fr: { abbreviations: frenchAbbreviations },
  en: { abbreviations: englishAbbreviations },
};

/** Unknown languages get the union: a wrong guess should not split "M. Dupont". */
export function resourcesFor(language: string | null): AnnotationResources {
  return (language && resources[language]) || { abbreviations: [...new Set(Object.values(resources).flatMap((entry) => entry.abbreviations))] };
}
