/** The guilds, channels and members the fake Discord describes, and which shard each guild belongs to. */

/** Fixed ids of the fake's application, bot user, guild, channel and human user. */
export const IDS = {
  application: '100000000000000001',
  bot: '100000000000000002',
  guild: '100000000000000003',
  channel: '100000000000000004',
  user: '100000000000000005',
  command: '100000000000000006',
} as const;

type Json = Record<string, unknown>;

/** When the fake's guilds were created and joined. */
export const TIMESTAMP = '2020-06-10T12:00:00.000Z';
/** The permissions the bot and the asker have everywhere. */
export const PERMISSIONS = '2248473465835073';

/** The bot's own user, as READY announces it. */
export const BOT_USER = {
  id: IDS.bot,
  username: 'coverage-bot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
  flags: 0,
};

/** The human who asks and clicks in the tests. */
export const ASKER = { id: IDS.user, username: 'reporter', discriminator: '0', global_name: 'Reporter', avatar: null };

/** A guild member wrapping `user`. */
export function member(user: Json): Json {
  return {
    user,
    roles: [],
    joined_at: TIMESTAMP,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    permissions: PERMISSIONS,
  };
}

/** The one text channel of a guild: its id is the guild's plus one (IDS.channel for IDS.guild). */
export function channelOf(guild: string): Json {
  return {
    id: String(BigInt(guild) + 1n),
    type: 0,
    guild_id: guild,
    name: 'newsroom',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
  };
}

/** The shard Discord routes a guild's events to: (guild_id >> 22) % shard count. */
export function shardOfGuild(guild: string, shardCount: number): number {
  return Number((BigInt(guild) >> 22n) % BigInt(shardCount));
}

/** A guild id that shard `shard` of `shardCount` receives, the n-th such after IDS.guild. */
export function guildOnShard(shard: number, shardCount: number, n = 0): string {
  const base = BigInt(IDS.guild) >> 22n;
  const offset = (BigInt(shard) - (base % BigInt(shardCount)) + BigInt(shardCount)) % BigInt(shardCount);
  return String(BigInt(IDS.guild) + ((offset + BigInt(n * shardCount)) << 22n));
}

/** GUILD_CREATE for one guild the bot is in, with its channel and the bot as a member. */
export function guildCreate(guild: string): Json {
  return {
    id: guild,
    name: 'Newsroom',
    icon: null,
    owner_id: IDS.user,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    roles: [
      {
        id: guild,
        name: '@everyone',
        color: 0,
        hoist: false,
        position: 0,
        permissions: PERMISSIONS,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    premium_progress_bar_enabled: false,
    joined_at: TIMESTAMP,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [member(BOT_USER)],
    channels: [channelOf(guild)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
