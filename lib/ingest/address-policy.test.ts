import { describe, expect, it } from "vitest";
import { allowedHosts, isBlockedAddress } from "./address-policy";

describe("isBlockedAddress", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.1",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fd00:ec2::254",
    "::ffff:127.0.0.1",
    "::ffff:a9fe:a9fe",
    "64:ff9b::10.0.0.1",
    "2002:7f00:1::",
    "not an address",
  ])("refuses %s", (ip) => expect(isBlockedAddress(ip)).toBe(true));

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8", "172.32.0.1"])("lets %s through", (ip) =>
    expect(isBlockedAddress(ip)).toBe(false),
  );
});

describe("allowedHosts", () => {
  it("reads a comma-separated list, lower-cased, brackets and blanks dropped", () => {
    expect([...allowedHosts(" Intranet.Example , 127.0.0.1,,[::1]")]).toEqual(["intranet.example", "127.0.0.1", "::1"]);
    expect(allowedHosts(undefined).size).toBe(0);
  });
});
