import type { Speaker } from '../../../core/conversation/conversation.ts';
import type { NoticeReply, Reply, RequestReply } from '../../../core/conversation/replies.ts';
import { renderRequest } from '../../render/request.ts';
import type { SlackContext } from '../../slack-context.ts';

/**
 * The requester's own copy of a new request, by DM: where it stands and a Withdraw button. It is
 * recorded like every other copy, so it is redrawn when the request is decided.
 */
export async function postRequesterCopy(ctx: SlackContext, speaker: Speaker, replies: readonly Reply[]): Promise<void> {
  const request = replies.find((reply): reply is RequestReply => reply.kind === 'request');
  if (!request) return;
  const intro = replies.find((reply): reply is NoticeReply => reply.kind === 'notice')?.text;
  const userId = speaker.person.userId;
  const posted = await ctx.messenger.dm(userId, renderRequest(request, intro ? { intro } : {}));
  await ctx.log.add(request.request.id, {
    ...posted,
    viewer: userId,
    audience: 'requester',
    ...(intro ? { intro } : {}),
  });
}
