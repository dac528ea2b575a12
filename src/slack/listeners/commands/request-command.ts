import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { commandPayload } from '../../payloads.ts';
import { renderRequestForm } from '../../render/form.ts';
import { renderNotice } from '../../render/notice.ts';
import { renderReply } from '../../render/reply.ts';
import type { SlackContext } from '../../slack-context.ts';
import { openViewOrExplain } from '../open-view.ts';
import { respondPrivately } from '../respond.ts';

/** The slash command that starts a request. */
export const requestCommandName = '/request';

/**
 * `/request`: the organisation's flows as a private menu, each with Start. `/request <flow id>`
 * opens that flow's form straight away: the modal opens from the command's trigger id before
 * anything slow runs (the form is drawn from memory), well inside Slack's three seconds.
 */
export function requestCommand(ctx: SlackContext): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ ack, body, respond }) => {
    await ack();
    const command = commandPayload.parse(body);
    const who = ctx.speaker(command.team_id, command.user_id);
    if (!who.ok) return respondPrivately(respond, renderNotice(who.notice), ctx.logger);
    const typed = command.text.trim();
    if (!typed) return respondPrivately(respond, renderReply(ctx.conversation.flowMenu(who.speaker.org)), ctx.logger);
    // Flow ids are lower-case; `/request PHOTOS` means photos.
    const flowId =
      ctx.conversation.organisation(who.speaker.org).flows.find((flow) => flow.id === typed.toLowerCase())?.id ?? typed;
    const form = ctx.conversation.requestForm(who.speaker.org, flowId);
    if (form.kind !== 'request-form') return respondPrivately(respond, renderReply(form), ctx.logger);
    await openViewOrExplain(ctx, command.trigger_id, renderRequestForm(form), (notice) =>
      respondPrivately(respond, renderNotice(notice), ctx.logger),
    );
  };
}
