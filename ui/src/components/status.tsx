import type { Loaded } from "../use-fetch.js";

/** Loading and error states, announced to screen readers. */
export function Status({ loaded }: { loaded: Loaded<unknown> }) {
  if (loaded.state === "loading") return <p class="status" role="status">Loading…</p>;
  if (loaded.state === "error") return <p class="status error" role="alert">{loaded.message}</p>;
  return null;
}
