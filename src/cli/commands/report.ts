/** `recoupe report [--story <id>] [--lang fr|en] --format md|html|json`: a readable briefing per story, every statement citing its sources. */
import { createWriteStream } from "node:fs";
import { Command, Option } from "commander";
import { addDbOption, withStore } from "../open-store-option.js";

export function reportCommand(): Command {
  const command = new Command("report")
    .description("Write a briefing per story (what happened, key event, quotes, timeline, claims, source comparison), citing the words of its sources")
    .addOption(new Option("--format <format>", "output format").choices(["md", "html", "json"]).default("md"))
    .option("--json", "the briefings as JSON data (same as --format json)")
    .addOption(new Option("--lang <language>", "language of the headings, labels and statements (default: each story's own; quoted words keep theirs)").choices(["fr", "en"]))
    .option("--story <id>", "one story (ids from `recoupe stories`), instead of all")
    .option("-o, --output <file>", "write to a file instead of stdout");
  addDbOption(command, { mustExist: true });
  return command.action(async (flags: { db: string; format: "md" | "html" | "json"; json?: boolean; lang?: "fr" | "en"; story?: string; output?: string }) => {
    const [{ writeReport }, { connectedForReport }] = await Promise.all([import("../../deliver/report/write-report.js"), import("../../server/stored-corpus.js")]);
    const out = flags.output ? createWriteStream(flags.output) : process.stdout;
    await withStore(flags.db, async (store) => writeReport(store, out, { format: flags.json ? "json" : flags.format, ...(flags.story ? { story: flags.story } : {}), ...(flags.lang ? { language: flags.lang } : {}) }, await connectedForReport(store, flags.story)));
    if (flags.output) await new Promise<void>((resolve, reject) => out.end(() => resolve()).on("error", reject));
  });
}
