import { isIP } from 'node:net';

/** IPv4 ranges that are not the public internet (RFC 6890 and its updates). */
const PRIVATE_V4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

/** Special-purpose blocks inside 2000::/3, the only IPv6 space that is globally routed. */
const PRIVATE_V6: readonly [string, number][] = [
  ['2001::', 23], // IETF protocol assignments: Teredo, benchmarking, ORCHID
  ['2001:db8::', 32], // documentation
  ['3fff::', 20], // documentation
];

function v4ToNumber(address: string): number {
  return address.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

function inV4Range(address: string, [base, bits]: [string, number]): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(v4ToNumber(address) / size) === Math.floor(v4ToNumber(base) / size);
}

/** The eight 16-bit groups of an IPv6 address, with `::` expanded and a dotted IPv4 tail converted. */
function v6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const value = v4ToNumber(dotted[1]);
    text = `${text.slice(0, dotted.index)}${Math.floor(value / 65536).toString(16)}:${(value % 65536).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  return tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
}

function inV6Range(groups: number[], [base, bits]: [string, number]): boolean {
  const baseGroups = v6Groups(base);
  for (let bit = 0; bit < bits; bit += 16) {
    const width = Math.min(16, bits - bit);
    const shift = 16 - width;
    if (groups[bit / 16] >> shift !== baseGroups[bit / 16] >> shift) return false;
  }
  return true;
}

function embeddedV4(high: number, low: number): string {
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/**
 * Whether an address is on the public internet: not loopback, private, link-local, shared,
 * multicast, documentation or otherwise reserved. IPv6 addresses that carry an IPv4 address
 * (mapped, NAT64, 6to4) are judged by that address. Anything that is not an IP is not public.
 */
export function isPublicAddress(address: string): boolean {
  const kind = isIP(address);
  if (kind === 4) return !PRIVATE_V4.some((range) => inV4Range(address, range));
  if (kind !== 6 || address.includes('%')) return false;
  const groups = v6Groups(address);
  const isMapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  const isNat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0);
  if (isMapped || isNat64) return isPublicAddress(embeddedV4(groups[6], groups[7]));
  if (groups[0] === 0x2002) return isPublicAddress(embeddedV4(groups[1], groups[2]));
  if (groups[0] < 0x2000 || groups[0] > 0x3fff) return false;
  return !PRIVATE_V6.some((range) => inV6Range(groups, range));
}
