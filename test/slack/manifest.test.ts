import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Manifest {
  features: {
    slash_commands: Array<{ command: string; should_escape: boolean }>;
    app_home: { messages_tab_enabled: boolean; home_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifestFile = new URL('../../adapters/slack/manifest.yaml', import.meta.url);
const manifest = parse(readFileSync(manifestFile, 'utf8')) as Manifest;

describe('Slack app manifest', () => {
  it('asks for exactly the scopes and events the adapter handles', () => {
    const scopes = manifest.oauth_config.scopes.bot.sort();
    expect(scopes).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history']);
    const events = manifest.settings.event_subscriptions.bot_events.sort();
    expect(events).toEqual(['app_home_opened', 'app_mention', 'message.im']);
  });

  it('registers /ask, the buttons, direct messages and the Home tab, in Socket Mode', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/ask']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
