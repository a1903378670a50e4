import "server-only";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { AppLocale } from "./config";

// Catalogues: messages/<locale>.json holds the shell's namespaces (common, nav, home, …); a feature
// may add its own file messages/<locale>/<feature>.json. Every top-level key is a namespace and
// belongs to exactly one file (tests/i18n/catalogues.test.ts checks both languages agree).

type Messages = Record<string, unknown>;

const root = path.join(/*turbopackIgnore: true*/ process.cwd(), "messages");
const cache = new Map<AppLocale, Messages>();

function readJson(file: string): Messages {
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new Error(`${path.relative(root, file)} must hold a JSON object of namespaces`);
  }
  return parsed as Messages;
}

function readCatalogue(locale: AppLocale): Messages {
  const files = [path.join(root, `${locale}.json`)];
  const featureDir = path.join(root, locale);
  if (existsSync(featureDir)) {
    for (const name of readdirSync(featureDir).sort()) {
      if (name.endsWith(".json")) files.push(path.join(featureDir, name));
    }
  }
  const messages: Messages = {};
  const owner = new Map<string, string>();
  for (const file of files) {
    for (const [namespace, value] of Object.entries(readJson(file))) {
      const previous = owner.get(namespace);
      if (previous) throw new Error(`message namespace "${namespace}" is defined in ${previous} and ${file}`);
      owner.set(namespace, file);
      messages[namespace] = value;
    }
  }
  return messages;
}

/** The whole catalogue of one language. Read once per process (on every request in development). */
export function loadMessages(locale: AppLocale): Messages {
  if (process.env.NODE_ENV === "development") return readCatalogue(locale);
  let messages = cache.get(locale);
  if (!messages) {
    messages = readCatalogue(locale);
    cache.set(locale, messages);
  }
  return messages;
}
