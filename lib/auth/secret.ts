// The key that signs and encrypts session tokens. Production: NEXTAUTH_SECRET (checked in env.ts).
// Development: a random key generated once and kept in .data/nextauth-secret (git-ignored), so
// sessions survive restarts; a warning says so. Tests use a fixed key.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/config/env";

let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const config = env();
  if (config.NEXTAUTH_SECRET) return (cached = config.NEXTAUTH_SECRET);
  if (config.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET is required in production");
  if (config.NODE_ENV === "test") return (cached = "test-secret-test-secret-test-secret-0123456789");
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "nextauth-secret");
  if (existsSync(file)) {
    cached = readFileSync(file, "utf8").trim();
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    cached = randomBytes(32).toString("base64url");
    writeFileSync(file, cached, { mode: 0o600 });
    console.warn(`[auth] NEXTAUTH_SECRET is not set: generated a development key in ${file}`);
  }
  // next-auth's own helpers (getServerSession, the route handler) read the variable.
  process.env.NEXTAUTH_SECRET ??= cached;
  return cached;
}
