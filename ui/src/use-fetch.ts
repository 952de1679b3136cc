/** Loads JSON for a component, cancelling the request when the path changes or it unmounts. */
import { useEffect, useState } from "preact/hooks";
import { getJson } from "./api.js";

export type Loaded<T> = { state: "loading" } | { state: "error"; message: string } | { state: "ready"; data: T };

export function useFetch<T>(path: string | null): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoaded({ state: "loading" });
    getJson<T>(path, controller.signal).then(
      (data) => setLoaded({ state: "ready", data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ state: "error", message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [path]);
  return loaded;
}
