import { describe, expect, it } from "vitest";
import { clientAddress, limitKey, trustedProxies } from "./client-address";

describe("clientAddress", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.5", "198.51.100.1", null)).toBe("203.0.113.5");
    expect(clientAddress("203.0.113.5", "198.51.100.1", trustedProxies("10.0.0.1"))).toBe("203.0.113.5");
    expect(clientAddress(undefined, "198.51.100.1", null)).toBe("unknown");
  });

  it("behind a trusted proxy, is the right-most hop that is not a trusted proxy", () => {
    const trusted = trustedProxies("10.0.0.1, 10.0.0.2");
    expect(clientAddress("10.0.0.1", "198.51.100.7", trusted)).toBe("198.51.100.7");
    // The client may write anything on the left; only what our proxies appended is believed.
    expect(clientAddress("10.0.0.1", "1.2.3.4, 198.51.100.7", trusted)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2", trusted)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.1", undefined, trusted)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", "10.0.0.2", trusted)).toBe("10.0.0.2");
  });

  it("stops at a hop that is not an address, so a proxy that passes garbage along cannot be steered", () => {
    expect(clientAddress("10.0.0.1", "198.51.100.7, not-an-ip", trustedProxies("10.0.0.1"))).toBe("10.0.0.1");
  });

  it("writes an IPv4 client one way, mapped into IPv6 or not", () => {
    expect(clientAddress("::ffff:203.0.113.5", undefined, null)).toBe("203.0.113.5");
    expect(clientAddress("::ffff:10.0.0.1", "::ffff:198.51.100.7", trustedProxies("10.0.0.1"))).toBe("198.51.100.7");
  });

  it("drops the port or brackets a proxy may add to a hop", () => {
    const trusted = trustedProxies("10.0.0.1");
    expect(clientAddress("10.0.0.1", "198.51.100.7:5123", trusted)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.1", "[2001:db8::5]:443", trusted)).toBe("2001:db8::5");
  });

  it("trusts ranges and IPv6 proxies", () => {
    const trusted = trustedProxies("10.0.0.0/8,fd00::/8");
    expect(clientAddress("10.1.2.3", "198.51.100.7", trusted)).toBe("198.51.100.7");
    expect(clientAddress("fd00::1", "2001:db8::5", trusted)).toBe("2001:db8::5");
    expect(clientAddress("11.0.0.1", "198.51.100.7", trusted)).toBe("11.0.0.1");
  });
});

describe("trustedProxies", () => {
  it("is null when none are set", () => {
    expect(trustedProxies(undefined)).toBeNull();
    expect(trustedProxies(" ")).toBeNull();
  });

  it("refuses an entry that is neither an address nor a range", () => {
    expect(() => trustedProxies("10.0.0.1,proxy.local")).toThrow(/ATLAS_TRUSTED_PROXIES.*proxy\.local/);
    expect(() => trustedProxies("10.0.0.0/40")).toThrow(/10\.0\.0\.0\/40/);
  });
});

describe("limitKey", () => {
  it("counts an IPv4 address as itself and an IPv6 address by its /64, however it is written", () => {
    expect(limitKey("203.0.113.5")).toBe("203.0.113.5");
    expect(limitKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(limitKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(limitKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(limitKey("::1")).toBe("0:0:0:0::/64");
    expect(limitKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(limitKey("64:ff9b::198.51.100.7")).toBe("64:ff9b:0:0::/64");
  });
});
