/** `recoupe serve`: the web UI and the HTTP API over a store (see /openapi.json), until interrupted. */
import { Command, InvalidArgumentError } from "commander";
import { addDbOption } from "../open-store-option.js";

export function serveCommand(): Command {
  const command = new Command("serve")
    .description("Serve the dossier as a web UI and a JSON API (described at /openapi.json) on 127.0.0.1, or on another address with --token")
    .option("--host <address>", "address to bind", "127.0.0.1")
    .option("--port <n>", "port (0 picks a free one)", port, 8080)
    .option("--json", "print where it serves as one JSON line ({url, db, ui, openapi}) instead of a sentence")
    .option("--token <secret>", "require the token on every request: Authorization: Bearer <secret>, or open /?token=<secret> once in a browser (required beyond loopback)");
  addDbOption(command, { mustExist: true });
  return command.action(async (flags: { db: string; host: string; port: number; token?: string; json?: boolean }) => {
    const [{ startServer }, { findUiRoot }, { openStore }] = await Promise.all([import("../../server/serve.js"), import("../../server/ui-assets.js"), import("../../store/open-store.js")]);
    const store = await openStore(flags.db);
    const server = await startServer(store, { host: flags.host, port: flags.port, location: flags.db, ...(flags.token ? { token: flags.token } : {}) });
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
