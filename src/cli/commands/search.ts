/** `recoupe search "<query>"`: French-aware full-text search (accents folded, stemmed). */
import { Command } from "commander";
import { addDbOption, withStore } from "../open-store-option.js";
import { orDash, printJson } from "../output.js";
import { parseLimit } from "../parse-limit.js";
import { addLangOption, textIn } from "./text-language.js";

export function searchCommand(): Command {
  const command = new Command("search")
    .description('Full-text search: words (all required), "exact phrases", -excluded words')
    .argument("<query>", "what to look for")
    .option("--limit <n>", "how many hits", parseLimit, 20)
    .option("--json", "print JSON");
  addLangOption(command);
  addDbOption(command, { mustExist: true });
  return command.action(async (query: string, flags: { db: string; limit: number; json?: boolean; lang?: "fr" | "en" }) => {
    const text = textIn(flags.lang);
    await withStore(flags.db, async (store) => {
      const hits = await store.search(query, { limit: flags.limit });
      if (flags.json) return printJson({ query, hits });
      for (const hit of hits) {
        process.stdout.write(`${hit.id}  ${hit.published ? text.date(hit.published) : "—"}  ${orDash(hit.outlet)}  ${orDash(hit.title)}\n    ${hit.snippet}\n`);
      }
      process.stdout.write(`${text.hits(hits.length)}\n`);
    });
  });
}
