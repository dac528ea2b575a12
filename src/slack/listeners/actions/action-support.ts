import type { RespondFn } from '@slack/bolt';
import type { z } from 'zod';
import type { ActionIdValue } from '../../../core/conversation/actions.ts';
import type { Speaker } from '../../../core/conversation/conversation.ts';
import type { NoticeReply, Reply } from '../../../core/conversation/replies.ts';
import { blockActionPayload, parseButtonValue, teamOf } from '../../payloads.ts';
import { renderNotice } from '../../render/notice.ts';
import { renderReplies } from '../../render/reply.ts';
import type { SlackContext } from '../../slack-context.ts';
import { slackErrorCode } from '../../slack-errors.ts';
import { respondPrivately } from '../respond.ts';

/** A parsed button press with its speaker (from the payload's user) or the notice that stops it. */
export type PressedButton = {
  readonly payload: z.infer<typeof blockActionPayload>;
  readonly value: string | undefined;
} & ({ readonly ok: true; readonly speaker: Speaker } | { readonly ok: false; readonly notice: NoticeReply });

/** Parses a block_actions body; identity is `user.id`, never anything in the button's value. */
export function pressedButton(ctx: SlackContext, body: unknown): PressedButton {
  const payload = blockActionPayload.parse(body);
  const who = ctx.speaker(teamOf(payload), payload.user.id);
  // A button carries `value`; a select (many flows) carries the chosen option's value.
  const pressed = payload.actions[0]!;
  const value = pressed.value ?? pressed.selected_option?.value;
  return who.ok
    ? { payload, value, ok: true, speaker: who.speaker }
    : { payload, value, ok: false, notice: who.notice };
}

/**
 * Tells the person who pressed a button what happened. In a message: a private reply through the
 * response_url (the message itself is redrawn by the notifier for everyone). On the Home tab: the
 * tab is republished with the result on top.
 */
export async function tellPresser(
  ctx: SlackContext,
  pressed: PressedButton,
  respond: RespondFn | undefined,
  replies: readonly Reply[],
): Promise<void> {
  const notice = replies.find((reply): reply is NoticeReply => reply.kind === 'notice');
  if (pressed.payload.view?.type === 'home' && pressed.ok) {
    try {
      await ctx.homes.publish(pressed.speaker, notice);
    } catch (error) {
      // The Home tab could not be redrawn: the result goes by DM instead, in plain text.
      ctx.logger.warn({ err: error, code: slackErrorCode(error) }, 'slack home tab publish refused');
      const text = notice?.text ?? 'Done.';
      await ctx.messenger.dmText(
        pressed.speaker.person.userId,
        `${text} (Slack could not update your Policy Desk Home tab (${slackErrorCode(error)}); reopen it to see the latest.)`,
      );
    }
    return;
  }
  if (!respond) return;
  await respondPrivately(respond, notice ? renderNotice(notice) : renderReplies(replies), ctx.logger);
}

/**
 * A button the core acts on straight away (a vote, a withdrawal, feedback): acknowledged first,
 * then the core decides whether this user may do it, and the presser gets its answer privately.
 */
export async function actOnButton(
  ctx: SlackContext,
  action: ActionIdValue,
  body: unknown,
  respond: RespondFn | undefined,
): Promise<void> {
  const pressed = pressedButton(ctx, body);
  if (!pressed.ok) return tellPresser(ctx, pressed, respond, [pressed.notice]);
  const replies = await ctx.conversation.handleAction(pressed.speaker, action, parseButtonValue(pressed.value));
  await tellPresser(ctx, pressed, respond, replies);
  // What awaits them may have changed: a Home tab they opened earlier is redrawn too.
  if (pressed.payload.view?.type !== 'home') await ctx.homes.refresh([pressed.speaker.person.userId]);
}
