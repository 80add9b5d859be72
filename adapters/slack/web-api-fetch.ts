/** How the Slack adapter's Web API client and `respond()` send their requests. */
import { STATUS_CODES } from 'node:http';
import type { webApi } from '@slack/bolt';
import { Agent, type Dispatcher, request } from 'undici';

// As fetch does: "follow" (the default) follows up to 20 redirects; "error" and "manual" return the redirect itself.
const REDIRECTS = 20;

/**
 * A `fetch` for Bolt (`clientOptions.fetch`: every Web API call and `respond()`) over undici's `request`, on
 * keep-alive connections. Every reply the bot posts is one such call, and Node's built-in fetch builds WHATWG streams,
 * a Request and a Response around each: on a busy bot that costs the thread that acks events several times what the
 * request itself does. A FormData body (a file upload, which the bot never makes) goes through the built-in fetch.
 */
export function webApiFetch(dispatcher: Dispatcher = new Agent()): webApi.FetchFunction {
  return async (url, init = {}) => {
    if (init.body !== undefined && typeof init.body !== 'string') return fetch(url, init);
    const response = await request(url, {
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: init.headers,
      body: init.body,
      signal: init.signal,
      maxRedirections: (init.redirect ?? 'follow') === 'follow' ? REDIRECTS : 0,
      dispatcher,
    });
    const bytes = Buffer.from(await response.body.arrayBuffer());
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      for (const one of typeof value === 'string' ? [value] : (value ?? [])) headers.append(name, one);
    }
    const { statusCode: status } = response;
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: STATUS_CODES[status] ?? '',
      url: String(url),
      headers,
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      text: async () => bytes.toString('utf8'),
      json: async () => JSON.parse(bytes.toString('utf8')),
    };
  };
}
