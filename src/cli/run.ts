/** Process entry point: everything else in cli/ is importable without side effects. */
import { main } from "./main.js";

process.exitCode = await main(process.argv);
