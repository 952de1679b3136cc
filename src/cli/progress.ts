/** A progress bar on an interactive terminal (stderr), silent otherwise so pipes and CI logs stay clean. */
import cliProgress from "cli-progress";

export interface Progress {
  tick(source: string): void;
  stop(): void;
}

export function createProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { tick: () => undefined, stop: () => undefined };
  // The total is unknown while folders and feeds stream in, so the bar counts documents and shows the last source.
  const bar = new cliProgress.SingleBar(
    { format: "analyzing {value} documents | {source}", stream: process.stderr, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { source: "" });
  let count = 0;
  return {
    tick(source) {
      count += 1;
      bar.update(count, { source: source.length > 50 ? `…${source.slice(-49)}` : source });
    },
    stop() {
      bar.stop();
    },
  };
}
