/** `recoupe serve`: the web UI and the HTTP API over a store (see /openapi.json), until interrupted. */
import { Command, InvalidArgumentError } from "commander";
import { RecoupeError } from "../../core/errors.js";
import { addDbOption } from "../open-store-option.js";
import { parsePositiveInteger } from "../parse-positive-integer.js";

interface ServeFlags {
  db: string;
  host: string;
  port: number;
  token?: string;
  json?: boolean;
  maxUploadBytes?: number;
  maxRequestBytes?: number;
  docTimeout?: number;
}

export function serveCommand(): Command {
  const command = new Command("serve")
    .description("Serve the dossier as a web UI and a JSON API (described at /openapi.json) on 127.0.0.1, or on another address with --token")
    .option("--host <address>", "address to bind", "127.0.0.1")
    .option("--port <n>", "port (0 picks a free one)", port, 8080)
    .option("--json", "print where it serves as one JSON line ({url, db, ui, openapi}) instead of a sentence")
    .option("--token <secret>", "require the token on every request: Authorization: Bearer <secret>, or open /?token=<secret> once in a browser (required beyond loopback)")
    // Positive, not ≥ 0 as list limits are: a limit of 0 bytes would refuse every upload.
    .option("--max-upload-bytes <n>", "largest file accepted by an upload, in bytes; a larger one is cut there and refused (default 20 MiB)", parsePositiveInteger)
    .option("--max-request-bytes <n>", "largest upload request read, in bytes, at least --max-upload-bytes; past it the rest is left unread (default 100 MiB)", parsePositiveInteger)
    .option("--doc-timeout <seconds>", "longest one uploaded document may take to analyze before it is refused as an error (default 60)", parsePositiveInteger);
  addDbOption(command, { mustExist: true });
  return command.action(async (flags: ServeFlags) => {
    if (flags.maxRequestBytes !== undefined && flags.maxUploadBytes !== undefined && flags.maxRequestBytes < flags.maxUploadBytes) {
      throw new RecoupeError("usage", `--max-request-bytes ${flags.maxRequestBytes} is below --max-upload-bytes ${flags.maxUploadBytes}, so a file at that limit could never arrive: raise it, or lower --max-upload-bytes.`);
    }
    const [{ startServer }, { findUiRoot }, { openStore }] = await Promise.all([import("../../server/serve.js"), import("../../server/ui-assets.js"), import("../../store/open-store.js")]);
    const store = await openStore(flags.db);
    const limits = {
      ...(flags.maxUploadBytes ? { maxUploadBytes: flags.maxUploadBytes } : {}),
      ...(flags.maxRequestBytes ? { maxRequestBytes: flags.maxRequestBytes } : {}),
      ...(flags.docTimeout ? { docTimeoutMs: flags.docTimeout * 1000 } : {}),
    };
    const server = await startServer(store, { host: flags.host, port: flags.port, location: flags.db, ...limits, ...(flags.token ? { token: flags.token } : {}) });
    const ui = findUiRoot() ? `web UI: ${server.url}/${flags.token ? "?token=…" : ""}` : "web UI not built: npm run build:ui";
    if (flags.json) process.stdout.write(`${JSON.stringify({ url: server.url, db: flags.db, ui: findUiRoot() ? `${server.url}/` : null, openapi: `${server.url}/openapi.json` })}\n`);
    else process.stdout.write(`recoupe serving ${flags.db} at ${server.url} (${ui}; API description: ${server.url}/openapi.json)\n`);
    const stop = async () => {
      await server.close();
      await store.close();
    };
    process.once("SIGINT", () => void stop());
    process.once("SIGTERM", () => void stop());
  });
}

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) throw new InvalidArgumentError("expected a port number (0–65535).");
  return number;
}
