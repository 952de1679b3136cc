/** `recoupe articles`: list stored articles, newest first. */
import { Command } from "commander";
import { addDbOption, withStore } from "../open-store-option.js";
import { orDash, printJson, printTable } from "../output.js";
import { parseLimit } from "../parse-limit.js";
import { addLangOption, textIn } from "./text-language.js";

export function articlesCommand(): Command {
  const command = new Command("articles")
    .description("List the stored articles, newest first")
    .option("--limit <n>", "how many to list", parseLimit, 50)
    .option("--offset <n>", "how many to skip", parseLimit, 0)
    .option("--json", "print JSON");
  addLangOption(command);
  addDbOption(command, { mustExist: true });
  return command.action(async (flags: { db: string; limit: number; offset: number; json?: boolean; lang?: "fr" | "en" }) => {
    const text = textIn(flags.lang);
    await withStore(flags.db, async (store) => {
      const [articles, total] = await Promise.all([
        store.listArticles({ limit: flags.limit, offset: flags.offset }),
        store.countArticles(),
      ]);
      if (flags.json) return printJson({ total, articles });
      printTable(
        text.articlesHeaders,
        articles.map((a) => [a.id, a.published ? text.date(a.published) : "—", orDash(a.language), orDash(a.outlet), orDash(a.title), String(a.warningCount)]),
      );
      process.stdout.write(`${text.articlesShown(articles.length, total)}\n`);
    });
  });
}
