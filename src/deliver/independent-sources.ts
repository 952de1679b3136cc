/**
 * How many independent sources back a claim: its articles counted once per outlet, and
 * near-duplicates (one wire story run by two sites) counted once, since a copy corroborates
 * nothing. Articles outside the story (cited by a related story) count by their outlet. The
 * server counts it for the web UI, over every source of a claim the briefing cuts.
 */
export type IndependenceKey = (articleId: string) => string;

/** A key per article: two articles share it when the same outlet ran them or one copies the other. */
export function independenceKeys(outletOf: (articleId: string) => string, articleIds: readonly string[], nearDuplicates: ReadonlyArray<readonly [string, string]>): IndependenceKey {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const join = (a: string, b: string) => {
    const [rootA, rootB] = [find(a), find(b)];
    if (rootA !== rootB) parent.set(rootA, rootB);
  };
  for (const id of articleIds) join(id, `outlet:${outletOf(id)}`);
  for (const [a, b] of nearDuplicates) join(a, b);
  return (articleId) => (parent.has(articleId) ? find(articleId) : find(`outlet:${outletOf(articleId)}`));
}

export function independentSourceCount(spans: ReadonlyArray<{ articleId: string }>, keyOf: IndependenceKey): number {
  return new Set(spans.map((span) => keyOf(span.articleId))).size;
}
