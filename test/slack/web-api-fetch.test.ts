import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { webApiFetch } from '../../adapters/slack/web-api-fetch.ts';
import { FakeSlackApi } from './fake-slack-api.ts';

let api: FakeSlackApi | undefined;
let server: Server | undefined;
const agent = new Agent();
afterEach(async () => {
  await api?.close();
  server?.close();
  api = undefined;
  server = undefined;
});

/** A server answering each request with `reply(path)`: status, headers and body; resolves with its origin. */
async function serve(reply: (path: string) => [number, Record<string, string>, string?]): Promise<string> {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const [status, headers, body] = reply(req.url ?? '/');
      res.writeHead(status, headers).end(body ?? '');
    });
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the Web API client’s fetch', () => {
  it('carries a WebClient call (form-encoded blocks, bearer token) and its JSON result', async () => {
    api = new FakeSlackApi();
    api.acceptToken = 'xoxb-good';
    await api.start();
    const client = new webApi.WebClient('xoxb-good', { slackApiUrl: api.apiUrl, fetch: webApiFetch(agent) });
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'An *answer* [1]' } }];
    const result = await client.chat.postMessage({ channel: 'C1', thread_ts: '1.2', text: 'An answer', blocks });
    expect(result.ok).toBe(true);
    expect(result.ts).toMatch(/^\d+\.000100$/u);
    expect(api.callsTo('chat.postMessage')[0]?.args).toMatchObject({ channel: 'C1', thread_ts: '1.2', blocks });
  });

  it('passes on the headers WebClient reads: a Retry-After reaches its rate-limit handling', async () => {
    const origin = await serve(() => [429, { 'retry-after': '7', 'content-type': 'application/json' }, '{"ok":false}']);
    const client = new webApi.WebClient('xoxb', {
      slackApiUrl: `${origin}/api/`,
      fetch: webApiFetch(agent),
      rejectRateLimitedCalls: true,
    });
    await expect(client.chat.postMessage({ channel: 'C1', text: 'hi' })).rejects.toMatchObject({
      code: webApi.ErrorCode.RateLimitedError,
      retryAfter: 7,
    });
  });

  it('answers as fetch does: ok and status text, headers, the body as text, JSON or bytes', async () => {
    const origin = await serve(() => [404, { 'x-oauth-scopes': 'chat:write' }, '{"gone":true}']);
    const response = await webApiFetch(agent)(`${origin}/response/1`, { method: 'POST', body: '{}' });
    expect(response).toMatchObject({ ok: false, status: 404, statusText: 'Not Found', url: `${origin}/response/1` });
    expect(response.headers.get('x-oauth-scopes')).toBe('chat:write');
    expect(await response.json()).toEqual({ gone: true });
    expect(await response.text()).toBe('{"gone":true}');
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe('{"gone":true}');
  });

  it('follows a redirect by default, as respond() expects, and not when the client asks for none', async () => {
    const origin = await serve((path) => (path === '/moved' ? [200, {}, 'here'] : [302, { location: '/moved' }]));
    const fetch = webApiFetch(agent);
    expect(await (await fetch(`${origin}/start`, { method: 'POST', body: '{}' })).text()).toBe('here');
    const unfollowed = await fetch(`${origin}/start`, { method: 'POST', body: 'a=1', redirect: 'error' });
    expect(unfollowed.status).toBe(302);
  });
});
