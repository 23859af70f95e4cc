// Address classification, and the literal-IP forms a URL parser reads, as property tests: every
// non-public IPv4 address, written in any form (dotted, decimal, octal, hex, short, IPv4-mapped IPv6),
// is refused before any connection; public ones pass the same check.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { classifyAddress, RefusedAddressError, unfurl } from "../src/index.js";
import { checkUrl, policyOf } from "../src/destination.js";

const NON_PUBLIC_V4: [base: number[], bits: number, range: string][] = [
  [[0, 0, 0, 0], 8, "unspecified"],
  [[10, 0, 0, 0], 8, "private"],
  [[100, 64, 0, 0], 10, "carrierGradeNat"],
  [[127, 0, 0, 0], 8, "loopback"],
  [[169, 254, 0, 0], 16, "linkLocal"],
  [[172, 16, 0, 0], 12, "private"],
  [[192, 168, 0, 0], 16, "private"],
  [[192, 0, 2, 0], 24, "reserved"],
  [[198, 18, 0, 0], 15, "reserved"],
  [[224, 0, 0, 0], 4, "multicast"],
  [[240, 0, 0, 0], 4, "reserved"], // and 255.255.255.255, "broadcast"
];
const toInt = (parts: number[]) => parts.reduce((n, part) => n * 256 + part, 0);
const toParts = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const inRange = ([base, bits]: (typeof NON_PUBLIC_V4)[number]) =>
  fc.integer({ min: 0, max: 2 ** (32 - bits) - 1 }).map((offset) => toParts(toInt(base) + offset));

/** The ways a URL's host can spell one IPv4 address: the WHATWG URL parser reads each as the same address. */
const spellings = (parts: number[]) => {
  const n = toInt(parts);
  const [a, b, c, d] = parts as [number, number, number, number];
  return [
    parts.join("."),
    String(n), // decimal
    `0x${n.toString(16)}`, // hex
    `0${n.toString(8)}`, // octal
    parts.map((p) => `0${p.toString(8)}`).join("."), // octal parts
    parts.map((p) => `0x${p.toString(16)}`).join("."), // hex parts
    `${a}.${(b << 16) + (c << 8) + d}`, // short: a.bcd
    `${a}.${b}.${(c << 8) + d}`, // short: a.b.cd
    `[::ffff:${parts.join(".")}]`, // IPv4-mapped IPv6
    `[::ffff:${((a << 8) + b).toString(16)}:${((c << 8) + d).toString(16)}]`,
    `${parts.join(".")}.`, // trailing dot
  ];
};

describe("classifyAddress", () => {
  test.each(NON_PUBLIC_V4)("every address of %j/%i is %s, not public", (...range) => {
    fc.assert(fc.property(inRange(range), (parts) => {
        const expected = parts.join(".") === "255.255.255.255" ? "broadcast" : range[2];
        expect(classifyAddress(parts.join("."))).toEqual({ public: false, range: expected });
      }),
    );
  });

  test("an IPv4-mapped IPv6 address is classified as the IPv4 address it carries", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NON_PUBLIC_V4).chain(inRange), (parts) => {
        expect(classifyAddress(`::ffff:${parts.join(".")}`)).toEqual(classifyAddress(parts.join(".")));
      }),
    );
    expect(classifyAddress("::ffff:8.8.8.8")).toEqual({ public: true });
  });

  test.each([
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fc00::1", "uniqueLocal"],
    ["fd12:3456::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "reserved"],
    ["64:ff9b::7f00:1", "rfc6052"],
    ["2002:7f00:1::", "6to4"],
    ["::7f00:1", "ipv4Compatible"],
    ["[::1]", "loopback"],
  ])("IPv6 %s is %s, not public", (address, range) => {
    expect(classifyAddress(address)).toEqual({ public: false, range });
  });

  test.each(["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "2a00:1450:4001::200e"])("%s is public", (address) => {
    expect(classifyAddress(address)).toEqual({ public: true });
  });

  test("a host name is not an address", () => {
    expect(classifyAddress("localhost")).toEqual({ public: false, range: "not an IP address" });
  });
});

describe("a literal IP host, in any spelling, is refused before any connection", () => {
  const policy = policyOf(undefined);

  test("every spelling of every non-public IPv4 address (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NON_PUBLIC_V4).chain(inRange), fc.constantFrom("http", "https"), (parts, scheme) => {
        for (const host of spellings(parts)) {
          expect(() => checkUrl(`${scheme}://${host}/`, policy), host).toThrow(RefusedAddressError);
          expect(() => checkUrl(`${scheme}://${host}/`, policy), host).toThrow(/not a public address/);
        }
      }),
    );
  });

  test("the same spellings of a public address pass the check (it is the address that is refused, not the form)", () => {
    for (const host of spellings([8, 8, 4, 4])) expect(checkUrl(`http://${host}/`, policy).hostname, host).toMatch(/^(8\.8\.4\.4|\[::ffff:808:404\])$/);
  });

  test("unfurl refuses them with the address and its range in the message", async () => {
    for (const host of ["2130706433", "0177.0.0.1", "0x7f.1", "127.1", "[::ffff:127.0.0.1]", "[::1]", "0.0.0.0", "169.254.169.254", "[fe80::1]"]) {
      const error = await unfurl(`http://${host}/`).catch((e: unknown) => e);
      expect(error, host).toBeInstanceOf(RefusedAddressError);
      expect((error as Error).message, host).toMatch(/^refused \S+( \(\S+\))? port 80: not a public address \(ipaddr\.js range "\w+"\)$/);
    }
  });
});
