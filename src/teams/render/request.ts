import type { RequestStatus } from '../../core/approvals/request-view.ts';
import { maxCommentLength } from '../../core/approvals/rules.ts';
import type { RequestReply } from '../../core/conversation/replies.ts';
import {
  type CardElement,
  type CardPart,
  type CardRefresh,
  executeAction,
  fact,
  maxRefreshUsers,
  paragraph,
  plain,
  RefreshVerb,
  type RunStyle,
  run,
} from './adaptive-card.ts';

/** The comment input's id on a decision card; Action.Execute sends it with the button's data. */
export const commentInputId = 'comment';

const statusColor: Readonly<Record<RequestStatus, RunStyle['color']>> = {
  pending: 'accent',
  approved: 'good',
  declined: 'attention',
  withdrawn: 'default',
  expired: 'warning',
  lapsed: 'warning',
};

/** How a request card is drawn. */
export interface RequestCardOptions {
  /**
   * A copy many people see (a channel post): drawn without buttons, so only the people named in
   * `refreshUserIds` get their own buttons when the card refreshes for them.
   */
  readonly shared?: boolean;
  /** Teams MRIs whose clients refresh the card to their own view (Universal Actions). */
  readonly refreshUserIds?: readonly string[];
}

/** Refresh clause for a request card: `pd_refresh` with the request id, for the named users. */
export function requestRefresh(requestId: string, userIds: readonly string[] = []): CardRefresh {
  const unique = [...new Set(userIds)].slice(0, maxRefreshUsers);
  return {
    action: { type: 'Action.Execute', verb: RefreshVerb, data: { request: requestId } },
    ...(unique.length ? { userIds: unique } : {}),
  };
}

/** The elements describing a request (title, status, answers, tally, conditions), without buttons. */
export function requestSummaryElements(reply: RequestReply): CardElement[] {
  const elements: CardElement[] = [
    paragraph([run(reply.title, { size: 'large', weight: 'bolder' })]),
    plain(reply.status, { color: statusColor[reply.request.status], weight: 'bolder' }, { spacing: 'small' }),
    ...reply.facts.map((item) => fact(item.label, item.value)),
  ];
  if (reply.tally) elements.push(plain(reply.tally, { isSubtle: true }, { spacing: 'small' }));
  if (reply.conditions.length) {
    elements.push(plain(reply.conditionsHeading, { weight: 'bolder' }, { spacing: 'medium' }));
    // Conditions are verbatim quotes of the policy.
    for (const condition of reply.conditions) elements.push(plain(condition, { italic: true }, { spacing: 'small' }));
  }
  return elements;
}

/**
 * A request drawn for one viewer: their buttons (approve/decline with a comment, vote, withdraw),
 * and a refresh clause so the card redraws to the current state whenever they look at it.
 */
export function renderRequest(reply: RequestReply, options: RequestCardOptions = {}): CardPart {
  const body = requestSummaryElements(reply);
  const showActions = !options.shared && reply.actions.length > 0;
  if (showActions && reply.commentPrompt) {
    body.push({
      type: 'Input.Text',
      id: commentInputId,
      label: reply.commentPrompt,
      isMultiline: true,
      maxLength: maxCommentLength,
      spacing: 'medium',
    });
  }
  return {
    body,
    ...(showActions ? { actions: reply.actions.map((button) => executeAction(button)) } : {}),
    refresh: requestRefresh(reply.request.id, options.refreshUserIds),
  };
}
