/** `recoupe articles`: list stored articles, newest first. */
import { Command } from "commander";
import { addDbOption, withStore } from "../open-store-option.js";
import { orDash, printJson, printTable } from "../output.js";
import { parseLimit } from "../parse-limit.js";

export function articlesCommand(): Command {
  const command = new Command("articles")
    .description("List the stored articles, newest first")
    .option("--limit <n>", "how many to list", parseLimit, 50)
    .option("--offset <n>", "how many to skip", parseLimit, 0)
    .option("--json", "print JSON");
  addDbOption(command, { mustExist: true });
  return command.action(async (flags: { db: string; limit: number; offset: number; json?: boolean }) => {
    await withStore(flags.db, async (store) => {
      const [articles, total] = await Promise.all([
        store.listArticles({ limit: flags.limit, offset: flags.offset }),
        store.countArticles(),
      ]);
      if (flags.json) return printJson({ total, articles });
      printTable(
        ["id", "published", "lang", "outlet", "title", "warnings"],
        articles.map((a) => [a.id, orDash(a.published), orDash(a.language), orDash(a.outlet), orDash(a.title), String(a.warningCount)]),
      );
      process.stdout.write(`${articles.length} of ${total} article(s)\n`);
    });
  });
}
