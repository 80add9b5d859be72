import type { Agent } from 'undici';
import { AddArticleError, describeError } from '../errors.ts';
import type { AddressPolicy } from './address-policy.ts';
import { decodeHtml } from '../corpus/decode-text.ts';
import { checkHtmlResponse, readCappedBody, responseHeaders } from './response-body.ts';
import { pinnedAgent, systemResolveAll, vetHost, type ResolveAll } from './vetted-host.ts';

/** Limits and rules for fetching one article page. */
export interface FetchOptions {
  /** Which addresses may be connected to (see addressPolicy). */
  policy: AddressPolicy;
  /** Host name resolution (default: the system resolver); injectable for tests. */
  resolveAll?: ResolveAll;
  /** The whole fetch, redirects and body included, must finish within this many milliseconds (default 15 s). */
  timeoutMs?: number;
  /** Largest page accepted, in bytes (default 5 MB, the corpus loader's limit for one file). */
  maxBytes?: number;
  /** Most redirects followed (default 5). */
  maxRedirects?: number;
}

/** A fetched HTML page and the URL it was finally served from. */
export interface FetchedPage {
  url: string;
  html: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const REQUEST_HEADERS = {
  'user-agent': 'coverage-bot/0.1 (adds news articles to a local corpus)',
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
};

/** Parses a URL the fetcher may request: http(s) only, without credentials. */
function httpUrl(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch (error) {
    throw new AddArticleError('ADD_INPUT_INVALID', input, 'is not a valid URL; check the spelling', { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AddArticleError(
      'FETCH_REFUSED',
      url.href,
      `refused: ${url.protocol.slice(0, -1)} URLs are not fetched, only http and https; save the page as a file ` +
        'and add the file instead',
    );
  }
  if (url.username || url.password) {
    throw new AddArticleError(
      'FETCH_REFUSED',
      url.href,
      'refused: the URL carries a user name or password, which would be stored with the article; remove them',
    );
  }
  return url;
}

/**
 * Fetches an article page. Each hop is checked before anything is sent: the scheme, then every address the host
 * resolves to, and the connection goes only to those vetted addresses. Redirects are followed by hand so each new
 * location gets the same checks. Page scripts are never run: the page is only ever read as text.
 */
export async function fetchPage(input: string, options: FetchOptions): Promise<FetchedPage> {
  const { policy, resolveAll = systemResolveAll, timeoutMs = 15_000, maxBytes = 5 * 1024 * 1024 } = options;
  const maxRedirects = options.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = httpUrl(input);
  for (let redirects = 0; ; redirects++) {
    let agent: Agent | undefined;
    try {
      agent = pinnedAgent(await abortable(vetHost(url, policy, resolveAll), signal));
      const response = await fetch(url, { redirect: 'manual', signal, headers: REQUEST_HEADERS, dispatcher: agent });
      const headers = responseHeaders(response);
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        if (!headers.location) throw failure(url, `answered ${response.status} without saying where to go`);
        if (redirects >= maxRedirects) {
          throw new AddArticleError(
            'FETCH_REFUSED',
            input,
            `refused: more than ${maxRedirects} redirects (the last ` +
              `went to ${headers.location}); give the final address of the article instead`,
          );
        }
        url = httpUrl(headers.location, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw failure(url, `answered ${response.status} ${response.statusText}; check the link opens in a browser`);
      }
      checkHtmlResponse(url.href, headers, maxBytes);
      const body = await readCappedBody(url.href, response, maxBytes);
      return { url: url.href, html: decodeHtml(body, headers['content-type']) };
    } catch (error) {
      throw asFetchError(url, error, timeoutMs);
    } finally {
      await agent?.destroy();
    }
  }
}

// A system DNS lookup cannot be cancelled, but the fetch need not wait for it past its deadline.
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    work.then(resolve, reject);
  });
}

function failure(url: URL, problem: string, cause?: unknown): AddArticleError {
  return new AddArticleError('FETCH_FAILED', url.href, problem, { cause });
}

function asFetchError(url: URL, error: unknown, timeoutMs: number): AddArticleError {
  if (error instanceof AddArticleError) return error;
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return failure(
      url,
      `did not finish within ${timeoutMs / 1000} s; try again later, or save the page and add the file`,
      error,
    );
  }
  // fetch reports network failures as "fetch failed" with the system error (ECONNREFUSED, a TLS problem) as cause.
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  return failure(url, `could not be fetched (${describeError(cause)}); check the link opens in a browser`, error);
}
