/**
 * A fake Discord for integration tests: REST over HTTP and the gateway over WebSocket, both on
 * 127.0.0.1. It speaks just enough of API v10 for discord.js 14 to log in, receive events and
 * answer, and records every REST request and gateway payload so tests assert on what the bot did.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const APP_ID = '900000000000000001';
export const BOT_ID = APP_ID;
export const GUILD_ID = '900000000000000100';
export const CHANNEL_ID = '900000000000000200';
export const ASK_CHANNEL_ID = '900000000000000201';
export const OTHER_CHANNEL_ID = '900000000000000202';
export const DM_CHANNEL_ID = '900000000000000300';
export const MOD_ROLE_ID = '900000000000000400';
/** Ten more text channels of the guild, for tests that spread traffic (load). */
export const EXTRA_CHANNEL_IDS: readonly string[] = Array.from({ length: 10 }, (_, i) => `9000000000000005${String(i).padStart(2, '0')}`);
/** A channel the bot can see but not post in: every message it sends there gets 403 Missing Permissions. */
export const READ_ONLY_CHANNEL_ID = '900000000000000600';

export interface RecordedRequest {
  method: string;
  /** Path after the API version, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  at: number;
}

/** A REST answer the fake gives instead of the normal one, to test how the bot copes. */
export interface Fault {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Discord's own answers for the faults the bot must survive. */
export const FAULTS = {
  serverError: { status: 500, body: { message: '500: Internal Server Error', code: 0 } },
  /** discord.js waits `retryAfterS` seconds and sends again. */
  rateLimited: (retryAfterS = 0.2): Fault => ({
    status: 429,
    headers: { 'retry-after': String(retryAfterS), 'x-ratelimit-scope': 'user' },
    body: { message: 'You are being rate limited.', retry_after: retryAfterS, global: false },
  }),
  /** The interaction's 3 s (or 15 min) window has passed. */
  unknownInteraction: { status: 404, body: { message: 'Unknown interaction', code: 10062 } },
  missingPermissions: { status: 403, body: { message: 'Missing Permissions', code: 50013 } },
} satisfies Record<string, Fault | ((...args: never[]) => Fault)>;

export interface GatewayPayload {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

let counter = 0n;
/** Snowflake-shaped ids, increasing. */
export const snowflake = (): string => (950000000000000000n + (counter += 1n)).toString();

const userObject = (u: FakeUser) => ({ id: u.id, username: u.username, discriminator: '0', global_name: u.username, avatar: null, bot: u.bot ?? false });

export const BOT_USER: FakeUser = { id: BOT_ID, username: 'article-bot', bot: true };

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Every payload the bot sent on the gateway (IDENTIFY, heartbeats, …). */
  readonly received: GatewayPayload[] = [];
  readonly sockets = new Set<WebSocket>();
  heartbeatIntervalMs = 400;
  #server: Server | undefined;
  #wss: WebSocketServer | undefined;
  #seq = 0;
  #waiters: Array<() => void> = [];
  #faults: Array<{ match: (r: RecordedRequest) => boolean; fault: Fault; left: number }> = [];
  #listeners: Array<(r: RecordedRequest) => void> = [];
  /** Faults given so far, in order, with the request each answered. */
  readonly faulted: Array<{ request: RecordedRequest; fault: Fault }> = [];

  get port(): number {
    return (this.#server?.address() as AddressInfo).port;
  }

  /** What DISCORD_API_URL should be: discord.js appends `/v10`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#wss = new WebSocketServer({ server: this.#server });
    this.#wss.on('connection', (socket, req) => this.#connect(socket, req));
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((resolve) => this.#wss?.close(() => resolve()));
    await new Promise<void>((resolve) => {
      this.#server?.closeAllConnections();
      this.#server?.close(() => resolve());
    });
  }

  #changed(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves with the first value `find` returns (checked now and on every new request or payload). */
  async waitFor<T>(find: () => T | undefined, timeoutMs = 5000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 5000, what = 'a REST request'): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(match), timeoutMs, what);
  }

  /** The next `times` REST requests that `match` accepts get `fault` instead of their normal answer. */
  injectFault(match: (r: RecordedRequest) => boolean, fault: Fault, times = 1): void {
    this.#faults.push({ match, fault, left: times });
  }

  /** Calls `listener` with every REST request as it arrives (cheaper than polling for big tests). */
  onRequest(listener: (r: RecordedRequest) => void): void {
    this.#listeners.push(listener);
  }

  #faultFor(r: RecordedRequest): Fault | undefined {
    const entry = this.#faults.find((f) => f.left > 0 && f.match(r));
    if (!entry) return undefined;
    entry.left -= 1;
    this.faulted.push({ request: r, fault: entry.fault });
    return entry.fault;
  }

  // ---- REST ----

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api(?:\/v\d+)?/, '');
    let body: unknown = raw;
    if (raw && String(req.headers['content-type'] ?? '').includes('json')) body = JSON.parse(raw) as unknown;
    const record: RecordedRequest = { method: req.method ?? 'GET', path, query: url.searchParams, headers: req.headers, body, at: Date.now() };
    this.requests.push(record);
    const fault = this.#faultFor(record);
    const [status, payload] = fault ? [fault.status, fault.body ?? null] : this.#route(record);
    if (status === 204) res.writeHead(204).end();
    else res.writeHead(status, { 'content-type': 'application/json', ...(fault?.headers ?? {}) }).end(JSON.stringify(payload));
    for (const listener of this.#listeners) listener(record);
    this.#changed();
  }

  #message(channelId: string, body: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    return {
      id: snowflake(),
      channel_id: channelId,
      author: userObject(BOT_USER),
      content: typeof body.content === 'string' ? body.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      components: Array.isArray(body.components) ? body.components : [],
      pinned: false,
      type: body.message_reference ? 19 : 0,
      flags: typeof body.flags === 'number' ? body.flags : 0,
      ...extra,
    };
  }

  #route(r: RecordedRequest): [number, unknown] {
    const body = (r.body && typeof r.body === 'object' ? r.body : {}) as Record<string, unknown>;
    const m = (pattern: RegExp) => pattern.exec(r.path);
    if (r.method === 'GET' && r.path === '/gateway/bot') {
      return [200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 3_600_000, max_concurrency: 1 } }];
    }
    if (r.method === 'GET' && r.path === '/gateway') return [200, { url: this.gatewayUrl }];
    if (r.method === 'GET' && r.path === '/users/@me') return [200, userObject(BOT_USER)];
    if (r.method === 'POST' && m(/^\/interactions\/\d+\/[^/]+\/callback$/)) {
      if (r.query.get('with_response') === 'true') return [200, { interaction: { id: snowflake(), type: 2 }, resource: { type: body.type } }];
      return [204, null];
    }
    const webhook = m(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/);
    if (webhook) {
      if (r.method === 'PATCH' || r.method === 'POST') return [200, this.#message(CHANNEL_ID, body, { webhook_id: webhook[1], application_id: APP_ID })];
      if (r.method === 'DELETE') return [204, null];
    }
    const channel = m(/^\/channels\/(\d+)\/messages$/);
    if (channel && r.method === 'POST' && channel[1] === READ_ONLY_CHANNEL_ID) return [FAULTS.missingPermissions.status, FAULTS.missingPermissions.body];
    if (channel && r.method === 'POST') return [200, this.#message(channel[1], body)];
    if (r.method === 'POST' && m(/^\/channels\/\d+\/typing$/)) return [204, null];
    if (r.method === 'PUT' && m(/^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/)) {
      const list = Array.isArray(r.body) ? (r.body as Record<string, unknown>[]) : [];
      return [200, list.map((c) => ({ ...c, id: snowflake(), application_id: APP_ID, version: snowflake() }))];
    }
    return [404, { message: `fake Discord has no route ${r.method} ${r.path}`, code: 0 }];
  }

  // ---- gateway ----

  #connect(socket: WebSocket, req: IncomingMessage): void {
    this.sockets.add(socket);
    this.requests.push({ method: 'WS', path: req.url ?? '/', query: new URL(req.url ?? '/', 'http://x').searchParams, headers: req.headers, body: null, at: Date.now() });
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('message', (data) => {
      const payload = JSON.parse(String(data)) as GatewayPayload;
      this.received.push(payload);
      this.#onPayload(socket, payload);
      this.#changed();
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null }));
  }

  #send(socket: WebSocket, t: string, d: unknown): void {
    this.#seq += 1;
    socket.send(JSON.stringify({ op: 0, t, s: this.#seq, d }));
  }

  #onPayload(socket: WebSocket, p: GatewayPayload): void {
    if (p.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
    else if (p.op === 2) {
      this.#send(socket, 'READY', {
        v: 10,
        user: { ...userObject(BOT_USER), verified: true, mfa_enabled: false, flags: 0 },
        guilds: [{ id: GUILD_ID, unavailable: true }],
        session_id: 'fake-session',
        resume_gateway_url: this.gatewayUrl,
        shard: [0, 1],
        application: { id: APP_ID, flags: 0 },
        private_channels: [],
        relationships: [],
        presences: [],
        user_settings: {},
        guild_join_requests: [],
      });
      this.#send(socket, 'GUILD_CREATE', this.#guild());
    } else if (p.op === 6) {
      this.#send(socket, 'RESUMED', {});
    }
  }

  #guild() {
    const now = new Date().toISOString();
    const text = (id: string, name: string, position: number) => ({ id, type: 0, name, position, guild_id: GUILD_ID, permission_overwrites: [], nsfw: false, topic: null, parent_id: null, last_message_id: null, rate_limit_per_user: 0 });
    return {
      id: GUILD_ID,
      name: 'Fake News Readers',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: '900000000000009999',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        { id: GUILD_ID, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '1024', managed: false, mentionable: false, flags: 0 },
        { id: MOD_ROLE_ID, name: 'mods', color: 0, hoist: false, position: 1, permissions: '1024', managed: false, mentionable: true, flags: 0 },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: now,
      large: false,
      unavailable: false,
      member_count: 3,
      voice_states: [],
      members: [{ user: userObject(BOT_USER), roles: [], joined_at: now, deaf: false, mute: false, flags: 0 }],
      channels: [
        text(CHANNEL_ID, 'general', 0),
        text(ASK_CHANNEL_ID, 'ask-the-article', 1),
        text(OTHER_CHANNEL_ID, 'off-topic', 2),
        text(READ_ONLY_CHANNEL_ID, 'announcements', 3),
        ...EXTRA_CHANNEL_IDS.map((id, i) => text(id, `reading-room-${i + 1}`, 4 + i)),
      ],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /**
   * Drops every gateway connection as Discord does when it restarts a node: close code 4000 lets
   * the bot resume its session (op 6, answered with RESUMED); the bot has to reconnect by itself.
   */
  disconnect(code = 4000): void {
    for (const s of this.sockets) s.close(code, 'fake Discord dropped the connection');
  }

  /** Tells every connected bot its session is gone (op 9, not resumable): it must IDENTIFY again. */
  invalidateSession(): void {
    for (const s of this.sockets) s.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
  }

  /** Sends a dispatch event to every connected bot. */
  dispatch(t: string, d: unknown): void {
    for (const s of this.sockets) this.#send(s, t, d);
  }

  // ---- event builders ----

  #member(user: FakeUser, permissions: bigint, roles: string[]) {
    return { user: userObject(user), roles, permissions: permissions.toString(), joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, pending: false };
  }

  #interactionBase(type: number, user: FakeUser, opts: { permissions?: bigint; roles?: string[]; channelId?: string; dm?: boolean }) {
    const id = snowflake();
    const channelId = opts.dm ? DM_CHANNEL_ID : (opts.channelId ?? CHANNEL_ID);
    return {
      id,
      application_id: APP_ID,
      type,
      token: `itoken-${id}`,
      version: 1,
      channel_id: channelId,
      channel: opts.dm ? { id: channelId, type: 1, recipients: [userObject(user)] } : { id: channelId, type: 0, guild_id: GUILD_ID, name: 'general' },
      ...(opts.dm
        ? { user: userObject(user), context: 1 }
        : { guild_id: GUILD_ID, member: this.#member(user, opts.permissions ?? 1024n, opts.roles ?? []), context: 0 }),
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID },
      attachment_size_limit: 10_485_760,
    };
  }

  /** A slash command; returns the interaction so tests can find the callback for its id. */
  slash(name: string, options: { name: string; type: number; value: string | boolean }[], user: FakeUser, opts: { permissions?: bigint; roles?: string[]; dm?: boolean; channelId?: string } = {}) {
    const interaction = { ...this.#interactionBase(2, user, opts), data: { id: snowflake(), name, type: 1, options, guild_id: opts.dm ? undefined : GUILD_ID } };
    this.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  }

  autocomplete(name: string, focused: { name: string; value: string }, user: FakeUser) {
    const interaction = { ...this.#interactionBase(4, user, {}), data: { id: snowflake(), name, type: 1, options: [{ name: focused.name, type: 3, value: focused.value, focused: true }] } };
    this.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  }

  button(customId: string, user: FakeUser, message: Record<string, unknown> = {}) {
    const interaction = {
      ...this.#interactionBase(3, user, {}),
      data: { custom_id: customId, component_type: 2 },
      message: this.#message(CHANNEL_ID, message),
    };
    this.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  }

  /** A message typed by `author`; `mentions` are the users it mentions. */
  message(content: string, author: FakeUser, opts: { channelId?: string; dm?: boolean; mentions?: FakeUser[] } = {}) {
    const now = new Date().toISOString();
    const message = {
      id: snowflake(),
      channel_id: opts.dm ? DM_CHANNEL_ID : (opts.channelId ?? CHANNEL_ID),
      ...(opts.dm ? {} : { guild_id: GUILD_ID, member: { roles: [], joined_at: now, deaf: false, mute: false, flags: 0 } }),
      author: userObject(author),
      content,
      timestamp: now,
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: (opts.mentions ?? []).map(userObject),
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
    };
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }
}
