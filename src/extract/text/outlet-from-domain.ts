/**
 * A dump often names its outlet only by a bare domain ("examplenews.com"). The outlet's
 * written name is the known outlets' table's, or is recovered when the text spells it in
 * capitalised words whose letters are the domain's label ("Example News"); otherwise the
 * domain itself is the best we know.
 */
import { knownOutletName } from "../known-outlets.js";

/** Between the words of a name: spaces, apostrophes, hyphens, dots ("Example News", "L'Écho"). */
const NAME_GAP = "[\\s'’.-]*";

export function outletFromDomain(domain: string, text: string): string {
  const known = knownOutletName(domain);
  if (known) return known;
  const label = fold(domain.replace(/^www\./, "").split(".").slice(0, -1).join("")).replace(/[^a-z0-9]/g, "");
  if (label.length === 0) return domain;
  // Only capitalised word starts can open a name; a window after each is folded and matched.
  const pattern = new RegExp(`^${[...label].join(NAME_GAP)}(?![a-z0-9])`);
  const window = label.length * 3 + 8;
  const initials = new RegExp(`(?<![\\p{L}\\p{N}])[${capitalsFoldingTo(label[0]!)}]`, "gu");
  for (const start of text.matchAll(initials)) {
    // Folding keeps one unit per unit, so a match length in the folded window is a length in the text.
    const match = pattern.exec(fold(text.slice(start.index, start.index + window)));
    if (match) return text.slice(start.index, start.index + match[0].length);
  }
  return domain;
}

/** The capitals (and digits) a name may start with when its folded first letter is `letter`: "e" → "EÉÈÊË". */
function capitalsFoldingTo(letter: string): string {
  if (/[0-9]/.test(letter)) return letter;
  const candidates = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒŠŽ";
  return [...candidates].filter((capital) => fold(capital) === letter).join("") || letter.toUpperCase();
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
