// Which message namespaces run in the browser, read from the source: from a route file, follow its
// imports; past a "use client" file, every `useTranslations("ns")` reached renders in the browser
// and needs "ns" in the client messages (a component without "use client", such as the form field,
// is client code when a client file imports it). A "use server" file is not followed: its code runs
// on the server with the whole catalogue.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = process.cwd();
const extensions = [".tsx", ".ts", "/index.tsx", "/index.ts"];

interface Parsed {
  directive: "use client" | "use server" | null;
  imports: string[];
  /** Namespaces passed to useTranslations; "" for a call without one. */
  namespaces: string[];
  /** Calls the scan cannot read (a namespace that is not a string literal, useMessages). */
  unreadable: string[];
}

const parsed = new Map<string, Parsed>();

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package: its messages, if any, are not ours
  if (/\.(tsx?|jsx?)$/.test(base) && existsSync(base)) return base;
  for (const extension of extensions) if (existsSync(base + extension)) return base + extension;
  return null; // JSON, CSS, …
}

function parse(file: string): Parsed {
  const known = parsed.get(file);
  if (known) return known;
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const first = source.statements[0];
  const directive =
    first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && (first.expression.text === "use client" || first.expression.text === "use server")
      ? first.expression.text
      : null;
  const result: Parsed = { directive, imports: [], namespaces: [], unreadable: [] };
  const where = (node: ts.Node) => `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      // Type-only imports bring no code.
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
      if (!typeOnly) result.imports.push(node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node)) {
      const [argument] = node.arguments;
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && argument && ts.isStringLiteral(argument)) result.imports.push(argument.text);
      if (ts.isIdentifier(node.expression) && node.expression.text === "useTranslations") {
        if (!argument) result.namespaces.push("");
        else if (ts.isStringLiteralLike(argument)) result.namespaces.push(argument.text);
        else result.unreadable.push(`${where(node)} useTranslations with a namespace that is not a literal`);
      }
      if (ts.isIdentifier(node.expression) && node.expression.text === "useMessages") result.unreadable.push(`${where(node)} useMessages`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  parsed.set(file, result);
  return result;
}

export interface ClientUse {
  /** namespace → the files that use it in the browser */
  namespaces: Map<string, Set<string>>;
  unreadable: string[];
}

/** The namespaces the browser needs for what these route files render. */
export function clientNamespaces(routeFiles: string[]): ClientUse {
  const use: ClientUse = { namespaces: new Map(), unreadable: [] };
  const seen = new Set<string>();
  const queue = routeFiles.map((file) => ({ file: path.resolve(root, file), client: false }));
  while (queue.length > 0) {
    const { file, client: parentClient } = queue.pop()!;
    const info = parse(file);
    if (info.directive === "use server") continue;
    const client = parentClient || info.directive === "use client";
    const key = `${client}:${file}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (client) {
      for (const namespace of info.namespaces) {
        const files = use.namespaces.get(namespace) ?? new Set<string>();
        files.add(path.relative(root, file));
        use.namespaces.set(namespace, files);
      }
      use.unreadable.push(...info.unreadable);
    }
    for (const specifier of info.imports) {
      const target = resolve(file, specifier);
      if (target) queue.push({ file: target, client });
    }
  }
  use.unreadable = [...new Set(use.unreadable)];
  return use;
}
