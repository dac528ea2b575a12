import type { types, webApi } from '@slack/bolt';
import { PolicyDeskError } from '../core/errors.ts';
import { escapeMrkdwn } from './mrkdwn.ts';
import type { SlackMessage } from './render/kit.ts';

/** Where a posted message is. */
export interface PostedMessage {
  readonly channel: string;
  readonly ts: string;
}

/**
 * The Web API calls Policy Desk makes, in one place: direct messages (conversations.open, cached),
 * posts, in-place updates, ephemeral messages, modals and the Home tab. Links are never unfurled:
 * a request or an answer should not pull previews of whatever someone pasted into it.
 */
export class SlackMessenger {
  readonly #clients: () => webApi.WebClient;
  readonly #dms = new Map<string, string>();

  /** `client` is the one client (one workspace), or where to find the current workspace's client. */
  constructor(client: webApi.WebClient | (() => webApi.WebClient)) {
    this.#clients = typeof client === 'function' ? client : () => client;
  }

  get #client(): webApi.WebClient {
    return this.#clients();
  }

  /** The direct-message channel with a user (opened once per workspace, then remembered). */
  async dmChannel(userId: string): Promise<string> {
    const client = this.#client;
    const cacheKey = `${client.token ?? ''}|${userId}`;
    const known = this.#dms.get(cacheKey);
    if (known) return known;
    const opened = await client.conversations.open({ users: userId });
    const channel = opened.channel?.id;
    if (!channel)
      throw new PolicyDeskError('policy_desk_platform_error', 'slack: conversations.open returned no channel id');
    if (this.#dms.size > 20_000) this.#dms.delete(this.#dms.keys().next().value!);
    this.#dms.set(cacheKey, channel);
    return channel;
  }

  /** Posts a message (in a thread when `threadTs` is given). */
  async post(channel: string, message: SlackMessage, threadTs?: string): Promise<PostedMessage> {
    return this.#postMessage(channel, { text: message.text, blocks: message.blocks }, threadTs);
  }

  /** Sends a user a direct message. */
  async dm(userId: string, message: SlackMessage): Promise<PostedMessage> {
    return this.post(await this.dmChannel(userId), message);
  }

  /** Posts plain text only (no blocks): the stand-in when Slack refused a message's blocks. */
  async postText(channel: string, text: string, threadTs?: string): Promise<PostedMessage> {
    return this.#postMessage(channel, { text: escapeMrkdwn(text) }, threadTs);
  }

  async #postMessage(
    channel: string,
    content: { text: string; blocks?: SlackMessage['blocks'] },
    threadTs?: string,
  ): Promise<PostedMessage> {
    const result = await this.#client.chat.postMessage({
      channel,
      ...content,
      unfurl_links: false,
      unfurl_media: false,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    if (!result.ts || !result.channel)
      throw new PolicyDeskError('policy_desk_platform_error', 'slack: chat.postMessage returned no ts or channel');
    return { channel: result.channel, ts: result.ts };
  }

  /** Sends a user plain text by direct message. */
  async dmText(userId: string, text: string): Promise<PostedMessage> {
    return this.postText(await this.dmChannel(userId), text);
  }

  /** Redraws a posted message in place. */
  async update(at: PostedMessage, message: SlackMessage): Promise<void> {
    await this.#client.chat.update({ channel: at.channel, ts: at.ts, text: message.text, blocks: message.blocks });
  }

  /** A message only `userId` sees, in a channel (or a thread of it). */
  async ephemeral(channel: string, userId: string, message: SlackMessage, threadTs?: string): Promise<void> {
    await this.#client.chat.postEphemeral({
      channel,
      user: userId,
      text: message.text,
      blocks: message.blocks,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
  }

  /** Plain text only `userId` sees, in a channel (or a thread of it). */
  async ephemeralText(channel: string, userId: string, text: string, threadTs?: string): Promise<void> {
    await this.#client.chat.postEphemeral({
      channel,
      user: userId,
      text: escapeMrkdwn(text),
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
  }

  /** Opens a modal from a trigger id (valid for three seconds after the click or command). */
  async openView(triggerId: string, view: types.ModalView): Promise<void> {
    await this.#client.views.open({ trigger_id: triggerId, view });
  }

  /** Replaces an open modal. */
  async updateView(viewId: string, view: types.ModalView): Promise<void> {
    await this.#client.views.update({ view_id: viewId, view });
  }

  /** Publishes a user's Home tab. */
  async publishHome(userId: string, view: types.HomeView): Promise<void> {
    await this.#client.views.publish({ user_id: userId, view });
  }
}
