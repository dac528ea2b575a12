import {
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import type { Logger } from '../adapters/logger.ts';
import type { Conversation, Speaker } from '../core/conversation/conversation.ts';
import type { NoticeReply, Reply } from '../core/conversation/replies.ts';
import { PolicyDeskError } from '../core/errors.ts';
import type { BackgroundWork } from './background-work.ts';
import { type ActionOrigin, type ActionOutcome, CardActions } from './card-actions.ts';
import { cardInvokeSchema } from './card-data.ts';
import {
  type AdaptiveCard,
  adaptiveCardContentType,
  cardAttachment,
  fitCard,
  RefreshVerb,
} from './render/adaptive-card.ts';
import { renderReplies } from './render/reply.ts';
import type { RequestCards } from './request-cards.ts';
import { identify, type OrgDirectory } from './teams-identity.ts';
import { storedReference, type TeamsMessenger } from './teams-messenger.ts';
import { memberAddress, type TeamsRecords } from './teams-records.ts';

/** What the bot needs, all injected by the platform factory. */
export interface PolicyDeskBotOptions {
  readonly conversation: Conversation;
  readonly directory: OrgDirectory;
  /** Local mode: no tokens, so `from.id` stands in for a missing AAD object id. */
  readonly local: boolean;
  readonly records: TeamsRecords;
  readonly cards: RequestCards;
  readonly actions: CardActions;
  readonly messenger: TeamsMessenger;
  readonly background: BackgroundWork;
  readonly logger: Logger;
  /** How long an invoke may take before it is answered with a "working on it" card (Teams gives up at about 5 s). */
  readonly invokeBudgetMs: number;
}

/** The default invoke budget: comfortably inside the ~5 s Teams waits for an invoke response. */
export const defaultInvokeBudgetMs = 3000;

const helpText =
  'Ask me about your organisation’s policies, e.g. “Can I text a young person?”. I quote the clauses that answer it. ' +
  'Type “request” to ask for a permission the policies require, or “home” for your requests and what waits for your decision.';

// In a channel everyone reads the reply: "home" is offered only in the personal chat.
const channelHelpText =
  'Ask me about your organisation’s policies by mentioning me, e.g. “@Policy Desk can I text a young person?”. I quote the clauses that answer it. ' +
  'For your own requests and what waits for your decision, open a personal chat with me and type “home”.';

const privatePointer = 'I have replied to you privately, in your personal chat with Policy Desk.';
const privateUnreachable =
  'I cannot show this in a channel. Open a personal chat with Policy Desk (Apps, then Policy Desk, then Chat) and send it there.';

/** What a message is, once punctuation, emoji and the bot's mention are set aside. */
type Intent = 'help' | 'thanks' | 'request' | 'home' | 'question';

const intents: ReadonlyArray<readonly [Intent, ReadonlySet<string>]> = [
  // "policy" alone is what the command menu inserts: a prompt for the question, not a question.
  [
    'help',
    new Set([
      '',
      'help',
      'hi',
      'hello',
      'hey',
      'hiya',
      'good morning',
      'good afternoon',
      'good evening',
      'policy',
      'policies',
      'ask',
      'start',
      'menu',
      '?',
    ]),
  ],
  [
    'thanks',
    new Set([
      'thanks',
      'thank you',
      'thankyou',
      'thx',
      'ta',
      'cheers',
      'many thanks',
      'thanks a lot',
      'great thanks',
      'ok thanks',
      'ok',
      'okay',
      'great',
      'perfect',
    ]),
  ],
  ['request', new Set(['request', 'requests', 'new request'])],
  ['home', new Set(['home', 'my requests', 'status'])],
];

/** The intent of a message: commands, greetings and thanks by their words, anything else a question. */
export function intentOf(text: string): Intent {
  const words = text
    .toLowerCase()
    .replace(/^\/+/, '')
    .replace(/[^\p{L}\p{N}\s?]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const bare = words === '?' ? words : words.replace(/\?/g, '').trim();
  for (const [intent, phrases] of intents) if (phrases.has(bare)) return intent;
  return 'question';
}

const notice = (tone: NoticeReply['tone'], text: string): NoticeReply => ({ kind: 'notice', tone, text });
const cardMessage = (card: AdaptiveCard): Partial<Activity> => ({
  type: 'message',
  attachments: [cardAttachment(card)],
});

const invokeCard = (card: AdaptiveCard): InvokeResponse => ({
  status: 200,
  body: { statusCode: 200, type: adaptiveCardContentType, value: fitCard(card) },
});
const invokeMessage = (text: string): InvokeResponse => ({
  status: 200,
  body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text },
});
const invokeError = (status: number, code: string, message: string): InvokeResponse => ({
  status,
  body: { statusCode: status, type: 'application/vnd.microsoft.error', value: { code, message } },
});

/** How long a finished invoke's outcome is kept to answer a redelivery of the same activity. */
const replayWindowMs = 60_000;

/**
 * Policy Desk in Teams: messages are questions (or "request" / "home"), Action.Execute invokes are
 * the card buttons, installs and first messages leave the conversation references that
 * notifications need. Each handler only translates between Teams and the conversation core.
 */
export class PolicyDeskBot extends TeamsActivityHandler {
  readonly #options: PolicyDeskBotOptions;
  readonly #inflight = new Map<string, Promise<ActionOutcome>>();

  constructor(options: PolicyDeskBotOptions) {
    super();
    this.#options = options;
    this.onMessage(async (context, next) => {
      await this.#onMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.#onMembersAdded(context);
      await next();
    });
  }

  /** Every turn: remember where the sender is (in the background), then dispatch. */
  override async run(context: TurnContext): Promise<void> {
    const activity = { ...context.activity };
    this.#options.background.run('remember conversation', () => this.#remember(activity));
    await super.run(context);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    // botbuilder reads `value.action.type` unguarded: with no action object that would be a 500, so it is a 400 here.
    const value: unknown = context.activity.value;
    if (
      context.activity.name === 'adaptiveCard/action' &&
      (typeof value !== 'object' ||
        value === null ||
        typeof (value as { action?: unknown }).action !== 'object' ||
        (value as { action?: unknown }).action === null)
    ) {
      return invokeError(400, 'BadRequest', 'Policy Desk cards send Action.Execute with a verb and data.');
    }
    // botbuilder checks the invoke is an Action.Execute (else its own 400 NotSupported) and calls onAdaptiveCardInvoke.
    return super.onInvokeActivity(context);
  }

  /** Universal Actions (`adaptiveCard/action`), through botbuilder's own handler: the card's buttons. */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return (await this.#onCardAction(context, invokeValue)).body as AdaptiveCardInvokeResponse;
  }

  async #onMessage(context: TurnContext): Promise<void> {
    const { conversation, directory, local, logger } = this.#options;
    const identity = identify(context.activity, directory, { local });
    if (!identity.ok) {
      logger.warn(
        { activityId: context.activity.id, tenantId: identity.tenantId, problem: identity.problem },
        'teams message from an unknown speaker',
      );
      await context.sendActivity(cardMessage(renderReplies([notice('error', identity.message)])));
      return;
    }
    const text = (TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '').trim();
    const inChannel =
      context.activity.conversation.conversationType !== undefined &&
      context.activity.conversation.conversationType !== 'personal';
    let reply: Reply;
    try {
      reply = await this.#replyTo(identity.speaker, text, conversation, inChannel);
    } catch (error) {
      if (
        !(error instanceof PolicyDeskError) ||
        (error.code !== 'policy_desk_bad_question' && error.code !== 'policy_desk_unknown_org')
      )
        throw error;
      reply = notice('error', error.message);
    }
    // A person's queue and a disclosure's reporting route are private: in a channel they go to the
    // personal chat, and the channel only hears a pointer that names neither.
    if (inChannel && (reply.kind === 'home' || reply.kind === 'concern')) {
      const delivered = await this.#sendPrivately(context, identity.speaker, reply);
      const pointer = delivered
        ? privatePointer
        : reply.kind === 'concern'
          ? `${privateUnreachable} ${reply.emergency}`
          : privateUnreachable;
      await context.sendActivity(cardMessage(renderReplies([notice('info', pointer)])));
      // Nothing that names the person or their message: this line must not tie a disclosure to anyone.
      logger.info({ org: identity.speaker.org, delivered }, 'teams channel message answered privately');
      return;
    }
    await context.sendActivity(cardMessage(renderReplies([reply])));
    // Ids and outcomes only: never the question or the answer. A disclosure's line names nobody.
    if (reply.kind === 'concern')
      logger.info({ org: identity.speaker.org, reply: reply.kind }, 'teams message answered');
    else
      logger.info(
        {
          activityId: context.activity.id,
          org: identity.speaker.org,
          userId: identity.speaker.person.userId,
          reply: reply.kind,
        },
        'teams message answered',
      );
  }

  /** Sends a reply to the speaker's personal chat (opening one from this activity if need be); false when Teams refused. */
  async #sendPrivately(context: TurnContext, speaker: Speaker, reply: Reply): Promise<boolean> {
    const { messenger, logger } = this.#options;
    const reference = storedReference(context.activity);
    const here =
      reference && context.activity.from?.id
        ? memberAddress(reference, context.activity.from.id, reference.conversation.tenantId)
        : undefined;
    try {
      return (await messenger.sendToPerson(speaker.person.userId, () => renderReplies([reply]), here)) !== undefined;
    } catch (error) {
      logger.warn({ err: error }, 'teams personal chat could not be reached');
      return false;
    }
  }

  async #replyTo(speaker: Speaker, text: string, conversation: Conversation, inChannel: boolean): Promise<Reply> {
    switch (intentOf(text)) {
      case 'help':
        return notice('info', inChannel ? channelHelpText : helpText);
      case 'thanks':
        return notice('info', 'You are welcome. Ask me anything else about your policies, or type “help”.');
      case 'request':
        return conversation.flowMenu(speaker.org);
      case 'home':
        return conversation.home(speaker);
      case 'question': {
        const question = /^\/?policy\s+/i.test(text) ? text.replace(/^\/?policy\s+/i, '') : text;
        return conversation.ask(speaker, question);
      }
    }
  }

  async #onMembersAdded(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const botAdded = (activity.membersAdded ?? []).some((member) => member.id === activity.recipient.id);
    // A welcome in the personal chat only: a channel hears from the bot when someone asks.
    if (botAdded && activity.conversation.conversationType === 'personal')
      await context.sendActivity(cardMessage(renderReplies([notice('info', helpText)])));
  }

  /** Keeps the sender's personal-chat reference, where they were seen, and where their tenant is served. */
  async #remember(activity: Partial<Activity>): Promise<void> {
    const { records, cards, directory, local } = this.#options;
    const reference = storedReference(activity);
    const identity = identify(activity, directory, { local });
    if (!reference || !identity.ok || !activity.from?.id) return;
    const userId = identity.speaker.person.userId;
    const mri = activity.from.id;
    cards.learn(userId, mri);
    const tenantId = identity.tenantId;
    const writes: Array<Promise<boolean>> = [
      records.rememberMember(userId, memberAddress(reference, mri, tenantId)),
      records.rememberService(identity.speaker.org, {
        channelId: reference.channelId,
        serviceUrl: reference.serviceUrl,
        bot: reference.bot,
        ...(tenantId ? { tenantId } : {}),
      }),
    ];
    if (activity.conversation?.conversationType === 'personal') {
      writes.push(records.rememberPersonalChat(userId, { ...reference, user: { id: mri, aadObjectId: userId } }));
    }
    const [, , personal] = await Promise.all(writes);
    // No ids, at any level: this runs on the person's first message, which may be a disclosure, and
    // a user id or a personal chat's id (one person's, too) beside its answer would tie it to them.
    if (personal) this.#options.logger.debug({ org: identity.speaker.org }, 'teams personal chat remembered');
  }

  async #onCardAction(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<InvokeResponse> {
    const { directory, local, logger } = this.#options;
    // botbuilder has checked the shape; the verb and data are still outside input, so zod has the last word.
    const invoke = cardInvokeSchema.safeParse({
      action: invokeValue.action,
      ...(context.activity.value?.trigger ? { trigger: context.activity.value.trigger } : {}),
    });
    if (!invoke.success)
      return invokeError(400, 'BadRequest', 'Policy Desk cards send Action.Execute with a verb and data.');
    const identity = identify(context.activity, directory, { local });
    if (!identity.ok) return invokeMessage(identity.message);
    const reference = storedReference(context.activity);
    if (!reference) return invokeError(400, 'BadRequest', 'The activity has no conversation to answer in.');
    const { verb } = invoke.data.action;
    const data = invoke.data.action.data ?? {};
    const origin: ActionOrigin = {
      reference,
      ...(context.activity.replyToId ? { cardActivityId: context.activity.replyToId } : {}),
      personal: context.activity.conversation.conversationType === 'personal',
      mri: context.activity.from.id,
    };
    const work = this.#once(context.activity.id, () => this.#options.actions.run(identity.speaker, verb, data, origin));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, this.#options.invokeBudgetMs, 'late')));
    const outcome = await Promise.race([work, late]).finally(() => clearTimeout(timer));
    if (outcome !== 'late') {
      logger.info(
        { activityId: context.activity.id, verb, userId: identity.speaker.person.userId, outcome: outcome.kind },
        'teams card action',
      );
      return this.#respond(outcome);
    }
    // Too slow for Teams (a slow store, say): answer now, finish in the background, then redraw the card.
    const requestId = CardActions.requestOf(verb, data);
    logger.warn(
      { activityId: context.activity.id, verb, requestId, budgetMs: this.#options.invokeBudgetMs },
      'teams card action is slow: answered early, finishing in the background',
    );
    this.#options.background.run('finish card action', () =>
      this.#finishLate(work, identity.speaker, origin, requestId),
    );
    if (verb === RefreshVerb || requestId === undefined) return invokeMessage('Working on it…');
    return invokeCard(renderReplies([notice('info', 'Working on it: this card updates when it is done.')]));
  }

  /** Runs an invoke's work once per activity id: a redelivered invoke shares the first one's outcome. */
  #once(activityId: string | undefined, task: () => Promise<ActionOutcome>): Promise<ActionOutcome> {
    if (!activityId) return task();
    const existing = this.#inflight.get(activityId);
    if (existing) return existing;
    const promise = task();
    this.#inflight.set(activityId, promise);
    const forget = (): void => {
      setTimeout(() => this.#inflight.delete(activityId), replayWindowMs).unref();
    };
    promise.then(forget, forget);
    return promise;
  }

  async #finishLate(
    work: Promise<ActionOutcome>,
    speaker: Speaker,
    origin: ActionOrigin,
    requestId: string | undefined,
  ): Promise<void> {
    const outcome = await work;
    if (!origin.cardActivityId) return;
    const { cards, messenger } = this.#options;
    let card: AdaptiveCard | undefined;
    if (origin.personal) {
      if (outcome.kind === 'card') card = outcome.card;
      else if (requestId)
        card = await cards.forViewer(requestId, speaker.person, {
          mri: origin.mri,
          org: speaker.org,
          notices: outcome.kind === 'message' ? [notice('info', outcome.text)] : [],
        });
    } else {
      // The early answer replaced the card only for the person who clicked; this update reaches everyone, so it is
      // the shared view, and only on a card recorded as the request's channel copy (a role channel's): a form sent
      // from an ordinary channel has already become a card that names nothing, and must stay so.
      const channelCopy =
        requestId !== undefined &&
        (await this.#options.records.postedCards(requestId)).some(
          (posted) =>
            posted.viewer === 'channel' &&
            posted.activityId === origin.cardActivityId &&
            posted.conversationId === origin.reference.conversation.id,
        );
      card = channelCopy ? await cards.shared(requestId) : undefined;
    }
    if (card) await messenger.update({ reference: origin.reference, activityId: origin.cardActivityId }, card);
  }

  #respond(outcome: ActionOutcome): InvokeResponse {
    switch (outcome.kind) {
      case 'card':
        return invokeCard(outcome.card);
      case 'message':
        return invokeMessage(outcome.text);
      case 'bad-request':
        return invokeError(400, 'BadRequest', outcome.message);
    }
  }
}
