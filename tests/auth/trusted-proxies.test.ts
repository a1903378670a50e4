// TRUSTED_PROXIES: forwarding headers count only from a named proxy; otherwise the socket decides.
import { Socket } from "node:net";
import { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, normalizeIp, parseTrustedProxies } from "@/lib/security/trusted-proxies";
import { CLIENT_IP_HEADER, guardRequest, stampedClientIp } from "@/lib/security/forwarded-headers";
import { clientIpFrom } from "@/lib/security/client-ip";

const none = parseTrustedProxies(undefined);
const local = parseTrustedProxies("127.0.0.1/32, 10.0.0.0/8 ::1");

describe("parsing TRUSTED_PROXIES", () => {
  it("takes addresses and CIDR ranges, IPv4 and IPv6", () => {
    expect(none.empty).toBe(true);
    expect(local.trusts("10.20.30.40")).toBe(true);
    expect(local.trusts("11.0.0.1")).toBe(false);
    expect(local.trusts("::1")).toBe(true);
    expect(local.trusts("::ffff:127.0.0.1")).toBe(true); // a dual-stack socket's view of IPv4
    expect(parseTrustedProxies("2001:db8::/32").trusts("2001:db8:1::5")).toBe(true);
  });

  it("refuses what is not an address or range, naming the entry", () => {
    for (const bad of ["10.0.0.0/33", "proxy.internal", "10.0.0.0/8/1", "::1/129", "10.0.0.0/x"]) {
      expect(() => parseTrustedProxies(bad)).toThrow(`"${bad}"`);
    }
  });

  it("normalises IP literals", () => {
    expect(normalizeIp("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("192.0.2.1:5123")).toBe("192.0.2.1");
    expect(normalizeIp("evil")).toBeNull();
  });
});

describe("the client's address", () => {
  it("is the socket's when the peer is not a named proxy, whatever the header says", () => {
    expect(clientAddress("198.51.100.9", "203.0.113.1", none)).toBe("198.51.100.9");
    expect(clientAddress("198.51.100.9", "203.0.113.1", local)).toBe("198.51.100.9");
  });

  it("behind named proxies is the right-most untrusted entry", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.1", local)).toBe("203.0.113.1");
    // The client prepended a forged entry; the proxy appended the real one.
    expect(clientAddress("127.0.0.1", "1.2.3.4, 203.0.113.1, 10.1.1.1", local)).toBe("203.0.113.1");
    expect(clientAddress("127.0.0.1", "garbage, 203.0.113.1", local)).toBe("203.0.113.1");
    expect(clientAddress("127.0.0.1", "10.1.1.1", local)).toBe("10.1.1.1"); // only proxies: the left-most
    expect(clientAddress("127.0.0.1", undefined, local)).toBe("127.0.0.1");
    expect(clientAddress(undefined, "203.0.113.1", local)).toBe("unknown");
  });
});

function request(peer: string, headers: Record<string, string>): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: peer });
  const message = new IncomingMessage(socket);
  Object.assign(message.headers, headers);
  return message;
}

describe("the request guard", () => {
  const forged = { "x-forwarded-for": "203.0.113.66", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-real-ip": "203.0.113.67", [CLIENT_IP_HEADER]: "guess 203.0.113.68" };

  it("drops every forwarding header from a direct client and stamps the socket's address", () => {
    const message = request("198.51.100.9", forged);
    guardRequest(message, none);
    expect(message.headers["x-forwarded-for"]).toBe("198.51.100.9");
    expect(message.headers["x-forwarded-host"]).toBeUndefined();
    expect(message.headers["x-forwarded-proto"]).toBeUndefined();
    expect(message.headers["x-real-ip"]).toBeUndefined();
    expect(clientIpFrom(new Headers(message.headers as Record<string, string>))).toBe("198.51.100.9");
  });

  it("keeps a named proxy's headers and takes its client address", () => {
    const message = request("10.0.0.5", { ...forged, "x-forwarded-for": "1.1.1.1, 203.0.113.66" });
    guardRequest(message, local);
    expect(message.headers["x-forwarded-host"]).toBe("evil.example");
    expect(message.headers["x-forwarded-for"]).toBe("203.0.113.66");
    expect(clientIpFrom(new Headers(message.headers as Record<string, string>))).toBe("203.0.113.66");
  });

  it("a stamp the guard did not make reads as unknown", () => {
    expect(stampedClientIp("guess 203.0.113.68")).toBeNull();
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.66", [CLIENT_IP_HEADER]: "guess 203.0.113.68" }))).toBe("unknown");
    expect(clientIpFrom({ "x-forwarded-for": "203.0.113.66", "x-real-ip": "203.0.113.67" })).toBe("unknown");
  });
});
