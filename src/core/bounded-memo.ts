/**
 * A string function remembered for the inputs seen lately: text repeats its words, so folding
 * or stemming each distinct word once is most of the saving. The memory is bounded by emptying
 * it when full, which keeps a long batch from growing it without end.
 */
export function boundedMemo(compute: (input: string) => string, maxEntries: number): (input: string) => string {
  const remembered = new Map<string, string>();
  return (input) => {
    let output = remembered.get(input);
    if (output === undefined) {
      if (remembered.size >= maxEntries) remembered.clear();
      output = compute(input);
      remembered.set(input, output);
    }
    return output;
  };
}
