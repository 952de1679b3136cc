/**
 * A dump often names its outlet only by a bare domain ("examplenews.com"). The outlet's
 * written name is recovered when the text spells it in capitalised words whose letters are
 * the domain's label ("Example News"); otherwise the domain itself is the best we know.
 */

/** Outlet names run to a few words ("The Times of Example"). */
const MAX_NAME_WORDS = 5;

export function outletFromDomain(domain: string, text: string): string {
  const label = fold(domain.replace(/^www\./, "").split(".").slice(0, -1).join(""));
  if (label.length === 0) return domain;
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  for (let i = 0; i < words.length; i++) {
    if (!/^[\p{Lu}\p{N}]/u.test(words[i]![0])) continue;
    let letters = "";
    for (let j = i; j < Math.min(words.length, i + MAX_NAME_WORDS); j++) {
      letters += fold(words[j]![0]);
      if (letters === label) return text.slice(words[i]!.index, words[j]!.index + words[j]![0].length);
      if (!label.startsWith(letters)) break;
    }
  }
  return domain;
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}
