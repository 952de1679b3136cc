/**
 * The URL a worker thread starts from, beside the calling module: the compiled .js; run from the
 * sources (tsx, vitest), a data: module that registers tsx's loader in the worker before importing
 * the .ts, since a worker does not inherit the loader and `--import` is not accepted in its execArgv.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

export function workerScript(callerUrl: string, baseName: string): URL {
  if (!callerUrl.endsWith(".ts")) return new URL(`./${baseName}.js`, callerUrl);
  const tsxApi = pathToFileURL(join(dirname(createRequire(callerUrl).resolve("tsx/package.json")), "dist", "esm", "api", "index.mjs")).href;
  const source = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(new URL(`./${baseName}.ts`, callerUrl).href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}
