import { z } from 'zod';
import type { ApprovalService, CommandResult } from '../approvals/approval-service.ts';
import type { Notification } from '../approvals/notifications.ts';
import { isPersonTarget } from '../approvals/notifications.ts';
import { type PersonRef, peopleWithRole, resolveActor } from '../approvals/people.ts';
import type { Clock, RecordStore } from '../approvals/ports.ts';
import type { RequestView } from '../approvals/request-view.ts';
import { isActionable, maxCommentLength, voteLabels } from '../approvals/rules.ts';
import type { VoteChoice } from '../approvals/votes.ts';
import { PolicyDeskError } from '../errors.ts';
import type { Organisation } from '../organisation/organisation-schema.ts';
import type { PolicyAnswerer } from '../policy/answer.ts';
import type { Corpus } from '../policy/corpus.ts';
import { ActionId, type ActionIdValue, feedbackValue, requestActionValue, startRequestValue } from './actions.ts';
import { answerReply } from './answer-replies.ts';
import { Deliveries } from './deliveries.ts';
import type {
  AnswerReply,
  ConcernReply,
  HomeReply,
  NoAnswerReply,
  Reply,
  RequestFormReply,
  RequestReply,
} from './replies.ts';
import { flowMenu, notice, notificationText, requestForm, requestReply, requestSummary } from './request-replies.ts';

/** Who is talking to the bot, in which organisation. */
export interface Speaker {
  readonly org: string;
  readonly person: PersonRef;
}

/**
 * Delivers notifications: each platform sends those addressed to its accounts (or to a role it
 * has a channel for) and redraws the messages it posted for every changed request.
 */
export interface Notifier {
  deliver(notifications: readonly Notification[], changed: readonly RequestView[]): Promise<void>;
}

/** What the conversation needs, all injected. */
export interface ConversationOptions {
  readonly corpus: Corpus;
  readonly answerer: PolicyAnswerer;
  readonly approvals: ApprovalService;
  /** Where feedback on answers is recorded (write-once, like every record). */
  readonly store: RecordStore;
  readonly clock: Clock;
  readonly notifier: Notifier;
  /** Makes answer ids (for feedback). */
  readonly newId: () => string;
  /** Told about a background delivery that failed (its events stay unmarked: the clock's outbox work retries them). */
  readonly onDeliveryError?: (error: unknown, requestId: string) => void;
}

/** The outcome of a form submission: replies for the requester, or the form again with errors. */
export type SubmitOutcome =
  | { ok: true; replies: Reply[]; request: RequestView }
  | { ok: false; form: RequestFormReply };

const decisionComment = z.string().trim().max(maxCommentLength).optional();

/**
 * The bot's brain, once for every platform: text or an action in, neutral replies out. Platforms
 * parse their payloads into a Speaker and raw values, call these methods and draw what comes back.
 */
export class Conversation {
  readonly #options: ConversationOptions;
  readonly #deliveries: Deliveries;

  constructor(options: ConversationOptions) {
    this.#options = options;
    this.#deliveries = new Deliveries({
      deliver: (notifications, changed) => options.notifier.deliver(notifications, changed),
      markDelivered: (events) => options.approvals.markDelivered(events),
      onError: options.onDeliveryError ?? (() => undefined),
    });
  }

  /**
   * Resolves once the notifications of every command on this request so far are delivered.
   * Commands do not wait for delivery; a platform that wants to report on it (Slack's form says
   * whom a request could not reach) may wait here, within its own time limit.
   */
  delivered(requestId: string): Promise<void> {
    return this.#deliveries.delivered(requestId);
  }

  /** Resolves once every queued delivery is done (at stop, before the store closes). */
  idle(): Promise<void> {
    return this.#deliveries.idle();
  }

  /** How many requests have deliveries queued or running (for /healthz). */
  get pendingDeliveries(): number {
    return this.#deliveries.pending;
  }

  /** The organisations this deployment serves, by slug. */
  organisations(): string[] {
    return [...this.#options.corpus.organisations.keys()];
  }

  /** The organisation's settings; throws a coded error for an organisation the corpus lacks. */
  organisation(org: string): Organisation {
    const found = this.#options.corpus.organisations.get(org)?.organisation;
    if (!found)
      throw new PolicyDeskError(
        'policy_desk_unknown_org',
        `Unknown organisation "${org}". Known: ${[...this.#options.corpus.organisations.keys()].join(', ')}.`,
      );
    return found;
  }

  /** Answers a question. A disclosure gets the reporting route, and nothing of it is stored. */
  ask(speaker: Speaker, text: string): AnswerReply | NoAnswerReply | ConcernReply {
    const answer = this.#options.answerer.answer(speaker.org, text, this.#options.clock.now());
    return answerReply(answer, this.#options.newId());
  }

  /** Records that an answer helped or not: one record per person and answer, no question text. */
  async recordFeedback(speaker: Speaker, helpful: boolean, rawValue: unknown): Promise<Reply> {
    const parsed = feedbackValue.safeParse(rawValue);
    if (!parsed.success) return notice('error', 'That feedback button is out of date: ask the question again.');
    const { answer, verdict, clauses } = parsed.data;
    const created = await this.#options.store.putIfAbsent(
      `feedback:${speaker.org}:${answer}:${speaker.person.platform}:${speaker.person.userId}`,
      {
        org: speaker.org,
        answer,
        verdict,
        clauses,
        helpful,
        at: this.#options.clock.now().toISOString(),
      },
    );
    return notice(
      'success',
      created ? 'Thanks: your feedback is recorded.' : 'You already gave feedback on this answer.',
    );
  }

  /** The flows a person can start. */
  flowMenu(org: string): Reply {
    return flowMenu(org, this.organisation(org).flows);
  }

  /** The form for a flow, or a notice when the flow is unknown. */
  requestForm(org: string, flowId: string): RequestFormReply | Reply {
    const organisation = this.organisation(org);
    const flow = organisation.flows.find((candidate) => candidate.id === flowId);
    if (!flow)
      return notice('error', `There is no request called "${flowId}" here: choose one from the list of requests.`);
    return requestForm(organisation, flow);
  }

  /** Submits a form; field problems come back on the form, never as a crash. */
  async submitRequest(
    speaker: Speaker,
    flowId: string,
    answers: unknown,
    submissionId?: string,
  ): Promise<SubmitOutcome | { ok: false; notice: Reply }> {
    const organisation = this.organisation(speaker.org);
    const flow = organisation.flows.find((candidate) => candidate.id === flowId);
    if (!flow) return { ok: false, notice: notice('error', `There is no request called "${flowId}" here.`) };
    const result = await this.#options.approvals.submit({
      org: speaker.org,
      flowId,
      requester: speaker.person,
      answers,
      ...(submissionId ? { requestId: submissionId } : {}),
    });
    if (!result.ok) {
      if (result.error.fieldErrors)
        return { ok: false, form: requestForm(organisation, flow, result.error.fieldErrors) };
      return { ok: false, notice: notice('error', result.error.message) };
    }
    this.#deliver(result);
    const view = result.value.request;
    return {
      ok: true,
      request: view,
      replies: [
        notice('success', `Request sent: “${view.flow.title}”. You will get a message when it is decided.`),
        requestReply(
          organisation,
          view,
          'requester',
          await this.#options.approvals.actionsFor(view.id, speaker.person, { org: speaker.org }),
        ),
      ],
    };
  }

  /**
   * Handles a button: decisions, votes, withdrawal, feedback, starting a request. Identity is the
   * speaker (from the platform's payload), never anything in the button's value.
   */
  async handleAction(
    speaker: Speaker,
    action: ActionIdValue,
    rawValue: unknown,
    input: { comment?: string } = {},
  ): Promise<Reply[]> {
    switch (action) {
      case ActionId.feedbackHelpful:
      case ActionId.feedbackUnhelpful:
        return [await this.recordFeedback(speaker, action === ActionId.feedbackHelpful, rawValue)];
      case ActionId.startRequest: {
        const parsed = startRequestValue.safeParse(rawValue);
        return [
          parsed.success
            ? this.requestForm(speaker.org, parsed.data.flow)
            : notice('error', 'That button is out of date: start the request again from the list of requests.'),
        ];
      }
      case ActionId.shareAnswer:
        return [notice('error', 'Sharing is done by the platform that showed the answer.')];
      default:
        break;
    }
    const parsed = requestActionValue.safeParse(rawValue);
    if (!parsed.success) return [notice('error', 'That button is out of date: open the request again.')];
    const requestId = parsed.data.request;
    let result: CommandResult;
    switch (action) {
      case ActionId.approve:
      case ActionId.decline: {
        const comment = decisionComment.safeParse(input.comment);
        if (!comment.success) return [notice('error', `Keep the comment to ${maxCommentLength} characters or fewer.`)];
        // The speaker's organisation bounds every command: a button carrying another organisation's
        // request id finds nothing.
        result = await this.#options.approvals.decide({
          org: speaker.org,
          requestId,
          actor: speaker.person,
          decision: action === ActionId.approve ? 'approve' : 'decline',
          ...(comment.data ? { comment: comment.data } : {}),
        });
        break;
      }
      case ActionId.voteFor:
      case ActionId.voteAgainst:
      case ActionId.voteAbstain: {
        const choice: VoteChoice =
          action === ActionId.voteFor ? 'for' : action === ActionId.voteAgainst ? 'against' : 'abstain';
        result = await this.#options.approvals.vote({ org: speaker.org, requestId, actor: speaker.person, choice });
        break;
      }
      case ActionId.withdraw:
        result = await this.#options.approvals.withdraw({ org: speaker.org, requestId, actor: speaker.person });
        break;
    }
    return this.#commandReplies(speaker, result, action);
  }

  /**
   * A request drawn for a viewer (their buttons), or for a shared channel (`'channel'`). Give `org`,
   * the viewer's organisation, whenever the request id came from a person (a button, a link): a
   * request of another organisation is then not found.
   */
  async requestView(requestId: string, viewer: PersonRef | 'channel', org?: string): Promise<RequestReply | Reply> {
    const view = await this.#options.approvals.getRequest(requestId, org ? { org } : {});
    if (!view) return notice('error', `No request ${requestId}.`);
    return this.#drawRequest(view, viewer);
  }

  /** A person's home: their requests, what awaits their decision or vote, and the flows they can start. */
  async home(speaker: Speaker): Promise<HomeReply> {
    const organisation = this.organisation(speaker.org);
    const [mine, awaiting] = await Promise.all([
      this.#options.approvals.listMine({ org: speaker.org, person: speaker.person }),
      this.#options.approvals.listAwaiting({ org: speaker.org, person: speaker.person }),
    ]);
    const drawn = await Promise.all(awaiting.map((view) => this.#drawRequest(view, speaker.person)));
    return {
      kind: 'home',
      org: speaker.org,
      name: resolveActor(organisation, speaker.person).name,
      mine: mine.reverse().map((view) => requestSummary(organisation, view)),
      awaiting: drawn,
      flows: flowMenu(speaker.org, organisation.flows).flows,
    };
  }

  /**
   * What one recipient sees for a notification: a sentence, and for anything that asks them to act,
   * the request with their buttons.
   */
  async notificationReplies(notification: Notification): Promise<Reply[]> {
    const view = await this.#options.approvals.getRequest(notification.requestId, { org: notification.org });
    if (!view) return [];
    const organisation = this.organisation(notification.org);
    const text = notice(
      notification.kind === 'decided' && notification.status === 'approved' ? 'success' : 'info',
      notificationText(organisation, notification, view),
    );
    const actionable = isActionable(notification.kind);
    if (notification.kind === 'decided') {
      const conditions = notification.conditions?.length
        ? [
            notice(
              'info',
              `Conditions: ${notification.conditions.map((c) => `“${c.text}”${c.clause ? ` (${c.clause.split('#')[1]})` : ''}`).join(' ')}`,
            ),
          ]
        : [];
      return [text, ...(notification.status === 'approved' ? conditions : [])];
    }
    if (!actionable) return [text];
    const viewer = isPersonTarget(notification.to) ? notification.to : 'channel';
    return [text, await this.#drawRequest(view, viewer)];
  }

  /** Every account that holds a role (for platforms that post to people rather than channels). */
  holders(org: string, role: string): PersonRef[] {
    return peopleWithRole(this.organisation(org), role).flatMap((person) => person.accounts);
  }

  /**
   * Runs the clock's work (reminders, escalation, vote windows, expiry, lapse, and the outbox's
   * unfinished follow-up work) and delivers what it produced before returning.
   */
  async tick(): Promise<number> {
    const result = await this.#options.approvals.tick();
    if (result.notifications.length || result.requests.length || result.events.length) {
      await this.#deliveries.send({
        notifications: result.notifications,
        changed: result.requests,
        events: result.events,
      });
    }
    return result.notifications.length;
  }

  async #drawRequest(view: RequestView, viewer: PersonRef | 'channel'): Promise<RequestReply> {
    const organisation = this.organisation(view.org);
    if (viewer === 'channel')
      return requestReply(organisation, view, view.route.kind === 'vote' ? 'voter' : 'approver', 'channel');
    const actions = await this.#options.approvals.actionsFor(view.id, viewer, { org: view.org });
    const isRequester = resolveActor(organisation, viewer).key === view.requester.key;
    const audience = actions.decide ? 'approver' : actions.vote ? 'voter' : isRequester ? 'requester' : 'observer';
    return requestReply(organisation, view, audience, actions);
  }

  /** Hands a command's follow-up work to the background deliveries: the command returns without waiting for any platform. */
  #deliver(result: CommandResult): void {
    if (!result.ok) return;
    void this.#deliveries.send({
      notifications: result.value.notifications,
      changed: [result.value.request],
      events: result.value.events,
    });
  }

  async #commandReplies(speaker: Speaker, result: CommandResult, action: ActionIdValue): Promise<Reply[]> {
    if (!result.ok) {
      const replies: Reply[] = [
        notice(
          result.error.code === 'already_voted' || result.error.code === 'already_decided' ? 'info' : 'warning',
          result.error.message,
        ),
      ];
      if (result.error.request) replies.push(await this.#drawRequest(result.error.request, speaker.person));
      return replies;
    }
    this.#deliver(result);
    const view = result.value.request;
    const done: Partial<Record<ActionIdValue, string>> = {
      [ActionId.approve]: `You approved “${view.flow.title}”.`,
      [ActionId.decline]: `You declined “${view.flow.title}”.`,
      [ActionId.voteFor]: `Your vote ${voteLabels.for} “${view.flow.title}” is recorded.`,
      [ActionId.voteAgainst]: `Your vote ${voteLabels.against} “${view.flow.title}” is recorded.`,
      [ActionId.voteAbstain]: `Your abstention on “${view.flow.title}” is recorded.`,
      [ActionId.withdraw]: `You withdrew “${view.flow.title}”.`,
    };
    return [notice('success', done[action] ?? 'Done.'), await this.#drawRequest(view, speaker.person)];
  }
}
