// Who is asking, for the rate limits. Only server/serve.ts sees the connection, so it works out
// the client's address here and writes it into CLIENT_ADDRESS_HEADER over whatever the client
// sent; X-Forwarded-For is believed only from the proxies named in ATLAS_TRUSTED_PROXIES.
import { BlockList, isIP } from "node:net";

/** Set by server/serve.ts on every request; lib/api/rate-limit.ts reads it. */
export const CLIENT_ADDRESS_HEADER = "x-atlas-client-address";

/**
 * One spelling per client: an IPv4 address mapped into IPv6 ("::ffff:1.2.3.4") as plain IPv4,
 * and without the port or brackets some proxies add ("1.2.3.4:5678", "[2001:db8::1]:443").
 */
function plain(address: string): string {
  const a = address.trim();
  const bare = /^\[([^\]]+)\](?::\d+)?$/.exec(a)?.[1] ?? /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(a)?.[1] ?? a;
  return bare.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
}

const family = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/** ATLAS_TRUSTED_PROXIES as a set: addresses or CIDR ranges, comma-separated; null when empty. */
export function trustedProxies(list: string | undefined): BlockList | null {
  const entries = (list ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!entries.length) return null;
  const set = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const bits = Number(prefix);
    const max = isIP(address) === 6 ? 128 : 32;
    if (!isIP(address) || (prefix !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= max))) {
      throw new Error(`ATLAS_TRUSTED_PROXIES: "${entry}" is not an IP address or an address/prefix range`);
    }
    if (prefix === undefined) set.addAddress(plain(address), family(plain(address)));
    else set.addSubnet(plain(address), bits, family(plain(address)));
  }
  return set;
}

/**
 * The client behind a connection: the socket's address, unless that is a trusted proxy; then the
 * right-most X-Forwarded-For hop that is not one, since a client can write any hop to the left
 * of those our proxies appended. A hop that is not an address ends the walk at the last good one.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trusted: BlockList | null): string {
  let client = socketAddress ? plain(socketAddress) : "unknown";
  const hops = (forwardedFor ?? "").split(",").map(plain).filter(Boolean);
  while (trusted && isIP(client) && trusted.check(client, family(client)) && hops.length) {
    const hop = hops.pop()!;
    if (!isIP(hop)) break;
    client = hop;
  }
  return client;
}

/** The first four groups of an IPv6 address, written out ("2001:db8::1" → "2001:db8:0:0"). */
function first64Bits(address: string): string {
  const [head = "", tail] = address.split("%")[0]!.split("::");
  const groups = (part: string | undefined) => (part ? part.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : []);
  const full = tail === undefined ? groups(head) : [...groups(head), ...Array(8 - groups(head).length - groups(tail).length).fill("0"), ...groups(tail)];
  return full
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":");
}

/** What the rate limits count: an IPv4 address, or an IPv6 client's /64, since one host is usually given a whole /64 to pick from. */
export const limitKey = (address: string) => (isIP(address) === 6 ? `${first64Bits(address)}::/64` : address);
