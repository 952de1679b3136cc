/** Disjoint sets over string ids, with path halving: stories are its components, whatever the order of arrival. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  add(id: string): void {
    if (!this.parent.has(id)) this.parent.set(id, id);
  }

  find(id: string): string {
    let node = id;
    while (this.parent.get(node)! !== node) {
      const grandparent = this.parent.get(this.parent.get(node)!)!;
      this.parent.set(node, grandparent);
      node = grandparent;
    }
    return node;
  }

  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    // The smaller id becomes the root, so the result does not depend on the order of unions.
    if (rootA !== rootB) rootA < rootB ? this.parent.set(rootB, rootA) : this.parent.set(rootA, rootB);
  }

  /** An independent copy, to try unions without changing this one. */
  clone(): UnionFind {
    const copy = new UnionFind();
    for (const [id, parent] of this.parent) copy.parent.set(id, parent);
    return copy;
  }

  components(): string[][] {
    const groups = new Map<string, string[]>();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      const group = groups.get(root);
      if (group) group.push(id);
      else groups.set(root, [id]);
    }
    return [...groups.values()].map((members) => members.sort());
  }
}
