/** `recoupe export --format json`: the dossier, per docs/dossier.schema.json; `--format csv --what events`: event rows. */
import { createWriteStream } from "node:fs";
import { Command, Option } from "commander";
import { addDbOption, withStore } from "../open-store-option.js";

export function exportCommand(): Command {
  const command = new Command("export")
    .description("Export the dossier (articles, entities, stories) as JSON, per docs/dossier.schema.json, or its events as CSV rows")
    .addOption(new Option("--format <format>", "output format").choices(["json", "csv"]).default("json"))
    .addOption(new Option("--what <what>", "what a CSV export holds").choices(["events"]).default("events"))
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option("--json", "same as --format json (accepted for consistency)");
  addDbOption(command, { mustExist: true });
  return command.action(async (flags: { db: string; format: "json" | "csv"; what: "events"; output?: string }) => {
    // Imported here, not at the top: `recoupe --help` should not load the whole pipeline.
    const [{ writeDossierJson }, { writeEventsCsv }, { currentConnectedCorpus }] = await Promise.all([
      import("../../deliver/dossier-json.js"),
      import("../../deliver/events-csv.js"),
      import("../../server/stored-corpus.js"),
    ]);
    const out = flags.output ? createWriteStream(flags.output) : process.stdout;
    // The stories come from the stored build when it is current (built and stored here otherwise).
    await withStore(flags.db, async (store) => (flags.format === "csv" ? writeEventsCsv(store, out) : writeDossierJson(store, out, (await currentConnectedCorpus(store)).corpus)));
    if (flags.output) await new Promise<void>((resolve, reject) => out.end(() => resolve()).on("error", reject));
  });
}
