import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ActionId } from '../../src/core/conversation/actions.ts';
import type { RequestFormReply, RequestReply } from '../../src/core/conversation/replies.ts';
import { botScopes, slackRedirectPath } from '../../src/slack/install-routes.ts';
import { registerListeners } from '../../src/slack/listeners/index.ts';
import { renderAnswer } from '../../src/slack/render/answer.ts';
import { renderRequestForm } from '../../src/slack/render/form.ts';
import { HomePageActionId, renderHome } from '../../src/slack/render/home.ts';
import { renderDecisionModal } from '../../src/slack/render/modal.ts';
import { renderReply } from '../../src/slack/render/reply.ts';
import { renderRequest } from '../../src/slack/render/request.ts';
import type { SlackContext } from '../../src/slack/slack-context.ts';
import { allsortsAnswers, conversationFixture } from '../support/conversation-fixture.ts';
import { actionIdsOf } from './support/blocks-query.ts';

const root = path.join(import.meta.dirname, '../..');

const manifestSchema = z.object({
  display_information: z.object({
    name: z.string().min(1).max(35),
    description: z.string().max(140),
    long_description: z.string().min(175).max(4000).optional(),
  }),
  features: z.object({
    app_home: z.object({
      home_tab_enabled: z.literal(true),
      messages_tab_enabled: z.literal(true),
      messages_tab_read_only_enabled: z.literal(false),
    }),
    bot_user: z.object({ display_name: z.string().min(1).max(80), always_online: z.boolean() }),
    slash_commands: z.array(
      z.object({
        command: z.string().regex(/^\/[a-z0-9_-]{1,31}$/),
        url: z.url(),
        description: z.string().min(1).max(2000),
        usage_hint: z.string().max(1000).optional(),
        should_escape: z.boolean(),
      }),
    ),
  }),
  oauth_config: z.object({
    redirect_urls: z.array(z.url()).min(1),
    scopes: z.strictObject({ bot: z.array(z.string()) }),
  }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: z.url(), bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.literal(true), request_url: z.url() }),
    socket_mode_enabled: z.boolean(),
  }),
});

const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(root, 'manifests/slack.json'), 'utf8')));

/** What registerListeners actually registers, read from a recording stand-in for Bolt's App. */
function registered() {
  const seen = { commands: [] as string[], events: [] as string[], actions: [] as string[], views: [] as string[] };
  const app = {
    command: (name: string) => seen.commands.push(name),
    event: (name: string) => seen.events.push(name),
    action: (id: string) => seen.actions.push(id),
    view: (id: string) => seen.views.push(id),
  };
  registerListeners(app as unknown as App, {} as SlackContext);
  return seen;
}

/** Every action id and callback id the blocks can emit, from real core replies. */
async function emitted() {
  const { conversation } = await conversationFixture();
  const sam = { org: 'allsorts', person: { platform: 'playground' as const, userId: 'sam' } };
  const answer = conversation.ask(sam, 'Can I text this young person?');
  if (answer.kind !== 'answer') throw new Error('expected an answer');
  const single = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
  const vote = await conversation.submitRequest(sam, 'trustee-contact', allsortsAnswers['trustee-contact']);
  if (!single.ok || !vote.ok) throw new Error('submit failed');
  const views = [
    await conversation.requestView(single.request.id, { platform: 'playground', userId: 'alex' }),
    await conversation.requestView(single.request.id, sam.person),
    await conversation.requestView(vote.request.id, 'channel'),
  ] as RequestReply[];
  const form = conversation.requestForm('allsorts', 'photos') as RequestFormReply;
  const alexHome = await conversation.home({ org: 'allsorts', person: { platform: 'playground', userId: 'alex' } });
  const blocks = [
    renderAnswer(answer, { share: { share: 'AAAAAAAAAAAAAAAA', key: 'k'.repeat(43) } }).blocks,
    ...views.map((view) => renderRequest(view).blocks),
    renderReply(conversation.flowMenu('allsorts')).blocks,
    renderHome(await conversation.home({ org: 'allsorts', person: { platform: 'playground', userId: 'alex' } })).blocks,
    // A Home tab with more awaiting than one page holds: its Previous / Next buttons.
    renderHome({ ...alexHome, awaiting: Array.from({ length: 9 }, () => alexHome.awaiting[0]!) }, undefined, 1).blocks,
  ];
  return {
    actions: new Set(blocks.flatMap((b) => actionIdsOf(b))),
    callbacks: new Set([
      renderRequestForm(form).callback_id,
      renderDecisionModal(ActionId.approve, { request: 'x' }).callback_id,
    ]),
  };
}

describe('manifests/slack.json', () => {
  it('declares the bot user, the Home and Messages tabs, /policy and /request, the events and interactivity', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/policy', '/request']);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'app_uninstalled',
      'message.im',
      'tokens_revoked',
    ]);
    // The install flow's redirect comes back to /slack/oauth_redirect.
    expect(manifest.oauth_config.redirect_urls.map((url) => new URL(url).pathname)).toEqual([slackRedirectPath]);
    for (const url of [
      manifest.settings.interactivity.request_url,
      manifest.settings.event_subscriptions.request_url,
      ...manifest.features.slash_commands.map((c) => c.url),
    ]) {
      expect(new URL(url).pathname).toBe('/slack/events');
    }
  });

  it('asks for least-privilege bot scopes only, each justified in docs/slack.md', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'app_mentions:read',
      'chat:write',
      'commands',
      'im:history',
      'im:write',
    ]);
    // The install flow asks for exactly these.
    expect([...botScopes].sort()).toEqual(manifest.oauth_config.scopes.bot.sort());
    const guide = readFileSync(path.join(root, 'docs/slack.md'), 'utf8');
    for (const scope of manifest.oauth_config.scopes.bot)
      expect(guide).toMatch(new RegExp(`\\|\\s*\`${scope}\`\\s*\\|[^|\\n]{20,}\\|`));
  });

  it('has a listener for every slash command and event in the manifest, and nothing else', () => {
    const seen = registered();
    expect(seen.commands.sort()).toEqual(manifest.features.slash_commands.map((c) => c.command).sort());
    // `message.im` is delivered as a `message` event with channel_type "im".
    const events = manifest.settings.event_subscriptions.bot_events.map((event) => event.split('.')[0]!);
    expect(seen.events.sort()).toEqual([...new Set(events)].sort());
  });

  it('has a listener for every action id and callback id the blocks emit, and a block for every listener', async () => {
    const seen = registered();
    const { actions, callbacks } = await emitted();
    expect(new Set(seen.actions)).toEqual(actions);
    expect(new Set(seen.actions)).toEqual(
      new Set([...Object.values(ActionId), `${HomePageActionId}:prev`, `${HomePageActionId}:next`]),
    );
    expect(seen.actions).toHaveLength(new Set(seen.actions).size);
    expect(new Set(seen.views)).toEqual(callbacks);
  });
});
