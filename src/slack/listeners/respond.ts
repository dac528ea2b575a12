import type { RespondFn } from '@slack/bolt';
import type { SlackMessage } from '../blocks/kit.ts';

/** Answers through the payload's response_url with a message only the person who acted sees. */
export async function respondPrivately(respond: RespondFn, message: SlackMessage): Promise<void> {
  await respond({ response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks });
}
