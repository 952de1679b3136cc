/** Process entry point: everything else in cli/ is importable without side effects. */
import { main } from "./main.js";

// A reader that closed the pipe early (`recoupe export | head`) has what it wanted: end quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv);
