/**
 * A button that copies a citation to the clipboard and says so; where the clipboard is refused
 * (an insecure origin, a denied permission) the citation is shown selected below it instead.
 */
import { useRef, useState } from "preact/hooks";
import { useI18n } from "../i18n/i18n.js";

export function CopyButton({ text, label, description }: { text: () => string; label: string; description?: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  const fallback = useRef<HTMLTextAreaElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text());
      setCopied("yes");
    } catch {
      setCopied("failed");
      queueMicrotask(() => fallback.current?.select());
    }
  }

  return (
    <>
      <button type="button" class="secondary copy" title={description} onClick={() => void copy()}>
        {label}
      </button>
      <span class="meta" role="status">
        {copied === "yes" ? t["export.copied"] : copied === "failed" ? t["export.copyFailed"] : ""}
      </span>
      {copied === "failed" && <textarea ref={fallback} class="citation" readOnly rows={3} aria-label={description ?? label} value={text()} />}
    </>
  );
}
