import type { ConcernReply } from '../../core/conversation/replies.ts';
import { escapeMrkdwn } from '../mrkdwn.ts';
import { renderAnswer } from './answer.ts';
import { renderContacts } from './contacts.ts';
import { divider, type SlackBlock, type SlackMessage, section } from './kit.ts';

function list(title: string, items: readonly string[]): SlackBlock[] {
  return items.length
    ? [section(`*${escapeMrkdwn(title)}*\n${items.map((item) => `• ${escapeMrkdwn(item)}`).join('\n')}`)]
    : [];
}

/**
 * The reporting route for a disclosure or an immediate danger: the emergency line first when it is
 * happening now, then what to do, what not to do and who to tell. When the message was also a
 * policy question, the policy's answer comes under a divider. No share button, and nothing of what
 * the person wrote is repeated.
 */
export function renderConcern(reply: ConcernReply): SlackMessage {
  const emergency = section(`:rotating_light: *${escapeMrkdwn(reply.emergency)}*`, 'pd_concern_emergency');
  const blocks: SlackBlock[] = [
    ...(reply.danger ? [emergency] : []),
    section(
      `${reply.danger ? '' : ':rotating_light: '}*${escapeMrkdwn(reply.headline)}*\n${escapeMrkdwn(reply.about)}`,
      'pd_concern_headline',
    ),
    section(escapeMrkdwn(reply.summary), 'pd_concern_summary'),
    ...list('Do now', reply.doNow),
    ...list('Do not', reply.dont),
    ...renderContacts('Who to tell', reply.contacts),
    ...(reply.danger ? [] : [emergency]),
  ];
  if (reply.answer) {
    blocks.push(
      divider(),
      section(`*${escapeMrkdwn(reply.answerHeading)}*`),
      ...(renderAnswer(reply.answer).blocks ?? []),
    );
  }
  const first = reply.danger ? `${reply.emergency} ${reply.headline}.` : `${reply.headline}. ${reply.emergency}`;
  return { text: escapeMrkdwn(`${first} ${reply.summary}`), blocks };
}
