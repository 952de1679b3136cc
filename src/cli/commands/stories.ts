/** `recoupe stories`: the stories found in the stored articles, largest first, with the UI's filters. */
import { Command } from "commander";
import { addDbOption, withStore } from "../open-store-option.js";
import { orDash, printJson, printTable } from "../output.js";
import { parseLimit } from "../parse-limit.js";
import { addLangOption, textIn } from "./text-language.js";

export function storiesCommand(): Command {
  const command = new Command("stories")
    .description("List the stories found in the stored articles, largest first (ids for `recoupe report --story`)")
    .option("--entity <name>", "only stories naming this entity (name, alias or corpus id)")
    .option("--outlet <name>", "only stories this outlet reports")
    .option("--language <code>", "only stories with articles in this language (fr, en…)")
    .option("--from <date>", "only stories with an article published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "only stories with an article published on or before this date")
    .option("--limit <n>", "how many to list", parseLimit, 50)
    .option("--json", "print JSON");
  addLangOption(command);
  addDbOption(command, { mustExist: true });
  return command.action(async (flags: { db: string; entity?: string; outlet?: string; language?: string; lang?: "fr" | "en"; from?: string; to?: string; limit: number; json?: boolean }) => {
    const text = textIn(flags.lang);
    const [{ currentConnectedCorpus }, { StoryCatalog }] = await Promise.all([import("../../server/stored-corpus.js"), import("../../server/story-catalog.js")]);
    await withStore(
      flags.db,
      async (store) => {
        const { corpus, articles } = await currentConnectedCorpus(store);
        const catalog = new StoryCatalog(corpus, articles);
        const filters = { ...(flags.entity ? { entity: flags.entity } : {}), ...(flags.outlet ? { outlet: flags.outlet } : {}), ...(flags.language ? { language: flags.language } : {}), ...(flags.from ? { from: flags.from } : {}), ...(flags.to ? { to: flags.to } : {}) };
        const stories = catalog.list(filters).sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id));
        const shown = stories.slice(0, flags.limit);
        if (flags.json) return printJson({ total: stories.length, stories: shown });
        if (stories.length === 0) {
          process.stdout.write(`${articles.size === 0 ? text.noStoryYet : text.noStoryMatches}\n`);
          return;
        }
        printTable(
          text.storiesHeaders,
          shown.map((story) => [story.id, String(story.articles), story.published ? dateRange(text.date(story.published.first), text.date(story.published.last)) : "—", String(story.outlets.length), orDash(story.title)]),
          70,
        );
        process.stdout.write(`${text.storiesShown(shown.length, stories.length)}\n`);
      },
    );
  });
}

function dateRange(first: string, last: string): string {
  return first === last ? first : `${first} – ${last}`;
}
