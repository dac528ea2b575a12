import type { types } from '@slack/bolt';
import type { FlowMenuReply } from '../../core/conversation/replies.ts';
import { escapeMrkdwn, truncate } from '../mrkdwn.ts';
import { button, section, type SlackBlock, type SlackMessage } from './kit.ts';

/** One flow as a section with its Start button beside it. */
export function flowBlock(flow: FlowMenuReply['flows'][number]): types.SectionBlock {
  return {
    ...section(`*${escapeMrkdwn(flow.title)}*\n${escapeMrkdwn(truncate(flow.description, 2000))}`, `pd_flow:${flow.id}`),
    accessory: button(flow.button),
  };
}

/** The flows a person can start (`/request`), each with a Start button that opens its form. */
export function flowMenuMessage(reply: FlowMenuReply): SlackMessage {
  const blocks: SlackBlock[] = [section(escapeMrkdwn(reply.intro), 'pd_flow_intro'), ...reply.flows.slice(0, 40).map(flowBlock)];
  return { text: escapeMrkdwn(reply.intro), blocks };
}
