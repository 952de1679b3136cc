/**
 * French abbreviations after which a period does not end a sentence. Sentence segmenters
 * (Intl.Segmenter, ICU) split after "M." and "Mme." — see ../shared/notes/dependencies.md §5.
 */
export const frenchAbbreviations: readonly string[] = [
  "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "Sts", "Cie", "Gal", "Gén", "Col", "Cdt", "Lt",
  "av", "apr", "J.-C", "etc", "cf", "p", "pp", "vol", "chap", "n", "N", "no", "n°", "N°", "art", "al", "env", "max", "min", "tél", "Tél",
  "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "hab", "mds", "Mds", "mrd", "Mrd", "ex", "éd", "coll", "fig", "réf",
];
