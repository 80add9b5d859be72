import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddArticleError, ConfigError } from '../../src/errors.ts';
import { loadAddConfig } from '../../src/ingest/add-config.ts';
import { addressPolicy, addressRefusal, type AddressPolicy } from '../../src/ingest/address-policy.ts';
import { fetchPage, type FetchOptions } from '../../src/ingest/fetch-page.ts';
import { systemResolveAll, type ResolveAll } from '../../src/ingest/vetted-host.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(() => server.close());

// The loopback test server is the one non-public address let through; everything else gets the real policy.
const onlyTheTestServer: AddressPolicy = (address) => (address === '127.0.0.1' ? null : addressRefusal(address));
const allowPrivate: FetchOptions = { policy: addressPolicy(true) };
// Names in the table get its addresses; anything else (IP literals, localhost) goes to the system resolver.
const fakeDns =
  (table: Record<string, string[]>): ResolveAll =>
  async (hostname) =>
    table[hostname]?.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })) ??
    systemResolveAll(hostname);
const port = (): string => new URL(server.origin).port;

/** The error a fetch ends in (failing the test if it succeeds). */
async function refusal(url: string, options: FetchOptions = allowPrivate): Promise<AddArticleError> {
  const error = await fetchPage(url, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AddArticleError);
  return error as AddArticleError;
}

describe('the address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.9', 'private'],
    ['192.168.1.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.10.10', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.3.4', 'carrier-grade NAT'],
    ['169.254.169.254', 'cloud metadata'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['100.100.100.200', 'cloud metadata'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.251', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'cloud metadata'],
    ['192.0.2.1', 'special-purpose'],
    ['2002:0a00:0001::1', 'special-purpose'],
  ])('refuses %s (%s)', (address, kind) => {
    expect(addressRefusal(address)).toContain(kind);
    expect(addressPolicy(true)(address)).toBeNull();
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34'])('allows %s', (address) => {
    expect(addressRefusal(address)).toBeNull();
  });

  it('is switched off only by ALLOW_PRIVATE_FETCH=true, validated with the other settings', () => {
    expect(loadAddConfig({}).ALLOW_PRIVATE_FETCH).toBe(false);
    expect(loadAddConfig({ ALLOW_PRIVATE_FETCH: 'true' }).ALLOW_PRIVATE_FETCH).toBe(true);
    expect(() => loadAddConfig({ ALLOW_PRIVATE_FETCH: 'sometimes' })).toThrow(ConfigError);
    expect(() => loadAddConfig({ ALLOW_PRIVATE_FETCH: 'sometimes' })).toThrow(
      /ALLOW_PRIVATE_FETCH is invalid .*: use true or false/,
    );
  });
});

describe('fetching a page', () => {
  it('returns the HTML and the address it was finally served from, following redirects', async () => {
    const page = await fetchPage(`${server.origin}/redirect?to=/articles/og-only.html`, allowPrivate);
    expect(page.url).toBe(`${server.origin}/articles/og-only.html`);
    expect(page.html).toContain('Library bond heads to voters in November');
  });

  it.each(['file:///etc/passwd', 'ftp://files.example/story.html', 'javascript:alert(1)', 'data:text/html,<p>hi</p>'])(
    'refuses the non-HTTP URL %s',
    async (url) => {
      const error = await refusal(url);
      expect(error.code).toBe('FETCH_REFUSED');
      expect(error.message).toMatch(/^\S+: refused: \w+ URLs are not fetched, only http and https/);
    },
  );

  it('refuses a URL with a user name and password in it', async () => {
    expect((await refusal(`http://editor:hunter2@127.0.0.1:1/`)).message).toContain('user name or password');
  });

  it('refuses a host whose DNS answer is private, before connecting', async () => {
    const strict: FetchOptions = { policy: addressPolicy(false) };
    const before = server.requests.length;
    const viaSystemDns = await refusal(`http://localhost:${port()}/articles/og-only.html`, strict);
    expect(viaSystemDns.message).toMatch(/refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    expect(viaSystemDns.message).toContain('ALLOW_PRIVATE_FETCH=true');
    const intranet = await refusal('http://wiki.corp.example/', {
      ...strict,
      resolveAll: fakeDns({ 'wiki.corp.example': ['10.20.30.40'] }),
    });
    expect(intranet.message).toBe(
      'http://wiki.corp.example/: refused: wiki.corp.example resolves to 10.20.30.40, ' +
        'a private network address; only public web addresses are fetched. Set ALLOW_PRIVATE_FETCH=true to fetch ' +
        'from private networks on purpose',
    );
    // One private address among public ones is enough: a connection could go to any of them.
    const mixed = fakeDns({ 'news.example': ['93.184.216.34', '::ffff:192.168.0.7'] });
    expect((await refusal('https://news.example/a', { ...strict, resolveAll: mixed })).message).toContain(
      '::ffff:192.168.0.7',
    );
    expect(server.requests.length).toBe(before);
  });

  it('refuses a redirect to a private or metadata address, checking the new host after DNS', async () => {
    const options: FetchOptions = {
      policy: onlyTheTestServer,
      resolveAll: fakeDns({ 'metadata.test': ['169.254.169.254'] }),
    };
    const before = server.requests.length;
    const toMetadata = await refusal(`${server.origin}/redirect?to=http://metadata.test/latest/meta-data/`, options);
    expect(toMetadata.code).toBe('FETCH_REFUSED');
    expect(toMetadata.message).toMatch(
      /^http:\/\/metadata\.test\/latest\/meta-data\/: refused: metadata\.test resolves to 169\.254\.169\.254, a cloud/,
    );
    const toLoopback = await refusal(`${server.origin}/redirect?to=http://127.0.0.2:${port()}/`, options);
    expect(toLoopback.message).toContain('127.0.0.2 is a loopback address');
    expect(server.requests.length - before).toBe(2); // the two redirects; nothing reached a refused address
  });

  it('connects to the address it checked, so a DNS answer that changes later cannot move the connection', async () => {
    // A rebinding name server: a harmless address for the check, an internal one for anyone who asks again.
    let asked = 0;
    const rebinding: ResolveAll = async () => [{ address: asked++ === 0 ? '127.0.0.1' : '10.0.0.1', family: 4 }];
    const url = `http://rebind.test:${port()}/articles/bare.html`;
    const page = await fetchPage(url, { policy: onlyTheTestServer, resolveAll: rebinding });
    expect(page.html).toContain('Riverside schools add late bus routes');
    expect(asked).toBe(1);
  });

  it('refuses a page over the size cap, whether it says so up front or not', async () => {
    const small: FetchOptions = { ...allowPrivate, maxBytes: 256 * 1024 };
    expect((await refusal(`${server.origin}/huge-declared`, small)).message).toMatch(
      /refused: the page is 50\.0 MB, over the 0\.3 MB limit/,
    );
    expect((await refusal(`${server.origin}/huge-streamed`, small)).message).toMatch(
      /refused: the page is over the 0\.3 MB limit .* not read further/,
    );
  });

  it.each([
    ['/pdf', 'application/pdf'],
    ['/json', 'application/json'],
    ['/untyped', 'no content type'],
  ])('refuses %s, which is not HTML', async (path, sent) => {
    const error = await refusal(`${server.origin}${path}`);
    expect(error.code).toBe('FETCH_REFUSED');
    expect(error.message).toContain(`refused: the server sent ${sent}, not an HTML page`);
  });

  it('gives up on a server that does not answer in time', async () => {
    const error = await refusal(`${server.origin}/slow`, { ...allowPrivate, timeoutMs: 300 });
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toBe(
      `${server.origin}/slow: did not finish within 0.3 s; try again later, or save the page and add the file`,
    );
  });

  it('stops following redirects after the cap', async () => {
    expect((await refusal(`${server.origin}/loop`)).message).toMatch(/refused: more than 5 redirects/);
  });

  it('reports an HTTP error status and an unreachable server', async () => {
    expect((await refusal(`${server.origin}/missing`)).message).toMatch(/answered 404 Not Found/);
    const closed = await startNewsServer();
    await closed.close();
    expect((await refusal(`${closed.origin}/`)).message).toMatch(/could not be fetched \(.*ECONNREFUSED.*\)/);
  });
});
