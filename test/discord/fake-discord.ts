import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayIntentBits } from 'discord.js';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  ASKER,
  BOT_USER,
  channelOf,
  guildCreate,
  IDS,
  member,
  PERMISSIONS,
  shardOfGuild,
  TIMESTAMP,
} from './fake-guilds.ts';

export { BOT_USER, guildOnShard, IDS } from './fake-guilds.ts';

/** A token shaped like a real one, so config validation and redaction see what production sees. */
export const FAKE_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAy.GfAkEd.fake-token-for-loopback-tests-only';

type Json = Record<string, unknown>;

/** How the fake application is set up in its (imaginary) Developer Portal. */
export interface FakeDiscordOptions {
  /** Whether the privileged Message Content intent is enabled; when not, asking for it closes the gateway with 4014. */
  messageContentIntent?: boolean;
  /** The guilds the bot is in (default: IDS.guild alone). */
  guilds?: string[];
  /** How many shards GET /gateway/bot recommends (default 1). */
  shards?: number;
}

/** One REST call the fake received; `path` is relative to /api/v10. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
  /** What the fake answered (null for 204s). */
  response: unknown;
}

/** One dispatch the fake sent, and the shard of the connection it went to. */
export interface Delivery {
  event: string;
  shard: number;
  data: Json;
}

/** One gateway payload a client sent. */
export interface GatewayFrame {
  op: number;
  d: unknown;
}

/** A log tests can await: `waitFor` resolves with the first match, recorded or still to come; nothing sleeps. */
class Recorder<T> {
  readonly items: T[] = [];
  private waiters: Array<{ match: (item: T) => boolean; resolve: (item: T) => void }> = [];

  push(item: T): void {
    this.items.push(item);
    const ready = this.waiters.filter((waiter) => waiter.match(item));
    this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.resolve(item);
  }

  waitFor(match: (item: T) => boolean): Promise<T> {
    const found = this.items.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }
}

/**
 * A small Discord for loopback tests: REST under /api/v10 (gateway discovery, interaction callbacks, webhook
 * edits and follow-ups, channel messages, command registration) and a gateway WebSocket speaking HELLO, IDENTIFY,
 * READY, GUILD_CREATE, RESUME / RESUMED, heartbeat ACK and dispatches as uncompressed JSON text frames. Every request
 * is recorded.
 */
export class FakeDiscord {
  readonly requests = new Recorder<RecordedRequest>();
  readonly frames = new Recorder<GatewayFrame>();
  /** Every dispatch, with the shard that received it, as Discord routes them: a guild's events to its shard. */
  readonly deliveries = new Recorder<Delivery>();
  /** The URL of each gateway connection, query included. */
  readonly connections: URL[] = [];
  private readonly sockets = new Set<WebSocket>();
  // Each connection's [shard id, shard count], as it identified; [0, 1] until then.
  private readonly shardOf = new Map<WebSocket, [number, number]>();
  private readonly messages = new Map<string, Json>();
  // The flags each interaction's response was deferred with: Discord gives the @original message those flags
  // (ephemeral).
  private readonly deferredFlags = new Map<string, number>();
  private nextId = 200000000000000000n;
  private sequence = 0;

  private constructor(
    private readonly server: Server,
    private readonly gateway: WebSocketServer,
    private readonly options: FakeDiscordOptions,
  ) {}

  /** Starts the fake on a free port of 127.0.0.1. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const fake = new FakeDiscord(server, new WebSocketServer({ server }), options);
    server.on('request', (request, response) => void fake.onRequest(request, response));
    fake.gateway.on('connection', (socket, request) => fake.onConnection(socket, request));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  private get origin(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The REST base to give discord.js as `rest.api` (the version is appended by the client). */
  get apiUrl(): string {
    return `http://${this.origin}/api`;
  }

  /** Waits for a REST call matching `match`, including ones already received. */
  waitForRequest(match: (request: RecordedRequest) => boolean): Promise<RecordedRequest> {
    return this.requests.waitFor(match);
  }

  /** Sends a dispatch (op 0) to the connections of the shard its guild belongs to (shard 0 without a guild). */
  dispatch(event: string, data: Json): void {
    for (const socket of this.sockets) {
      const [shard, count] = this.shardOf.get(socket) ?? [0, 1];
      if ((typeof data.guild_id === 'string' ? shardOfGuild(data.guild_id, count) : 0) !== shard) continue;
      this.send(socket, { op: 0, t: event, s: ++this.sequence, d: data });
      this.deliveries.push({ event, shard, data });
    }
  }

  /** Asks every client for an immediate heartbeat (op 1), as Discord may. */
  requestHeartbeat(): void {
    for (const socket of this.sockets) this.send(socket, { op: 1, d: null });
  }

  /**
   * Dispatches a slash command from the asker (in IDS.guild unless told); returns the interaction's token, which its
   * responses' routes hold.
   */
  command(name: string, options: Record<string, string | boolean> = {}, guild: string = IDS.guild): string {
    const data = {
      id: IDS.command,
      name,
      type: 1,
      options: Object.entries(options).map(([option, value]) => ({
        name: option,
        type: typeof value === 'string' ? 3 : 5,
        value,
      })),
    };
    return this.interaction(2, data, {}, guild);
  }

  /**
   * Dispatches a recorded INTERACTION_CREATE payload (test/fixtures/discord) under a fresh id and token; returns the
   * token, which the routes of its responses contain.
   */
  dispatchInteraction(recorded: Json): string {
    const id = this.snowflake();
    const token = `interaction-token-${id}`;
    this.dispatch('INTERACTION_CREATE', { ...recorded, id, token });
    return token;
  }

  /** Dispatches a recorded MESSAGE_CREATE payload under a fresh id; returns that id. */
  dispatchMessage(recorded: Json): string {
    const id = this.snowflake();
    this.dispatch('MESSAGE_CREATE', { ...recorded, id });
    return id;
  }

  /** Dispatches a click on a button of a message the bot sent (as the fake recorded it). */
  click(messageId: string, customId: string): string {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`the bot sent no message ${messageId}`);
    return this.interaction(3, { custom_id: customId, component_type: 2 }, { message });
  }

  /** Dispatches a channel message from a user (the asker by default) mentioning the given users; returns its id. */
  postMessage(content: string, options: { mentions?: Json[]; author?: Json } = {}): string {
    const id = this.snowflake();
    const author = options.author ?? ASKER;
    this.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: IDS.channel,
      guild_id: IDS.guild,
      author,
      member: { ...member(author), user: undefined },
      content,
      timestamp: TIMESTAMP,
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: options.mentions ?? [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    });
    return id;
  }

  /**
   * Drops every gateway connection, as Discord or the network may: with a close frame carrying `code` (4000, "unknown
   * error", invites a resume), or without one (a dead connection, which the client sees as 1006).
   */
  drop(code?: number): void {
    for (const socket of this.sockets) {
      if (code === undefined) socket.terminate();
      else socket.close(code, 'Dropped by the fake');
    }
  }

  /** Stops the gateway and the HTTP server, dropping any open connections. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private snowflake(): string {
    return String(this.nextId++);
  }

  private send(socket: WebSocket, payload: Json): void {
    socket.send(JSON.stringify(payload));
  }

  private interaction(type: number, data: Json, extra: Json = {}, guild: string = IDS.guild): string {
    const id = this.snowflake();
    const token = `interaction-token-${id}`;
    const channel = channelOf(guild);
    this.dispatch('INTERACTION_CREATE', {
      id,
      token,
      type,
      data,
      application_id: IDS.application,
      version: 1,
      guild_id: guild,
      channel_id: channel.id,
      channel,
      member: member(ASKER),
      app_permissions: PERMISSIONS,
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { 0: guild },
      context: 0,
      attachment_size_limit: 8388608,
      ...extra,
    });
    return token;
  }

  private onConnection(socket: WebSocket, request: IncomingMessage): void {
    this.connections.push(new URL(request.url ?? '/', `ws://${this.origin}`));
    this.sockets.add(socket);
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.shardOf.delete(socket);
    });
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as GatewayFrame;
      if (frame.op === 2) this.identify(socket, frame.d as { intents: number; shard?: [number, number] });
      // The session lives on: a resume replays nothing (the fake sent nothing while the client was away) and is
      // confirmed.
      if (frame.op === 6) this.send(socket, { op: 0, t: 'RESUMED', s: ++this.sequence, d: {} });
      if (frame.op === 1) this.send(socket, { op: 11 });
      this.frames.push(frame);
    });
    // A long interval: tests ask for heartbeats explicitly rather than waiting for one.
    this.send(socket, { op: 10, d: { heartbeat_interval: 45_000 } });
  }

  private identify(socket: WebSocket, identify: { intents: number; shard?: [number, number] }): void {
    if (identify.intents & GatewayIntentBits.MessageContent && this.options.messageContentIntent === false) {
      socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    this.shardOf.set(socket, identify.shard ?? [0, 1]);
    this.ready(socket);
  }

  private ready(socket: WebSocket): void {
    const shard = this.shardOf.get(socket) ?? [0, 1];
    const guilds = (this.options.guilds ?? [IDS.guild]).filter((guild) => shardOfGuild(guild, shard[1]) === shard[0]);
    this.send(socket, {
      op: 0,
      t: 'READY',
      s: ++this.sequence,
      d: {
        v: 10,
        user: BOT_USER,
        guilds: guilds.map((id) => ({ id, unavailable: true })),
        session_id: 'fake-session',
        resume_gateway_url: `ws://${this.origin}`,
        shard,
        application: { id: IDS.application, flags: 0 },
      },
    });
    for (const guild of guilds) {
      this.send(socket, { op: 0, t: 'GUILD_CREATE', s: ++this.sequence, d: guildCreate(guild) });
    }
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', `http://${this.origin}`);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ''),
      authorization: request.headers.authorization,
      body: text ? (JSON.parse(text) as unknown) : null,
      response: null,
    };
    const [status, body] = this.route(recorded);
    recorded.response = body ?? null;
    response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    response.end(body === undefined ? undefined : JSON.stringify(body));
    // Recorded after answering, so a test that saw the request also sees the bot get its response.
    this.requests.push(recorded);
  }

  private route(request: RecordedRequest): [number, unknown?] {
    const { method, path } = request;
    const body = (request.body ?? {}) as Json;
    // Interaction routes carry no Authorization header; every other call must bear the one valid token.
    if (request.authorization !== undefined && request.authorization !== `Bot ${FAKE_TOKEN}`) {
      return [401, { message: '401: Unauthorized', code: 0 }];
    }
    if (method === 'GET' && path === '/gateway/bot') {
      const limit = { total: 1000, remaining: 999, reset_after: 60_000, max_concurrency: 1 };
      return [200, { url: `ws://${this.origin}`, shards: this.options.shards ?? 1, session_start_limit: limit }];
    }
    if (method === 'GET' && path === '/users/@me') return [200, BOT_USER];
    const callback = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(path);
    if (method === 'POST' && callback) {
      const data = body.data as Json | undefined;
      this.deferredFlags.set(callback[1]!, Number(data?.flags ?? 0));
      return [204];
    }
    const original = /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/.exec(path);
    if (method === 'PATCH' && original) return [200, this.message(body, this.deferredFlags.get(original[1]!))];
    if (method === 'DELETE' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) return [204];
    if (
      (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) ||
      (method === 'POST' && /^\/channels\/\d+\/messages$/.test(path))
    ) {
      return [200, this.message(body)];
    }
    const commands = /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/;
    if (method === 'PUT' && commands.test(path) && Array.isArray(request.body)) {
      const registered = (command: Json) => ({
        ...command,
        id: this.snowflake(),
        application_id: IDS.application,
        version: '1',
      });
      return [200, request.body.map(registered)];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  private message(body: Json, flags = 0): Json {
    const message: Json = {
      id: this.snowflake(),
      channel_id: IDS.channel,
      author: BOT_USER,
      content: body.content ?? '',
      timestamp: TIMESTAMP,
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      pinned: false,
      type: 0,
      flags: Number(body.flags ?? 0) | flags,
    };
    this.messages.set(String(message.id), message);
    return message;
  }
}
