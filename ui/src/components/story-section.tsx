/**
 * One collapsible section of the story page: a native <details> (keyboard and screen readers
 * handle it without script) whose summary holds the section's heading, with an id the table of
 * contents points at.
 */
import type { ComponentChildren } from "preact";

export function StorySection({ name, title, class: className, children }: { name: string; title: string; class?: string; children: ComponentChildren }) {
  return (
    <details open class={`card section${className ? ` ${className}` : ""}`} id={`section-${name}`} data-section={name}>
      <summary>
        <h2 id={`${name}-heading`}>{title}</h2>
      </summary>
      {children}
    </details>
  );
}

/** Opens a section and brings it into view (the table of contents, and a `section=` in the address). */
export function revealSection(name: string): void {
  const section = document.getElementById(`section-${name}`);
  if (!(section instanceof HTMLDetailsElement)) return;
  section.open = true;
  section.scrollIntoView({ block: "start" });
}

/** Printing shows every section, folded or not: a reader prints the whole story. */
export function openSectionsForPrint(): () => void {
  const open = () => document.querySelectorAll<HTMLDetailsElement>("details.section").forEach((section) => (section.open = true));
  addEventListener("beforeprint", open);
  return () => removeEventListener("beforeprint", open);
}
