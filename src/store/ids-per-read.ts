/**
 * Reading articles by id in chunks: one statement per chunk rather than per id (preparing a
 * statement cost more than reading the row), each well under SQLite's 32,766 bound parameters
 * and PostgreSQL's 65,535.
 */
const IDS_PER_READ = 500;

/** The items of these ids, read a chunk of ids at a time, in the order of the ids; an id `readChunk` does not return is left out. */
export async function readByIds<T extends { id: string }>(ids: readonly string[], readChunk: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const byId = new Map<string, T>();
  for (let start = 0; start < ids.length; start += IDS_PER_READ) {
    for (const item of await readChunk(ids.slice(start, start + IDS_PER_READ))) byId.set(item.id, item);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
