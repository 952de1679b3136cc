/**
 * What a story is called: its earliest article's title, else (no article has one: scraped
 * dumps, feeds without titles) its news (story-news.ts) in words, else its id.
 */
import type { Story } from "../connect/connect-corpus.js";
import { describeClaim } from "./describe-claim.js";
import { newsFirst } from "./story-news.js";

export function storyTitleOf(story: Story, name: (id: string) => string): string {
  if (story.title) return story.title;
  const events = story.claims.filter((claim) => claim.kind === "event" && (claim.actors ?? []).length > 0);
  const best = newsFirst(events, story.published)[0];
  return best ? describeClaim(best, name, story.language === "fr" ? "fr" : "en").replace(/\.$/u, "") : story.id;
}
