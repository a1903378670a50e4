// Structured JSON logs (pino) on stdout, one object per line, each with the current request id
// (request-context.ts). LOG_LEVEL sets the level (default info; tests: warn).
import pino, { type Logger } from "pino";
import { currentRequestId } from "./request-context";

function createLogger(): Logger {
  const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info");
  // process.stdout (synchronous for files and pipes on Linux) rather than pino's own fd writer,
  // so what is logged can be read back in tests.
  return pino({
    level,
    base: { service: "kyodo", pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  }, process.stdout);
}

const holder = globalThis as typeof globalThis & { __kjLog?: Logger };

/** The application's logger; `log.child({ component: "queue" })` names the part that speaks. */
export const log: Logger = (holder.__kjLog ??= createLogger());

/** An Error as log fields: name, message, code, stack. */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { err: { message: String(error) } };
  return { err: { name: error.name, message: error.message, code: (error as { code?: unknown }).code, stack: error.stack } };
}
