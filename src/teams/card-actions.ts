import type { Logger } from '../adapters/logger.ts';
import { ActionId, type ActionIdValue, SubmitRequestFormId } from '../core/conversation/actions.ts';
import type { Conversation, Speaker } from '../core/conversation/conversation.ts';
import type { NoticeReply, Reply } from '../core/conversation/replies.ts';
import {
  feedbackData,
  formAnswers,
  homePageData,
  newSubmissionId,
  requestActionData,
  startRequestData,
  submitFormData,
} from './card-data.ts';
import { type AdaptiveCard, RefreshVerb } from './render/adaptive-card.ts';
import { HomePageVerb } from './render/home.ts';
import { renderReplies } from './render/reply.ts';
import type { RequestCards } from './request-cards.ts';
import type { TeamsMessenger } from './teams-messenger.ts';
import { postedCard } from './teams-notifier.ts';
import { memberAddress, type StoredReference, type TeamsRecords } from './teams-records.ts';

/** Where a card action came from. */
export interface ActionOrigin {
  /** The conversation the card is in. */
  readonly reference: StoredReference;
  /** The card's own message id (the invoke's replyToId), when Teams gives it. */
  readonly cardActivityId?: string;
  /** A personal chat (one viewer) rather than a channel or group chat (many). */
  readonly personal: boolean;
  /** The clicking person's Teams MRI, for their card's refresh list. */
  readonly mri: string;
}

/** What an action produces for the person who clicked. */
export type ActionOutcome =
  /** Replace the clicked card, for the clicker, with this one. */
  | { readonly kind: 'card'; readonly card: AdaptiveCard; readonly requestId?: string }
  /** Leave the card as it is and show this short message. */
  | { readonly kind: 'message'; readonly text: string }
  /** The action itself is malformed (unknown verb, bad data). */
  | { readonly kind: 'bad-request'; readonly message: string };

const requestVerbs: ReadonlySet<string> = new Set([
  ActionId.approve,
  ActionId.decline,
  ActionId.voteFor,
  ActionId.voteAgainst,
  ActionId.voteAbstain,
  ActionId.withdraw,
]);

/** What a channel's copy of a form becomes once it is sent: it says nothing of the request. */
export const channelFormSent =
  'This form has been sent. Its details are only in the personal chats of the people it concerns.';

const noticeText = (replies: readonly Reply[]): string =>
  replies
    .filter((reply): reply is NoticeReply => reply.kind === 'notice')
    .map((reply) => reply.text)
    .join(' ') || 'Done.';

/**
 * Runs a card's Action.Execute: parse the verb's data with zod, call the core as the speaker, and
 * draw what comes back. No decision is made here: the core decides who may do what.
 */
export class CardActions {
  constructor(
    private readonly options: {
      readonly conversation: Conversation;
      readonly records: TeamsRecords;
      readonly cards: RequestCards;
      readonly messenger: TeamsMessenger;
      readonly logger: Logger;
    },
  ) {}

  /** The request a verb acts on, if its data names one (for a card that must finish later). */
  static requestOf(verb: string, data: Readonly<Record<string, unknown>>): string | undefined {
    if (verb === SubmitRequestFormId) return submitFormData.safeParse(data).data?.submission;
    if (verb === RefreshVerb || requestVerbs.has(verb)) return requestActionData.safeParse(data).data?.request;
    return undefined;
  }

  /** Runs one action for `speaker`. */
  async run(
    speaker: Speaker,
    verb: string,
    data: Readonly<Record<string, unknown>>,
    origin: ActionOrigin,
  ): Promise<ActionOutcome> {
    const { conversation } = this.options;
    if (verb === RefreshVerb) {
      const parsed = requestActionData.safeParse(data);
      if (!parsed.success) return { kind: 'bad-request', message: 'A refresh needs the request id.' };
      const card = await this.options.cards.forViewer(parsed.data.request, speaker.person, {
        mri: origin.mri,
        org: speaker.org,
      });
      return card
        ? { kind: 'card', card, requestId: parsed.data.request }
        : { kind: 'message', text: `No request ${parsed.data.request}.` };
    }
    if (verb === HomePageVerb) {
      const parsed = homePageData.safeParse(data);
      if (!parsed.success) return { kind: 'bad-request', message: 'A home page button needs its page number.' };
      return { kind: 'card', card: renderReplies([await conversation.home(speaker)], { homePage: parsed.data.page }) };
    }
    if (verb === SubmitRequestFormId) return this.#submit(speaker, data, origin);
    if (verb === ActionId.startRequest) return this.#startRequest(speaker, data, origin);
    if (verb === ActionId.feedbackHelpful || verb === ActionId.feedbackUnhelpful) {
      const parsed = feedbackData.safeParse(data);
      if (!parsed.success)
        return { kind: 'message', text: 'That feedback button is out of date: ask the question again.' };
      return { kind: 'message', text: noticeText(await conversation.handleAction(speaker, verb, parsed.data)) };
    }
    if (requestVerbs.has(verb)) {
      const parsed = requestActionData.safeParse(data);
      if (!parsed.success) return { kind: 'message', text: 'That button is out of date: open the request again.' };
      const requestId = parsed.data.request;
      const replies = await conversation.handleAction(
        speaker,
        verb as ActionIdValue,
        { request: requestId },
        parsed.data.comment !== undefined ? { comment: parsed.data.comment } : {},
      );
      if (!replies.some((reply) => reply.kind === 'request')) return { kind: 'message', text: noticeText(replies) };
      // Drawn afresh rather than from the command's result: a refused second click ("already voted")
      // may have read the request before the first click settled it, and the card must show it now.
      const notices = replies.filter((reply) => reply.kind === 'notice');
      const card = await this.options.cards.forViewer(requestId, speaker.person, {
        notices,
        mri: origin.mri,
        org: speaker.org,
      });
      return card ? { kind: 'card', card, requestId } : { kind: 'message', text: noticeText(replies) };
    }
    return { kind: 'bad-request', message: `Policy Desk has no card action "${verb}".` };
  }

  async #startRequest(
    speaker: Speaker,
    data: Readonly<Record<string, unknown>>,
    origin: ActionOrigin,
  ): Promise<ActionOutcome> {
    const parsed = startRequestData.safeParse(data);
    if (!parsed.success)
      return { kind: 'message', text: 'That button is out of date: type "request" to start a request.' };
    const [reply] = await this.options.conversation.handleAction(speaker, ActionId.startRequest, parsed.data);
    if (reply?.kind !== 'request-form') return { kind: 'message', text: reply ? noticeText([reply]) : 'Done.' };
    const form = renderReplies([reply], { form: { submission: newSubmissionId() } });
    if (origin.personal) {
      // The form comes as a new message, so the answer it was started from stays readable.
      await this.options.messenger.post(origin.reference, form);
      return { kind: 'message', text: `The form for “${reply.flow.title}” is below.` };
    }
    // In a channel or group chat everyone would see the request its answers make (a young person's
    // initials, a phone number): the form goes to the person's personal chat, and only they see
    // this pointer (an invoke's message answer), which names nothing of the request.
    const sent = await this.options.messenger
      .sendToPerson(
        speaker.person.userId,
        () => form,
        memberAddress(origin.reference, origin.mri, origin.reference.conversation.tenantId),
      )
      .catch((error: unknown) => {
        this.options.logger.warn({ err: error }, 'teams personal chat could not be reached');
        return undefined;
      });
    return {
      kind: 'message',
      text: sent
        ? `I have sent you the form for “${reply.flow.title}” privately, in your personal chat with Policy Desk.`
        : 'I cannot show this form in a channel. Open a personal chat with Policy Desk (Apps, then Policy Desk, then Chat) and type “request” there.',
    };
  }

  async #submit(
    speaker: Speaker,
    data: Readonly<Record<string, unknown>>,
    origin: ActionOrigin,
  ): Promise<ActionOutcome> {
    const parsed = submitFormData.safeParse(data);
    if (!parsed.success) return { kind: 'message', text: 'That form is out of date: type "request" to start again.' };
    const { flow, submission } = parsed.data;
    const form = this.options.conversation.requestForm(speaker.org, flow);
    if (form.kind !== 'request-form') return { kind: 'message', text: noticeText([form]) };
    const { answers, values } = formAnswers(form.fields, data);
    const outcome = await this.options.conversation.submitRequest(speaker, flow, answers, submission);
    if (!outcome.ok) {
      if ('form' in outcome)
        return { kind: 'card', card: renderReplies([outcome.form], { form: { submission, values } }) };
      return { kind: 'message', text: noticeText([outcome.notice]) };
    }
    const requestId = outcome.request.id;
    this.options.logger.info({ requestId, flow, org: speaker.org }, 'teams request submitted');
    if (!origin.personal) return this.#submittedInChannel(speaker, outcome.replies, requestId, origin);
    if (origin.cardActivityId)
      await this.options.records.addPostedCard(
        requestId,
        postedCard({ reference: origin.reference, activityId: origin.cardActivityId }, speaker.person),
      );
    return {
      kind: 'card',
      card: renderReplies(outcome.replies, { request: { refreshUserIds: [origin.mri] } }),
      requestId,
    };
  }

  /**
   * A form submitted outside the personal chat (one posted in a channel before forms went to the
   * personal chat). The channel's copy becomes a card that says nothing of the request, and is not
   * recorded, so no redraw ever puts the request there; the requester's copy goes to their personal chat.
   */
  async #submittedInChannel(
    speaker: Speaker,
    replies: readonly Reply[],
    requestId: string,
    origin: ActionOrigin,
  ): Promise<ActionOutcome> {
    const { messenger, records, logger } = this.options;
    if (origin.cardActivityId)
      await messenger.update(
        { reference: origin.reference, activityId: origin.cardActivityId },
        renderReplies([{ kind: 'notice', tone: 'info', text: channelFormSent }]),
      );
    const location = await messenger
      .sendToPerson(
        speaker.person.userId,
        (mri) => renderReplies(replies, { request: { refreshUserIds: mri ? [mri] : [] } }),
        memberAddress(origin.reference, origin.mri, origin.reference.conversation.tenantId),
      )
      .catch((error: unknown) => {
        logger.warn({ err: error, requestId }, 'teams personal chat could not be reached');
        return undefined;
      });
    if (location) await records.addPostedCard(requestId, postedCard(location, speaker.person));
    return {
      kind: 'message',
      text: location
        ? 'Request sent. It is in your personal chat with Policy Desk, where you can follow it.'
        : 'Request sent. Type “home” in a personal chat with Policy Desk to follow it.',
    };
  }
}
