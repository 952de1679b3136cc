/**
 * Cuts a text into runs where the set of covering marks is constant, so overlapping and nested
 * annotations (a name inside a quote inside an event's evidence) render as flat spans with
 * several classes: the text is never rebuilt as HTML, only sliced.
 */
export interface Mark {
  start: number;
  end: number;
  /** CSS class of the layer: "ent ent-PER", "quote", "time", "event", "focus". */
  className: string;
  /** What a tooltip says about it. */
  label: string;
  /** The entity a mention belongs to, to select all its mentions. */
  entityId?: string;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

export function segment(textLength: number, marks: readonly Mark[]): Segment[] {
  const inside = marks.filter((mark) => mark.start < mark.end && mark.start >= 0 && mark.end <= textLength);
  const cuts = [...new Set([0, textLength, ...inside.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  const starting = new Map<number, Mark[]>();
  for (const mark of inside) starting.set(mark.start, [...(starting.get(mark.start) ?? []), mark]);
  const segments: Segment[] = [];
  let open: Mark[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    open = [...open.filter((mark) => mark.end > start), ...(starting.get(start) ?? [])];
    segments.push({ start, end, marks: open });
  }
  return segments;
}

/** The runs of `segments` clipped to [from, to): a page shows parts of one text in different places (the headline as the heading). */
export function within(segments: readonly Segment[], from: number, to: number): Segment[] {
  return segments.filter((run) => run.end > from && run.start < to).map((run) => ({ ...run, start: Math.max(run.start, from), end: Math.min(run.end, to) }));
}
