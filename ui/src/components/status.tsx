import { useI18n } from "../i18n/i18n.js";
import type { Loaded } from "../use-fetch.js";

/** Loading and error states, announced to screen readers. */
export function Status({ loaded }: { loaded: Loaded<unknown> }) {
  const { t } = useI18n();
  if (loaded.state === "loading") return <p class="status" role="status">{t.loading}</p>;
  if (loaded.state === "error") return <p class="status error" role="alert">{loaded.message}</p>;
  return null;
}
