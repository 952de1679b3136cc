/**
 * A progress bar on an interactive terminal (stderr), silent otherwise so pipes and CI logs
 * stay clean. It counts inputs (a feed, JSONL or WARC file is one input, whatever its item count).
 */
import { createRequire } from "node:module";
import type cliProgressModule from "cli-progress";

// Loaded only when a bar is drawn: a run into a pipe or a log does not pay its start-up.
const require = createRequire(import.meta.url);

export interface Progress {
  /** Called once per document; items of one container ("feed.xml#3", "crawl.warc.gz@1234#2") advance the bar once. */
  tick(source: string): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => undefined, stop: () => undefined };

export function createProgress(enabled: boolean, totalInputs: number): Progress {
  if (!enabled || !process.stderr.isTTY) return SILENT;
  const cliProgress = require("cli-progress") as typeof cliProgressModule;
  const bar = new cliProgress.SingleBar(
    { format: "{bar} {value}/{total} inputs | {source}", stream: process.stderr, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalInputs, 0, { source: "" });
  const seen = new Set<string>();
  return {
    tick(source) {
      const input = source.replace(/(?:@\d+)?(?:#\d+)?$/, "");
      const label = input.length > 50 ? `…${input.slice(-49)}` : input;
      if (!seen.has(input)) {
        seen.add(input);
        bar.update(seen.size, { source: label });
      }
    },
    stop() {
      bar.stop();
    },
  };
}
