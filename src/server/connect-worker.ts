/**
 * The worker thread that connects the corpus for the server (see worker-builder.ts): it opens
 * the store on its own connection and answers rebuild and update requests with the built corpus.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "../store/open-store.js";
import { InProcessBuilder } from "./corpus-builder.js";

export type ConnectRequest = { id: number; kind: "rebuild" | "update" };

const store = await openStore((workerData as { location: string }).location);
const builder = new InProcessBuilder(store);
// Requests are answered one at a time, in order: the builder's connector is not shared between two builds.
let queue: Promise<void> = Promise.resolve();
parentPort!.on("message", (request: ConnectRequest) => {
  queue = queue.then(async () => {
    try {
      const built = request.kind === "rebuild" ? await builder.rebuild() : await builder.update();
      parentPort!.postMessage({ id: request.id, built });
    } catch (error) {
      parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
