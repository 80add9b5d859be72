import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayIntentBits } from 'discord.js';
import { WebSocketServer, type WebSocket } from 'ws';

/** Fixed ids of the fake's application, bot user, guild, channel and human user. */
export const IDS = {
  application: '100000000000000001',
  bot: '100000000000000002',
  guild: '100000000000000003',
  channel: '100000000000000004',
  user: '100000000000000005',
  command: '100000000000000006',
} as const;

/** A token shaped like a real one, so config validation and redaction see what production sees. */
export const FAKE_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAy.GfAkEd.fake-token-for-loopback-tests-only';

type Json = Record<string, unknown>;

/** How the fake application is set up in its (imaginary) Developer Portal. */
export interface FakeDiscordOptions {
  /** Whether the privileged Message Content intent is enabled; when not, asking for it closes the gateway with 4014. */
  messageContentIntent?: boolean;
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

/** One gateway payload a client sent. */
export interface GatewayFrame {
  op: number;
  d: unknown;
}

const TIMESTAMP = '2020-06-10T12:00:00.000Z';
const PERMISSIONS = '2248473465835073';
/** The bot's own user, as READY announces it. */
export const BOT_USER = {
  id: IDS.bot, username: 'coverage-bot', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0,
};
// The human who asks and clicks in the tests.
const ASKER = { id: IDS.user, username: 'reporter', discriminator: '0', global_name: 'Reporter', avatar: null };
const CHANNEL = {
  id: IDS.channel, type: 0, guild_id: IDS.guild, name: 'newsroom', position: 0, permission_overwrites: [], nsfw: false,
  parent_id: null,
};

function member(user: Json): Json {
  return {
    user, roles: [], joined_at: TIMESTAMP, deaf: false, mute: false, flags: 0, pending: false, permissions: PERMISSIONS,
  };
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
  /** The URL of each gateway connection, query included. */
  readonly connections: URL[] = [];
  private readonly sockets = new Set<WebSocket>();
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

  /** Sends a dispatch (op 0) to every connected client. */
  dispatch(event: string, data: Json): void {
    for (const socket of this.sockets) this.send(socket, { op: 0, t: event, s: ++this.sequence, d: data });
  }

  /** Asks every client for an immediate heartbeat (op 1), as Discord may. */
  requestHeartbeat(): void {
    for (const socket of this.sockets) this.send(socket, { op: 1, d: null });
  }

  /** Dispatches a slash command from the asker; returns the interaction's token, which its responses' routes hold. */
  command(name: string, options: Record<string, string | boolean> = {}): string {
    const data = {
      id: IDS.command,
      name,
      type: 1,
      options: Object.entries(options)
        .map(([option, value]) => ({ name: option, type: typeof value === 'string' ? 3 : 5, value })),
    };
    return this.interaction(2, data);
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
      id, channel_id: IDS.channel, guild_id: IDS.guild, author, member: { ...member(author), user: undefined }, content,
      timestamp: TIMESTAMP, edited_timestamp: null, tts: false, mention_everyone: false,
      mentions: options.mentions ?? [],
      mention_roles: [], attachments: [], embeds: [], components: [], pinned: false, type: 0, flags: 0,
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

  private interaction(type: number, data: Json, extra: Json = {}): string {
    const id = this.snowflake();
    const token = `interaction-token-${id}`;
    this.dispatch('INTERACTION_CREATE', {
      id, token, type, data, application_id: IDS.application, version: 1, guild_id: IDS.guild, channel_id: IDS.channel,
      channel: CHANNEL, member: member(ASKER), app_permissions: PERMISSIONS, locale: 'en-US', guild_locale: 'en-US',
      entitlements: [], authorizing_integration_owners: { 0: IDS.guild }, context: 0, attachment_size_limit: 8388608,
      ...extra,
    });
    return token;
  }

  private onConnection(socket: WebSocket, request: IncomingMessage): void {
    this.connections.push(new URL(request.url ?? '/', `ws://${this.origin}`));
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as GatewayFrame;
      if (frame.op === 2) this.identify(socket, frame.d as { intents: number });
      // The session lives on: a resume replays nothing (the fake sent nothing while the client was away) and is
      // confirmed.
      if (frame.op === 6) this.send(socket, { op: 0, t: 'RESUMED', s: ++this.sequence, d: {} });
      if (frame.op === 1) this.send(socket, { op: 11 });
      this.frames.push(frame);
    });
    // A long interval: tests ask for heartbeats explicitly rather than waiting for one.
    this.send(socket, { op: 10, d: { heartbeat_interval: 45_000 } });
  }

  private identify(socket: WebSocket, identify: { intents: number }): void {
    if (identify.intents & GatewayIntentBits.MessageContent && this.options.messageContentIntent === false) {
      socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    this.ready(socket);
  }

  private ready(socket: WebSocket): void {
    this.send(socket, {
      op: 0, t: 'READY', s: ++this.sequence,
      d: {
        v: 10, user: BOT_USER, guilds: [{ id: IDS.guild, unavailable: true }], session_id: 'fake-session',
        resume_gateway_url: `ws://${this.origin}`, shard: [0, 1], application: { id: IDS.application, flags: 0 },
      },
    });
    this.send(socket, {
      op: 0, t: 'GUILD_CREATE', s: ++this.sequence,
      d: {
        id: IDS.guild, name: 'Newsroom', icon: null, owner_id: IDS.user, afk_channel_id: null, afk_timeout: 300,
        verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0, mfa_level: 0,
        nsfw_level: 0,
        roles: [{
          id: IDS.guild, name: '@everyone', color: 0, hoist: false, position: 0, permissions: PERMISSIONS,
          managed: false, mentionable: false, flags: 0,
        }],
        emojis: [], stickers: [], features: [], system_channel_id: null, system_channel_flags: 0,
        rules_channel_id: null,
        vanity_url_code: null, description: null, banner: null, premium_tier: 0, preferred_locale: 'en-US',
        public_updates_channel_id: null, premium_progress_bar_enabled: false, joined_at: TIMESTAMP, large: false,
        unavailable: false, member_count: 2, voice_states: [], members: [member(BOT_USER)], channels: [CHANNEL],
        threads: [], presences: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
      },
    });
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
      return [200, { url: `ws://${this.origin}`, shards: 1, session_start_limit: limit }];
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
    if ((method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path))
      || (method === 'POST' && /^\/channels\/\d+\/messages$/.test(path))) {
      return [200, this.message(body)];
    }
    const commands = /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/;
    if (method === 'PUT' && commands.test(path) && Array.isArray(request.body)) {
      const registered = (command: Json) =>
        ({ ...command, id: this.snowflake(), application_id: IDS.application, version: '1' });
      return [200, request.body.map(registered)];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  private message(body: Json, flags = 0): Json {
    const message: Json = {
      id: this.snowflake(), channel_id: IDS.channel, author: BOT_USER, content: body.content ?? '',
      timestamp: TIMESTAMP,
      edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [],
      embeds: body.embeds ?? [], components: body.components ?? [], pinned: false, type: 0,
      flags: Number(body.flags ?? 0) | flags,
    };
    this.messages.set(String(message.id), message);
    return message;
  }
}
