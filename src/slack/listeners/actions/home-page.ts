import type { BlockAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { parseButtonValue } from '../../payloads.ts';
import type { SlackContext } from '../../slack-context.ts';
import { pressedButton, tellPresser } from './action-support.ts';

const pageValue = z.strictObject({ page: z.number().int().min(0).max(10_000) });

/** Previous / Next on the Home tab: republishes it on that page of what awaits the person. */
export function homePage(ctx: SlackContext): Middleware<SlackActionMiddlewareArgs<BlockAction>> {
  return async ({ ack, body, respond }) => {
    await ack();
    const pressed = pressedButton(ctx, body);
    if (!pressed.ok) return tellPresser(ctx, pressed, respond, [pressed.notice]);
    const value = pageValue.safeParse(parseButtonValue(pressed.value));
    await ctx.homes.publish(pressed.speaker, undefined, value.success ? value.data.page : 0);
  };
}
