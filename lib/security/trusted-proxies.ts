// Which forwarding headers to believe. A client can write X-Forwarded-For, X-Forwarded-Host and
// X-Forwarded-Proto itself, so they only count when the connection comes from a proxy the operator
// named in TRUSTED_PROXIES (addresses or CIDRs, e.g. "10.0.0.0/8, ::1"). The client's address is
// then the right-most X-Forwarded-For entry that is not itself a trusted proxy; otherwise it is the
// socket's address. Pure: no Next.js, no request objects (lib/security/forwarded-headers.ts applies it).
import { BlockList, isIP } from "node:net";

export interface TrustedProxies {
  /** True when `address` (an IP literal) is one of the named proxies. */
  trusts(address: string): boolean;
  readonly empty: boolean;
}

/** An IP literal as it is compared: IPv4-mapped IPv6 ("::ffff:10.0.0.1") becomes IPv4, brackets
 *  and an IPv4 port ("203.0.113.9:4711") are dropped, zone ids are kept out. Null if not an IP. */
export function normalizeIp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1]!;
  return isIP(value) ? value.toLowerCase() : null;
}

/** Parses TRUSTED_PROXIES; throws with a message naming the bad entry. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? "").split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [address, prefixText, extra] = entry.split("/");
    const ip = normalizeIp(address);
    const family = ip ? isIP(ip) : 0;
    const prefix = prefixText === undefined ? (family === 4 ? 32 : 128) : Number(prefixText);
    if (!ip || extra !== undefined || !/^\d+$/.test(prefixText ?? String(prefix)) || prefix > (family === 4 ? 32 : 128)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    list.addSubnet(ip, prefix, family === 4 ? "ipv4" : "ipv6");
  }
  return {
    empty: entries.length === 0,
    trusts(address) {
      const ip = normalizeIp(address);
      if (!ip) return false;
      return list.check(ip, isIP(ip) === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client's address for a connection from `peer` carrying `forwardedFor` (X-Forwarded-For,
 * possibly several headers joined by commas). From an untrusted peer the header is ignored.
 * From a trusted one, entries are read right to left, skipping trusted proxies; a malformed entry
 * ends the walk at the last good address (what lies left of it cannot be vouched for).
 */
export function clientAddress(peer: string | null | undefined, forwardedFor: string | null | undefined, trusted: TrustedProxies): string {
  const socket = normalizeIp(peer);
  if (!socket) return "unknown";
  if (!trusted.trusts(socket) || !forwardedFor) return socket;
  let client = socket;
  for (const entry of forwardedFor.split(",").reverse()) {
    const hop = normalizeIp(entry);
    if (!hop) break;
    client = hop;
    if (!trusted.trusts(hop)) break;
  }
  return client;
}
