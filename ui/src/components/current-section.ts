/**
 * Which story section the reader is in, for the table of contents: the first section (in page
 * order) that crosses the band just under the sticky contents bar, watched by an
 * IntersectionObserver rather than a scroll handler, so reading costs no work per scroll event.
 */
import { useEffect, useState } from "preact/hooks";

/** The band a section must cross to be current: under the sticky contents bar (at most two lines), to a third of the window. */
const BAND = "-80px 0px -66% 0px";

export function useCurrentSection(names: readonly string[], ready: boolean): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const key = names.join(",");
  useEffect(() => {
    if (!ready || typeof IntersectionObserver === "undefined") return;
    const sections = names.map((name) => document.getElementById(`section-${name}`)).filter((element): element is HTMLElement => element !== null);
    const inBand = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const name = (entry.target as HTMLElement).dataset.section!;
          if (entry.isIntersecting) inBand.add(name);
          else inBand.delete(name);
        }
        const first = names.find((name) => inBand.has(name));
        // Between two sections (a gap crossing the band), the last one stays current.
        if (first) setCurrent(first);
      },
      { rootMargin: BAND },
    );
    sections.forEach((section) => observer.observe(section));
    return () => observer.disconnect();
  }, [key, ready]);
  return current;
}
