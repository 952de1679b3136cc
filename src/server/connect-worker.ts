/**
 * The worker thread that connects the corpus for the server (see worker-builder.ts): it opens
 * the store on its own connection, reads the stored build or brings it up to date, and posts the
 * snapshot in parts (corpus-snapshot.ts), the next one only when the server asks for it, so the
 * server's thread reads one small part at a time between requests.
 */
import { parentPort, workerData } from "node:worker_threads";
import { boundHeapGrowth } from "../connect/bounded-heap-growth.js";
import { openStore } from "../store/open-store.js";
import type { BuiltCorpus } from "./corpus-builder.js";
import { snapshotParts, type SnapshotPart } from "./corpus-snapshot.js";
import { currentConnectedCorpus, readStoredBuild } from "./stored-corpus.js";

export type ConnectRequest = { id: number; kind: "stored" | "update" } | { id: number; kind: "next" };
/** What ends a reply after its parts: how the corpus was had, or null when no build is stored. */
export type ReplyEnd = { how: "stored" | "resumed" | "built" } | { current: boolean; articleCount: number } | null;
export type ConnectReply = { id: number; part: SnapshotPart } | { id: number; end: ReplyEnd } | { id: number; error: string };

/**
 * The server holds the last build in its own thread while this one connects the next: growth
 * bounded tighter than a connect alone (bounded-heap-growth.ts), so the two fit in 2 GB at 100k
 * articles (in stories of ~5: 2,135 MB at 50 %, the connect's peak 1,520 → 1,393 MB at 30 %),
 * for a few per cent more collecting in a build that runs in the background.
 */
const SERVER_HEAP_GROWING_PERCENT = 30;
boundHeapGrowth(SERVER_HEAP_GROWING_PERCENT);

const store = await openStore((workerData as { location: string }).location);
const port = parentPort!;
/** The reply waiting for the server to ask for its next part. */
const waitingForNext = new Map<number, () => void>();

async function post(id: number, built: BuiltCorpus, end: ReplyEnd): Promise<void> {
  for (const part of snapshotParts(built)) {
    const asked = new Promise<void>((resolve) => waitingForNext.set(id, resolve));
    port.postMessage({ id, part } satisfies ConnectReply);
    await asked;
  }
  port.postMessage({ id, end } satisfies ConnectReply);
}

async function answer(request: ConnectRequest & { kind: "stored" | "update" }): Promise<void> {
  if (request.kind === "stored") {
    const found = await readStoredBuild(store);
    if (!found) port.postMessage({ id: request.id, end: null } satisfies ConnectReply);
    else await post(request.id, found.built, { current: found.current, articleCount: found.articleCount });
    return;
  }
  const current = await currentConnectedCorpus(store);
  await post(request.id, current, { how: current.how });
}

// Requests are answered one at a time, in order: the builds share the store connection, and one build at a time is enough memory.
let queue: Promise<void> = Promise.resolve();
port.on("message", (request: ConnectRequest) => {
  if (request.kind === "next") {
    waitingForNext.get(request.id)?.();
    waitingForNext.delete(request.id);
    return;
  }
  queue = queue.then(async () => {
    try {
      await answer(request);
    } catch (error) {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies ConnectReply);
    }
  });
});
