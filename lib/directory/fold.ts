// Folds search text the same way the SQL function raw_search_fold does (migration
// 20261122190000_directory_search): NFKC (full-width ↔ half-width), lower case, hiragana → katakana.
// Indexed text and the query must be folded identically or partial matches silently miss.
export function foldSearchText(input: string): string {
  let out = "";
  for (const ch of input.normalize("NFKC").toLowerCase()) {
    const code = ch.codePointAt(0) ?? 0;
    out += code >= 0x3041 && code <= 0x3096 ? String.fromCodePoint(code + 0x60) : ch;
  }
  return out;
}

/** The query's terms, folded; each must appear (AND). Whitespace (incl. full-width) separates them. */
export function searchTerms(query: string): string[] {
  return foldSearchText(query)
    .split(/\s+/u)
    .map((term) => term.trim())
    .filter((term) => term.length > 0)
    .slice(0, 6);
}

/** A LIKE pattern that matches the term anywhere, with LIKE's own wildcards escaped. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
