import ipaddr from 'ipaddr.js';

/** Says what kind of address the fetcher must not connect to ("a loopback address …"), or null when it may. */
export type AddressPolicy = (address: string) => string | null;

// ipaddr.js names every special-purpose range; these are the ones people recognise, worded for the refusal.
const RANGE_WORDS: Record<string, string> = {
  loopback: 'a loopback address (this machine)',
  private: 'a private network address',
  uniqueLocal: 'a private network address (IPv6 unique local)',
  linkLocal: 'a link-local address (where cloud metadata services live)',
  carrierGradeNat: 'a carrier-grade NAT address (shared, not public)',
  unspecified: 'the unspecified address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
};

// Cloud providers serve instance credentials here; named outright so the refusal is unmistakable.
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200']);

/**
 * What kind of non-public address `address` is, or null when it is a public unicast address. Only ipaddr.js's
 * `unicast` range passes: every special-purpose range (reserved, documentation, benchmarking, 6to4 and Teredo
 * tunnels that can wrap a private IPv4 address) is refused. IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the
 * IPv4 address it carries.
 */
export function addressRefusal(address: string): string | null {
  const bare = address.replace(/^\[|\]$/gu, '').replace(/%.*$/u, '');
  if (!ipaddr.isValid(bare)) return 'not an IP address';
  const ip = ipaddr.process(bare);
  const normal = ip.toNormalizedString();
  if (METADATA_ADDRESSES.has(normal) || METADATA_ADDRESSES.has(ip.toString())) {
    return 'a cloud metadata service address';
  }
  const range = ip.range();
  if (range === 'unicast') return null;
  return RANGE_WORDS[range] ?? `an address in a special-purpose range (${range})`;
}

/** The policy the fetcher applies: public addresses only, unless private ones are explicitly allowed. */
export function addressPolicy(allowPrivate: boolean): AddressPolicy {
  return allowPrivate ? () => null : addressRefusal;
}
