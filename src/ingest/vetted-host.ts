import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { promisify } from 'node:util';
import { Agent } from 'undici';
import { AddArticleError } from '../errors.ts';
import type { AddressPolicy } from './address-policy.ts';

/** Resolves a host name to every address it has, as `dns.lookup(host, { all: true })` does. */
export type ResolveAll = (hostname: string) => Promise<LookupAddress[]>;

/** The system resolver (getaddrinfo: /etc/hosts, then DNS), the same one a plain connection would use. */
export const systemResolveAll: ResolveAll = (hostname) => promisify(dnsLookup)(hostname, { all: true });

/** A host name with the addresses it resolved to, every one of them allowed by the policy. */
export interface VettedHost {
  hostname: string;
  addresses: LookupAddress[];
}

/**
 * Resolves the URL's host and checks every address it resolves to: one refused address refuses the host, since a
 * connection could go to any of them.
 */
export async function vetHost(url: URL, policy: AddressPolicy, resolveAll: ResolveAll): Promise<VettedHost> {
  const hostname = url.hostname.replace(/^\[|\]$/gu, '');
  let addresses: LookupAddress[];
  try {
    addresses = await resolveAll(hostname);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new AddArticleError(
      'FETCH_FAILED',
      url.href,
      `the host ${hostname} could not be resolved (${code}); check the spelling of the address`,
      { cause: error },
    );
  }
  if (addresses.length === 0) {
    throw new AddArticleError('FETCH_FAILED', url.href, `the host ${hostname} resolved to no address; check the URL`);
  }
  for (const { address } of addresses) {
    const refusal = policy(address);
    if (refusal) {
      const what = address === hostname ? `${address} is ${refusal}` : `${hostname} resolves to ${address}, ${refusal}`;
      throw new AddArticleError(
        'FETCH_REFUSED',
        url.href,
        `refused: ${what}; only public web addresses are ` +
          'fetched. Set ALLOW_PRIVATE_FETCH=true to fetch from private networks on purpose',
      );
    }
  }
  return { hostname, addresses };
}

/**
 * An HTTP dispatcher that can only connect to the vetted addresses. Resolving again at connect time would leave a
 * DNS-rebinding gap: a hostile name server could answer the check with a public address and the connection with
 * 127.0.0.1. Its lookup answers from the vetted list instead, so the socket goes to an address that was checked.
 * TLS still verifies the certificate against the host name, since only the address lookup is replaced.
 */
export function pinnedAgent(vetted: VettedHost): Agent {
  const lookup: LookupFunction = (hostname, options, callback) => {
    if (hostname !== vetted.hostname) {
      const error = Object.assign(new Error(`${hostname} was not vetted for this connection`), { code: 'ENOTFOUND' });
      callback(error, '', 0);
      return;
    }
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const matching = vetted.addresses.filter((a) => !family || a.family === family);
    if (options.all) (callback as (error: null, addresses: LookupAddress[]) => void)(null, matching);
    else if (matching[0]) callback(null, matching[0].address, matching[0].family);
    else callback(Object.assign(new Error(`no IPv${family} address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
  };
  return new Agent({ connect: { lookup } });
}
