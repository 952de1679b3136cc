/** `recoupe export --format json`: the dossier, per docs/dossier.schema.json. */
import { createWriteStream } from "node:fs";
import { Command, Option } from "commander";
import { writeDossierJson } from "../../deliver/dossier-json.js";
import { addDbOption, withStore } from "../open-store-option.js";

export function exportCommand(): Command {
  const command = new Command("export")
    .description("Export the dossier (articles, entities, stories) as JSON, per docs/dossier.schema.json")
    .addOption(new Option("--format <format>", "output format").choices(["json"]).default("json"))
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option("--json", "same as --format json (accepted for consistency)");
  addDbOption(command);
  return command.action(async (flags: { db: string; format: "json"; output?: string }) => {
    const out = flags.output ? createWriteStream(flags.output) : process.stdout;
    await withStore(flags.db, (store) => writeDossierJson(store, out));
    if (flags.output) await new Promise<void>((resolve, reject) => out.end(() => resolve()).on("error", reject));
  });
}
