import type { AvailableActions } from '../approvals/approval-service.ts';
import type { Flow, FlowField } from '../approvals/flow-schema.ts';
import type { Notification } from '../approvals/notifications.ts';
import type { RequestView } from '../approvals/request-view.ts';
import type { Tally } from '../approvals/votes.ts';
import type { Organisation } from '../organisation/organisation-schema.ts';
import { ActionId, voteActions } from './actions.ts';
import type {
  Audience,
  Button,
  FlowMenuReply,
  FormFieldView,
  NoticeReply,
  RequestFormReply,
  RequestReply,
  RequestSummary,
} from './replies.ts';
import { earlyCloseText, tallyText } from './tally-lines.ts';

/** A UTC time as people read it: "21 Nov 2026, 14:05 UTC". */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${day}, ${time} UTC`;
}

/** "Activity Leader or Coordinator", from the organisation's role titles. */
export function roleTitles(organisation: Organisation, roles: readonly string[]): string {
  const titles = roles.map((role) => organisation.roles[role]?.title ?? role);
  return titles.length <= 1 ? (titles[0] ?? '') : `${titles.slice(0, -1).join(', ')} or ${titles[titles.length - 1]}`;
}

/** Who decides a flow, in a sentence. */
export function routeSummary(organisation: Organisation, flow: Flow): string {
  const route = flow.route;
  if (route.kind === 'single') return `Decided by the ${roleTitles(organisation, route.roles)}.`;
  const threshold =
    route.threshold === 'majority-of-cast' ? 'a majority of the votes cast' : 'a majority of the whole board';
  const body = route.title ?? `${roleTitles(organisation, [route.body])} board`;
  return `Voted on by the ${body}: at least ${route.quorum} votes, ${threshold}.`;
}

const reasonText: Readonly<Record<string, string>> = {
  majority: 'by majority',
  'chair-casting-vote': "on the chair's casting vote",
  tie: 'on a tied vote',
  'no-quorum': 'without reaching the quorum',
  'expire-after': 'without a decision in time',
};

/** One line on where a request stands. */
export function statusLine(organisation: Organisation, view: RequestView): string {
  const when = view.decidedAt ? ` on ${formatTime(view.decidedAt)}` : '';
  const reason = view.reason && reasonText[view.reason] ? ` ${reasonText[view.reason]}` : '';
  switch (view.status) {
    case 'pending':
      if (view.route.kind === 'vote') return `Voting open until ${formatTime(view.route.closesAt)}.`;
      return view.route.escalated
        ? `Pending: escalated to the ${roleTitles(organisation, view.route.escalateTo)}.`
        : `Pending: waiting for the ${roleTitles(organisation, view.route.roles)}.`;
    case 'approved': {
      // Every approval says how long it lasts.
      const until = view.validUntil ? ` Valid until ${formatTime(view.validUntil)}.` : '';
      return `${view.decidedBy ? `Approved by ${view.decidedBy.name}${when}.` : `Approved${reason}${when}.`}${until}`;
    }
    case 'declined':
      return view.decidedBy ? `Declined by ${view.decidedBy.name}${when}.` : `Declined${reason}${when}.`;
    case 'withdrawn':
      return `Withdrawn by ${view.requester.name}.`;
    case 'expired':
      return `Expired${reason}${when}.`;
    case 'lapsed':
      return `Was approved; the permission lapsed${view.lapsesAt ? ` on ${formatTime(view.lapsesAt)}` : ''}.`;
  }
}

/**
 * "For 2 · Against 1 · Abstain 0 · 3 of 4 voted (quorum 3)", counting only those who may vote, and
 * why the vote closed early when it did: the line every platform shows.
 */
export function tallyLine(tally: Tally, view?: RequestView): string {
  const early = view ? earlyCloseText(view) : undefined;
  return `${tallyText(tally)}${early ? ` ${early}` : ''}`;
}

/** A request drawn for one viewer, with the buttons their role allows right now. */
export function requestReply(
  organisation: Organisation,
  view: RequestView,
  audience: Audience,
  actions: AvailableActions | 'channel',
): RequestReply {
  const value = { request: view.id };
  const pending = view.status === 'pending';
  const buttons: Button[] = [];
  const canDecide = actions === 'channel' ? pending && view.route.kind === 'single' : actions.decide;
  const canVote = actions === 'channel' ? pending && view.route.kind === 'vote' : actions.vote;
  if (canDecide) {
    buttons.push(
      { action: ActionId.approve, label: 'Approve', value, style: 'primary' },
      { action: ActionId.decline, label: 'Decline', value, style: 'danger' },
    );
  }
  if (canVote) {
    for (const vote of voteActions)
      buttons.push({
        action: vote.id,
        label: vote.label,
        value,
        ...(vote.choice === 'for' ? { style: 'primary' as const } : {}),
      });
  }
  if (actions !== 'channel' && actions.withdraw)
    buttons.push({ action: ActionId.withdraw, label: 'Withdraw request', value });
  return {
    kind: 'request',
    audience,
    request: view,
    title: view.flow.title,
    status: statusLine(organisation, view),
    facts: [
      { label: 'Requested by', value: view.requester.name },
      ...view.answers.map((answer) => ({ label: answer.label, value: answer.value })),
    ],
    ...(view.tally ? { tally: tallyLine(view.tally, view) } : {}),
    conditions: conditionsApply(view.status) ? view.conditions.map((condition) => condition.text) : [],
    conditionsHeading: view.status === 'pending' ? 'Conditions if approved:' : 'Conditions:',
    actions: buttons,
    ...(canDecide ? { commentPrompt: 'Comment (optional): what the requester should know' } : {}),
  };
}

/** Conditions go with a permission given or still to decide; a declined, withdrawn, expired or lapsed request has none. */
function conditionsApply(status: RequestView['status']): boolean {
  return status === 'pending' || status === 'approved';
}

/** A short line for lists (home tab, records). */
export function requestSummary(organisation: Organisation, view: RequestView): RequestSummary {
  return { id: view.id, title: view.flow.title, status: statusLine(organisation, view), submittedAt: view.submittedAt };
}

/** The flows an organisation offers, as a menu. */
export function flowMenu(org: string, flows: readonly Flow[]): FlowMenuReply {
  return {
    kind: 'flow-menu',
    org,
    intro: flows.length
      ? 'Which permission do you need? Each request goes to whoever the policy names.'
      : 'Your organisation’s policies name no permission requests.',
    flows: flows.map((flow) => ({
      id: flow.id,
      title: flow.title,
      description: flow.description,
      button: { action: ActionId.startRequest, label: 'Start', value: { flow: flow.id } },
    })),
  };
}

function fieldView(field: FlowField): FormFieldView {
  const base = {
    id: field.id,
    label: field.label,
    required: field.required,
    ...(field.help ? { help: field.help } : {}),
  };
  switch (field.type) {
    case 'text':
      return { ...base, type: 'text', maxLength: field.maxLength, multiline: field.multiline };
    case 'date':
      return { ...base, type: 'date' };
    case 'initials':
      return { ...base, type: 'initials', help: field.help ?? 'Initials only (e.g. J.S.), never a name.' };
    case 'choice':
      return { ...base, type: 'choice', options: field.options };
    case 'attestation':
      return {
        ...base,
        type: 'attestation',
        statement: field.statement,
        ...(field.who ? { who: field.who } : {}),
        ...(field.how ? { how: field.how } : {}),
      };
  }
}

/** A flow's form, with any field errors from a previous submission. */
export function requestForm(
  organisation: Organisation,
  flow: Flow,
  errors: Readonly<Record<string, string>> = {},
): RequestFormReply {
  return {
    kind: 'request-form',
    org: organisation.slug,
    flow: { id: flow.id, title: flow.title, description: flow.description },
    routeSummary: routeSummary(organisation, flow),
    fields: flow.fields.map(fieldView),
    errors,
    submitLabel: 'Submit request',
  };
}

/** The sentence a recipient reads for a notification. */
export function notificationText(organisation: Organisation, notification: Notification, view: RequestView): string {
  const title = `“${view.flow.title}”`;
  const from = view.requester.name;
  switch (notification.kind) {
    case 'approval-needed':
      return `${from} asks for your approval: ${title}.`;
    case 'vote-needed':
      return `${from} asks the board to vote: ${title}. ${statusLine(organisation, view)}`;
    case 'reminder':
      return `Reminder: ${title} from ${from} is still waiting for ${view.route.kind === 'vote' ? 'your vote' : 'a decision'}.`;
    case 'escalated':
      return `Escalated to you: ${title} from ${from} has waited too long for a decision.`;
    case 'decided': {
      const verb =
        notification.status === 'approved'
          ? 'approved'
          : notification.status === 'declined'
            ? 'declined'
            : notification.status;
      const by = notification.decidedBy ? ` by ${notification.decidedBy}` : '';
      const reason =
        notification.reason && reasonText[notification.reason] ? ` ${reasonText[notification.reason]}` : '';
      const comment = notification.comment ? ` Comment: “${notification.comment}”` : '';
      const until =
        notification.status === 'approved' && notification.validUntil
          ? ` Valid until ${formatTime(notification.validUntil)}.`
          : '';
      return `Your request ${title} was ${verb}${by}${reason}.${until}${comment}`;
    }
    case 'decided-by-other':
      return `${title} from ${from} was ${notification.status}${notification.decidedBy ? ` by ${notification.decidedBy}` : ''}: nothing more for you to do.`;
    case 'tally-changed':
      return `Vote on ${title}: ${view.tally ? tallyLine(view.tally, view) : statusLine(organisation, view)}`;
    case 'withdrawn':
      return `${from} withdrew ${title}: nothing more for you to do.`;
    case 'expired':
      return `${title} from ${from} expired without a decision.`;
    case 'lapsed':
      return `Your permission ${title} has lapsed: ask again if you still need it.`;
  }
}

/** A plain notice. */
export function notice(tone: NoticeReply['tone'], text: string): NoticeReply {
  return { kind: 'notice', tone, text };
}
