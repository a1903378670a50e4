// Encrypts small secrets at rest (the TOTP seed) with AES-256-GCM under a key derived from the
// session secret, so a database dump alone does not reveal them. Also keyed hashes for tokens.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "./secret";

function key(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), Buffer.alloc(0), `kyodo:${purpose}`, 32));
}

export function seal(plain: string, purpose = "totp"): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `v1:${iv.toString("base64url")}:${cipher.getAuthTag().toString("base64url")}:${body.toString("base64url")}`;
}

export function unseal(sealed: string, purpose = "totp"): string | null {
  const [version, iv, tag, body] = sealed.split(":");
  if (version !== "v1" || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** A keyed hash for high-entropy one-time values (link tokens, recovery codes). */
export function tokenHash(value: string, purpose: string): string {
  return createHmac("sha256", key(`hash:${purpose}`)).update(value).digest("base64url");
}
