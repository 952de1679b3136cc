/** `recoupe status`: the store's size and the job queue's depth, throughput and failures. */
import { Command } from "commander";
import { addDbOption, withStore } from "../open-store-option.js";
import { printJson } from "../output.js";
import { addLangOption, textIn } from "./text-language.js";

export function statusCommand(): Command {
  const command = new Command("status").description("Show how many articles are stored and, on PostgreSQL, the job queue: waiting, running, done, failed").option("--json", "print as JSON");
  addLangOption(command);
  addDbOption(command);
  return command.action(async (flags: { db: string; json?: boolean; lang?: "fr" | "en" }) => {
    const text = textIn(flags.lang);
    const articles = await withStore(flags.db, (store) => store.countArticles());
    let queue = null;
    if (/^postgres(?:ql)?:\/\//iu.test(flags.db)) {
      const { AnalysisQueue } = await import("../../store/postgres/analysis-queue.js");
      const opened = await AnalysisQueue.open(flags.db);
      try {
        queue = await opened.status();
      } finally {
        await opened.stop();
      }
    }
    if (flags.json) return printJson({ articles, queue });
    const lines = [text.articlesStored(articles)];
    if (queue) {
      lines.push(
        text.queue(queue.waiting, queue.active, queue.completed, queue.completedLastMinute, queue.failed, queue.deadLetters),
        text.documents(queue.documentsStored, queue.documentsFailed),
        ...queue.recentDocumentFailures.map((failure) => `  ✗ ${failure.reason}`),
      );
    } else lines.push(text.noQueue);
    process.stdout.write(`${lines.join("\n")}\n`);
  });
}
