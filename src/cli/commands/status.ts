/** `recoupe status`: the store's size and the job queue's depth, throughput and failures. */
import { Command } from "commander";
import { addDbOption, withStore } from "../open-store-option.js";
import { printJson } from "../output.js";

export function statusCommand(): Command {
  const command = new Command("status").description("Show how many articles are stored and, on PostgreSQL, the job queue: waiting, running, done, failed").option("--json", "print as JSON");
  addDbOption(command);
  return command.action(async (flags: { db: string; json?: boolean }) => {
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
    const lines = [`articles stored: ${articles}`];
    if (queue) {
      lines.push(
        `queue: ${queue.waiting} waiting, ${queue.active} running, ${queue.completed} done (${queue.completedLastMinute} in the last minute), ${queue.failed} failed, ${queue.deadLetters} dead letter(s)`,
        `documents: ${queue.documentsStored} stored by done jobs, ${queue.documentsFailed} document(s) failed inside done jobs`,
        ...queue.recentDocumentFailures.map((failure) => `  ✗ ${failure.reason}`),
      );
    } else lines.push("queue: none (SQLite analyzes in the calling process; use PostgreSQL for workers)");
    process.stdout.write(`${lines.join("\n")}\n`);
  });
}
