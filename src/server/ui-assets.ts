/**
 * Where the built web UI lives: `dist/ui` under the package root (Vite writes it there on
 * `npm run build:ui`, which `npm ci` runs through the prepare script). Found from this module's
 * own location, so it works from the sources (tsx) and from the compiled dist alike.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function findUiRoot(from: string = dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) {
      const root = join(dir, "dist", "ui");
      return existsSync(join(root, "index.html")) ? root : null;
    }
    if (dirname(dir) === dir) return null;
  }
}
