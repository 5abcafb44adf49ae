/**
 * The explorer's instant search over entity set names and labels: every word typed must appear in
 * the name or the label (case-insensitive); sets whose name starts with the first word come first.
 * The haystack is lower-cased once, so a keystroke is a scan of 800 short strings.
 */
export interface Searchable {
  name: string;
  label: string | null;
}

export interface SearchIndex {
  names: string[];
  haystacks: string[];
}

export function buildSearchIndex(rows: readonly Searchable[]): SearchIndex {
  return {
    names: rows.map((r) => r.name.toLowerCase()),
    haystacks: rows.map((r) => `${r.name}\u0000${r.label ?? ''}`.toLowerCase()),
  };
}

/** Indexes of the matching rows, best first. An empty query matches everything in order. */
export function search(index: SearchIndex, query: string): number[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const all = index.haystacks.map((_, i) => i);
  if (words.length === 0) return all;
  const first = words[0] ?? '';
  const front: number[] = [];
  const rest: number[] = [];
  for (let i = 0; i < index.haystacks.length; i++) {
    const h = index.haystacks[i] ?? '';
    let hit = true;
    for (const w of words) {
      if (!h.includes(w)) {
        hit = false;
        break;
      }
    }
    if (!hit) continue;
    if (index.names[i]?.startsWith(first)) front.push(i);
    else rest.push(i);
  }
  return front.concat(rest);
}
