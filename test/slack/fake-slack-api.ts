import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call the bot made, e.g. chat.postMessage with its decoded arguments. */
export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
}

/** One message the bot posted to a response_url (slash commands, button clicks). */
export interface ResponsePost {
  path: string;
  body: Record<string, unknown>;
}

/** The identity auth.test reports: the bot's user id and bot id. */
export const BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T0TEST' } as const;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// The Web API client sends form fields, JSON-encoding objects such as `blocks`; decode them back to values.
function decodeArgs(body: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/u.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

/**
 * A local stand-in for slack.com: serves the Web API under /api/ (pass `apiUrl` as Bolt's slackApiUrl) and
 * response URLs under /response/, recording every call so tests can assert on (and await) what the bot sent.
 */
export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponsePost[] = [];
  private readonly events = new EventEmitter();
  private readonly server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const body = await readBody(req);
      if (url.pathname.startsWith('/response/')) {
        this.responses.push({ path: url.pathname, body: JSON.parse(body) as Record<string, unknown> });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      } else {
        const method = url.pathname.replace(/^\/api\//u, '');
        const args = decodeArgs(body, req.headers['content-type']);
        this.calls.push({ method, args });
        const refused = this.acceptToken !== undefined && req.headers.authorization !== `Bearer ${this.acceptToken}`;
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(refused ? { ok: false, error: 'invalid_auth' } : this.reply(method, args)));
      }
      this.events.emit('recorded');
    })();
  });
  /** The websocket URL apps.connections.open hands out, for Socket Mode tests. */
  socketUrl = '';
  /** When set, every Web API call bearing another token is refused with `invalid_auth`, as Slack refuses a revoked one. */
  acceptToken: string | undefined;
  private origin = '';
  private ts = 1_700_000_000;

  /** Starts listening on an ephemeral loopback port. */
  async start(): Promise<void> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Stops listening. */
  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  /** The Web API base URL, for slackApiUrl / SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A response_url the bot can post to, unique per `id`. */
  responseUrl(id: string): string {
    return `${this.origin}/response/${id}`;
  }

  /** Calls to one method, optionally only those to one channel. */
  callsTo(method: string, channel?: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method && (channel === undefined || c.args.channel === channel));
  }

  /** Posts made to the response_url with this id. */
  responsesTo(id: string): ResponsePost[] {
    return this.responses.filter((r) => r.path === `/response/${id}`);
  }

  /** Resolves once `check()` returns something truthy, re-checking after every recorded request. */
  async until<T>(check: () => T | undefined | false): Promise<T> {
    for (;;) {
      const found = check();
      if (found) return found;
      await once(this.events, 'recorded');
    }
  }

  private reply(method: string, args: Record<string, unknown>): Record<string, unknown> {
    if (method === 'auth.test') {
      return {
        ok: true,
        url: 'https://test.slack.com/',
        team: 'Test',
        user: 'coverage-bot',
        team_id: BOT.teamId,
        user_id: BOT.userId,
        bot_id: BOT.botId,
      };
    }
    if (method === 'apps.connections.open') return { ok: true, url: this.socketUrl };
    if (method === 'chat.postMessage') {
      this.ts += 1;
      return {
        ok: true,
        channel: args.channel,
        ts: `${this.ts}.000100`,
        message: { ...args, ts: `${this.ts}.000100` },
      };
    }
    return { ok: true };
  }
}
