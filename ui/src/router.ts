/**
 * Hash routes (`#/story/s1`, `#/article/a_x?start=10&end=42`): the UI is one static page the
 * server hands out for `/`, so routing stays in the address fragment. A dozen lines did not
 * justify a router package.
 */
import { useEffect, useState } from "preact/hooks";
import { query } from "./api.js";

export interface Route {
  path: string[];
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = "", search = ""] = hash.replace(/^#/u, "").split("?", 2);
  return { path: path.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(search) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", update);
    return () => removeEventListener("hashchange", update);
  }, []);
  return route;
}

export function href(path: Array<string>, params: Record<string, string | number | undefined> = {}): string {
  return `#/${path.map(encodeURIComponent).join("/")}${query(params)}`;
}

/** A link to a source span, opened highlighted in its article. */
export function spanHref(span: { articleId: string; start: number; end: number }): string {
  return href(["article", span.articleId], { start: span.start, end: span.end });
}
