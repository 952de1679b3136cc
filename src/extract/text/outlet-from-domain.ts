/**
 * A dump often names its outlet only by a bare domain ("examplenews.com"). The outlet's
 * written name is recovered when the text spells it in capitalised words whose letters are
 * the domain's label ("Example News"); otherwise the domain itself is the best we know.
 */

/** Between the words of a name: spaces, apostrophes, hyphens, dots ("Example News", "L'Écho"). */
const NAME_GAP = "[\\s'’.-]*";

export function outletFromDomain(domain: string, text: string): string {
  const label = fold(domain.replace(/^www\./, "").split(".").slice(0, -1).join("")).replace(/[^a-z0-9]/g, "");
  if (label.length === 0) return domain;
  // Folding keeps one character per character, so positions in the folded text are positions in the text.
  const folded = fold(text);
  const pattern = new RegExp(`(?<![a-z0-9])${[...label].join(NAME_GAP)}(?![a-z0-9])`, "g");
  for (const match of folded.matchAll(pattern)) {
    const name = text.slice(match.index, match.index + match[0].length);
    if (/^[\p{Lu}\p{N}]/u.test(name)) return name;
  }
  return domain;
}

/** Lowercase, accents dropped, one UTF-16 unit for one unit (so offsets carry over). */
function fold(text: string): string {
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    folded += unit.charCodeAt(0) < 128 ? unit.toLowerCase() : (unit.normalize("NFD")[0]!.toLowerCase()[0] ?? "_");
  }
  return folded;
}
