/** recoupe's command line: maps subcommands onto the library; exit codes in exit-codes.ts. */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { analyzeCommand } from "./commands/analyze.js";
import { articlesCommand } from "./commands/articles.js";
import { exportCommand } from "./commands/export.js";
import { ingestCommand } from "./commands/ingest.js";
import { reportCommand } from "./commands/report.js";
import { serveCommand } from "./commands/serve.js";
import { statusCommand } from "./commands/status.js";
import { storiesCommand } from "./commands/stories.js";
import { workerCommand } from "./commands/worker.js";
import { searchCommand } from "./commands/search.js";
import { showCommand } from "./commands/show.js";
import { EXIT_OK, EXIT_USAGE_OR_NOTHING, reportFatal } from "./exit-codes.js";

const EXIT_CODE_HELP = `
Exit codes:
  0  everything given was analyzed (or the command succeeded)
  1  some inputs failed; the others were analyzed and stored
  2  usage error, or nothing readable`;

export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("recoupe")
    .description("Turn raw news articles into a cross-checked event dossier, offline.")
    .version(readVersion())
    .addHelpText("after", EXIT_CODE_HELP)
    .showHelpAfterError("(add --help for usage)")
    .exitOverride();
  for (const command of [analyzeCommand(setExitCode), articlesCommand(), showCommand(), searchCommand(), storiesCommand(), exportCommand(), reportCommand(), ingestCommand(setExitCode), workerCommand(), statusCommand(), serveCommand()]) {
    program.addCommand(command.exitOverride().showHelpAfterError("(add --help for usage)"));
  }
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit with 0; every other parse problem is a usage error.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE_OR_NOTHING;
    }
    return reportFatal(error);
  }
}

function readVersion(): string {
  const packageJson = new URL("../../../package.json", import.meta.url);
  const fallback = new URL("../../package.json", import.meta.url);
  for (const candidate of [packageJson, fallback]) {
    try {
      return (JSON.parse(readFileSync(candidate, "utf8")) as { version: string }).version;
    } catch {
      // tsx runs from src/, the build from dist/src/: try both locations.
    }
  }
  return "0.0.0";
}
