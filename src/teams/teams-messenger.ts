import { type Activity, type CloudAdapter, type ConversationReference, TurnContext } from 'botbuilder';
import { type AdaptiveCard, cardAttachment, cardSummary } from './render/adaptive-card.ts';
import type { MemberAddress, StoredReference, TeamsRecords } from './teams-records.ts';

/** Where a posted card lives: the conversation it is in and its activity id. */
export interface CardLocation {
  readonly reference: StoredReference;
  readonly activityId: string;
}

/** The Bot Framework's outbound audience in the public cloud (AuthenticationConstants.ToChannelFromBotOAuthScope). */
export const botFrameworkAudience = 'https://api.botframework.com';

/** Turns an incoming activity's reference into what is stored. */
export function storedReference(activity: Partial<Activity>): StoredReference | undefined {
  const ref = TurnContext.getConversationReference(activity);
  if (!ref.serviceUrl || !ref.channelId || !ref.conversation?.id || !ref.bot?.id) return undefined;
  return {
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    conversation: {
      id: ref.conversation.id,
      ...(ref.conversation.conversationType ? { conversationType: ref.conversation.conversationType } : {}),
      ...(ref.conversation.tenantId ? { tenantId: ref.conversation.tenantId } : {}),
      ...(typeof ref.conversation.isGroup === 'boolean' ? { isGroup: ref.conversation.isGroup } : {}),
    },
    bot: { id: ref.bot.id, ...(ref.bot.name ? { name: ref.bot.name } : {}) },
    ...(ref.user?.id
      ? { user: { id: ref.user.id, ...(ref.user.aadObjectId ? { aadObjectId: ref.user.aadObjectId } : {}) } }
      : {}),
  };
}

function conversationReference(stored: StoredReference): Partial<ConversationReference> {
  return {
    channelId: stored.channelId,
    serviceUrl: stored.serviceUrl,
    conversation: {
      id: stored.conversation.id,
      isGroup: stored.conversation.isGroup ?? false,
      conversationType: stored.conversation.conversationType ?? 'personal',
      name: '',
      ...(stored.conversation.tenantId ? { tenantId: stored.conversation.tenantId } : {}),
    },
    bot: { id: stored.bot.id, name: stored.bot.name ?? '' },
    ...(stored.user
      ? {
          user: {
            id: stored.user.id,
            name: '',
            ...(stored.user.aadObjectId ? { aadObjectId: stored.user.aadObjectId } : {}),
          },
        }
      : {}),
  };
}

/**
 * Everything the bot sends outside a turn: proactive cards to people and channels, and in-place
 * updates of cards posted earlier. All of it goes through the adapter's continueConversationAsync /
 * createConversationAsync, so it carries the bot's credentials like any reply.
 */
export class TeamsMessenger {
  constructor(
    private readonly options: {
      readonly adapter: CloudAdapter;
      /** The bot's app id ('' in local mode). */
      readonly appId: string;
      readonly records: TeamsRecords;
    },
  ) {}

  /** Posts a card into a conversation (a personal chat, a channel, a thread). */
  async post(reference: StoredReference, card: AdaptiveCard): Promise<CardLocation> {
    return this.#send(reference, { type: 'message', summary: cardSummary(card), attachments: [cardAttachment(card)] });
  }

  /** Posts plain text, shown verbatim (`textFormat: plain`: no Markdown is applied). */
  async postText(reference: StoredReference, text: string): Promise<CardLocation> {
    return this.#send(reference, { type: 'message', text, textFormat: 'plain' });
  }

  async #send(reference: StoredReference, activity: Partial<Activity>): Promise<CardLocation> {
    let activityId = '';
    await this.options.adapter.continueConversationAsync(
      this.options.appId,
      conversationReference(reference),
      async (context) => {
        const sent = await context.sendActivity(activity);
        activityId = sent?.id ?? '';
      },
    );
    return { reference, activityId };
  }

  /** Replaces a posted card with `card` for everyone who sees it. */
  async update(location: CardLocation, card: AdaptiveCard): Promise<void> {
    await this.options.adapter.continueConversationAsync(
      this.options.appId,
      conversationReference(location.reference),
      async (context) => {
        await context.updateActivity({
          type: 'message',
          id: location.activityId,
          summary: cardSummary(card),
          attachments: [cardAttachment(card)],
        });
      },
    );
  }

  /**
   * Sends a card to a person's personal chat: the stored chat if there is one, else a 1:1 chat opened
   * from where they were last seen. `draw` gets the person's Teams MRI (for the card's refresh list).
   * `seenAt` is where they are right now (the activity being answered), for someone not yet recorded.
   * Undefined when the bot has never seen the person: they must install the app.
   */
  async sendToPerson(
    userId: string,
    draw: (mri: string | undefined) => Promise<AdaptiveCard> | AdaptiveCard,
    seenAt?: MemberAddress,
  ): Promise<CardLocation | undefined> {
    const chat = await this.options.records.personalChat(userId);
    if (chat) return this.post(chat, await draw(chat.user?.id));
    const member = (await this.options.records.member(userId)) ?? seenAt;
    if (!member) return undefined;
    return this.#openChat(userId, member, await draw(member.mri));
  }

  async #openChat(userId: string, member: MemberAddress, card: AdaptiveCard): Promise<CardLocation | undefined> {
    let location: CardLocation | undefined;
    await this.options.adapter.createConversationAsync(
      this.options.appId,
      member.channelId,
      member.serviceUrl,
      botFrameworkAudience,
      {
        isGroup: false,
        bot: { id: member.bot.id, name: member.bot.name ?? '' },
        members: [{ id: member.mri, name: '' }],
        ...(member.tenantId ? { tenantId: member.tenantId } : {}),
        channelData: member.tenantId ? { tenant: { id: member.tenantId } } : {},
      },
      async (context) => {
        const created = storedReference(context.activity);
        if (!created) return;
        const chat: StoredReference = {
          ...created,
          conversation: { ...created.conversation, conversationType: 'personal', isGroup: false },
          user: { id: member.mri, aadObjectId: userId },
        };
        await this.options.records.rememberPersonalChat(userId, chat);
        const sent = await context.sendActivity({
          type: 'message',
          summary: cardSummary(card),
          attachments: [cardAttachment(card)],
        });
        location = { reference: chat, activityId: sent?.id ?? '' };
      },
    );
    return location;
  }
}
