import type { types } from '@slack/bolt';
import { ActionId } from '../../core/conversation/actions.ts';
import type { Button, FlowMenuReply } from '../../core/conversation/replies.ts';
import { escapeMrkdwn, truncate } from '../mrkdwn.ts';
import {
  actions,
  button,
  encodeValue,
  limits,
  option,
  plain,
  type SlackBlock,
  type SlackMessage,
  section,
  selectOptions,
} from './kit.ts';

/** Flows listed one section each (with a Start button) up to this many; beyond, one select lists them all. */
export const maxFlowSections = 40;

/** One flow as a section with its Start button beside it. */
export function flowBlock(flow: FlowMenuReply['flows'][number]): types.SectionBlock {
  return {
    ...section(
      `*${escapeMrkdwn(flow.title)}*\n${escapeMrkdwn(truncate(flow.description, 2000))}`,
      `pd_flow:${flow.id}`,
    ),
    accessory: button(flow.button),
  };
}

/**
 * A select that starts any of `buttons` (same action id as the buttons, the button's value as the
 * option's value): for when there are more flows than a message can hold as buttons. Over 100
 * flows go into option groups.
 */
export function startPicker(
  buttons: ReadonlyArray<{ readonly label: string; readonly button: Button }>,
  placeholder: string,
  blockId: string,
): types.ActionsBlock {
  const options = buttons.map((entry) => option(encodeValue(entry.button.value), entry.label));
  return actions(
    [
      {
        type: 'static_select',
        action_id: ActionId.startRequest,
        placeholder: plain(placeholder, limits.optionText),
        ...selectOptions(options),
      },
    ],
    blockId,
  );
}

/** Flows to start: a section with a Start button each up to `max`, else one select of them all. */
export function flowBlocks(flows: FlowMenuReply['flows'], max: number, pickerBlockId: string): SlackBlock[] {
  if (flows.length <= max) return flows.map(flowBlock);
  return [
    startPicker(
      flows.map((flow) => ({ label: flow.title, button: flow.button })),
      `Choose one of ${flows.length} requests`,
      pickerBlockId,
    ),
  ];
}

/** The flows a person can start (`/request`): each with a Start button, or, when there are many, one select of them all. */
export function renderFlowMenu(reply: FlowMenuReply): SlackMessage {
  const blocks: SlackBlock[] = [
    section(escapeMrkdwn(reply.intro), 'pd_flow_intro'),
    ...flowBlocks(reply.flows, maxFlowSections, 'pd_flow_picker'),
  ];
  return { text: escapeMrkdwn(reply.intro), blocks };
}
