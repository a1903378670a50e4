// Beasley's OR-Library set-covering text format (scp41.txt, scpa1.txt, …).
import type { SetCoverInstance } from "./instance";

/**
 * Whitespace-separated integers; line breaks carry no meaning:
 * `m n`, then the n column costs, then for each row its column count followed by those
 * 1-based column numbers. Returns a 0-based instance.
 */
export function parseOrLibrary(text: string): SetCoverInstance {
  const tokens = text.trim().split(/\s+/);
  let at = 0;
  const next = (what: string): number => {
    const token = tokens[at++];
    if (token === undefined || token === "") throw new SyntaxError(`OR-Library file ended early while reading ${what}`);
    const value = Number(token);
    if (!Number.isFinite(value)) throw new SyntaxError(`OR-Library file: "${token}" is not a number (${what})`);
    return value;
  };
  const integer = (what: string, min: number, max: number): number => {
    const value = next(what);
    if (!Number.isInteger(value) || value < min || value > max) throw new SyntaxError(`OR-Library file: ${what} is ${value}, expected ${min}..${max}`);
    return value;
  };

  const rowCount = integer("row count", 0, Number.MAX_SAFE_INTEGER);
  const columnCount = integer("column count", 0, Number.MAX_SAFE_INTEGER);
  const columnCosts: number[] = [];
  for (let j = 0; j < columnCount; j++) columnCosts.push(next(`cost of column ${j + 1}`));
  const columnRows: number[][] = Array.from({ length: columnCount }, () => []);
  for (let i = 0; i < rowCount; i++) {
    const count = integer(`column count of row ${i + 1}`, 0, columnCount);
    for (let k = 0; k < count; k++) columnRows[integer(`a column of row ${i + 1}`, 1, columnCount) - 1]!.push(i);
  }
  if (at < tokens.length) throw new SyntaxError(`OR-Library file has ${tokens.length - at} unexpected trailing values`);
  return { rowCount, columnCosts, columnRows };
}

/** The inverse of parseOrLibrary, handy for fixtures and for exporting generated instances. */
export function formatOrLibrary(instance: SetCoverInstance): string {
  const rows: number[][] = Array.from({ length: instance.rowCount }, () => []);
  instance.columnRows.forEach((covered, j) => covered.forEach((i) => rows[i]?.push(j + 1)));
  const lines = [`${instance.rowCount} ${instance.columnCosts.length}`, instance.columnCosts.join(" ")];
  for (const columns of rows) lines.push(`${columns.length}`, columns.join(" "));
  return `${lines.join("\n")}\n`;
}
