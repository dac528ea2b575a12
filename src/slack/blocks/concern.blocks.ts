import type { ConcernReply } from '../../core/conversation/replies.ts';
import { escapeMrkdwn } from '../mrkdwn.ts';
import { contactBlocks } from './contacts.blocks.ts';
import { section, type SlackMessage } from './kit.ts';

/**
 * The reporting route for a disclosure or an immediate danger: emergency line first, then who to
 * tell. No feedback or share buttons, and nothing of what the person wrote is repeated.
 */
export function concernMessage(reply: ConcernReply): SlackMessage {
  return {
    text: escapeMrkdwn(`${reply.headline}. ${reply.emergency} ${reply.summary}`),
    blocks: [
      section(`:rotating_light: *${escapeMrkdwn(reply.headline)}*`, 'pd_concern_headline'),
      section(`*${escapeMrkdwn(reply.emergency)}*`, 'pd_concern_emergency'),
      section(escapeMrkdwn(reply.summary), 'pd_concern_summary'),
      ...contactBlocks('Who to tell', reply.contacts),
    ],
  };
}
