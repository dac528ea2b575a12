import type { FlowMenuReply, HomeReply } from '../../core/conversation/replies.ts';
import { actionSet, executeAction, heading, paragraph, plain, run, type CardElement, type CardPart } from './adaptive-card.ts';
import { requestSummaryElements } from './request.card.ts';

function flowElements(flows: FlowMenuReply['flows']): CardElement[] {
  return flows.flatMap((flow) => [
    paragraph([run(flow.title, { weight: 'bolder' })], { spacing: 'medium' }),
    plain(flow.description, {}, { spacing: 'none' }),
    actionSet([executeAction(flow.button, { associatedInputs: 'none' })]),
  ]);
}

/** The flows a person can start, each with a Start button. */
export function flowMenuPart(reply: FlowMenuReply): CardPart {
  return { body: [plain(reply.intro, { weight: 'bolder' }), ...flowElements(reply.flows)] };
}

/** A person's home: what waits for their decision or vote (with buttons), their requests, and the flows. */
export function homePart(reply: HomeReply): CardPart {
  const body: CardElement[] = [heading(`Policy Desk · ${reply.name}`)];
  body.push(plain('Waiting for you', { weight: 'bolder', size: 'medium' }, { spacing: 'medium' }));
  if (reply.awaiting.length === 0) body.push(plain('Nothing waits for your decision or vote.', { isSubtle: true }));
  for (const request of reply.awaiting) {
    body.push({ type: 'Container', style: 'emphasis', spacing: 'small', items: requestSummaryElements(request) });
    // No comment box here: several requests share this card, so a decision with a comment is made on the request's own card.
    if (request.actions.length) body.push(actionSet(request.actions.map((button) => executeAction(button, { associatedInputs: 'none' }))));
  }
  body.push(plain('Your requests', { weight: 'bolder', size: 'medium' }, { spacing: 'medium' }));
  if (reply.mine.length === 0) body.push(plain('You have not made any requests.', { isSubtle: true }));
  for (const mine of reply.mine) body.push(paragraph([run(mine.title, { weight: 'bolder' }), run(` · ${mine.status}`, { isSubtle: true })], { spacing: 'small' }));
  if (reply.flows.length) {
    body.push(plain('Ask for permission', { weight: 'bolder', size: 'medium' }, { spacing: 'medium' }));
    body.push(...flowElements(reply.flows));
  }
  return { body };
}
