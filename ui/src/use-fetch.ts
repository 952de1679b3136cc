/** Loads JSON for a component, cancelling the request when the path changes or it unmounts. */
import { useEffect, useState } from "preact/hooks";
import { getJson } from "./api.js";

export type Loaded<T> = { state: "loading" } | { state: "error"; message: string } | { state: "ready"; data: T };

/** Nothing is fetched while `path` is null (the data is not wanted yet). */
export function useFetch<T>(path: string | null): Loaded<T> {
  // Keyed by path, so the render right after a path change shows "loading", never the old data.
  const [result, setResult] = useState<{ path: string; loaded: Loaded<T> } | null>(null);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    getJson<T>(path, controller.signal).then(
      (data) => setResult({ path, loaded: { state: "ready", data } }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ path, loaded: { state: "error", message: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => controller.abort();
  }, [path]);
  return result?.path === path ? result.loaded : { state: "loading" };
}
