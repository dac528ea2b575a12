import type { FlowMenuReply } from '../../core/conversation/replies.ts';
import {
  actionSet,
  type CardElement,
  type CardPart,
  executeAction,
  flowChooser,
  maxCardActions,
  paragraph,
  plain,
  run,
} from './adaptive-card.ts';

function flowElements(flows: FlowMenuReply['flows']): CardElement[] {
  return flows.flatMap((flow) => [
    paragraph([run(flow.title, { weight: 'bolder' })], { spacing: 'medium' }),
    plain(flow.description, {}, { spacing: 'none' }),
    actionSet([executeAction(flow.button, { associatedInputs: 'none' })]),
  ]);
}

/** The flows a person can start, each with a Start button; more than six as one choice and one Start. */
export function renderFlowMenu(reply: FlowMenuReply): CardPart {
  if (reply.flows.length <= maxCardActions)
    return { body: [plain(reply.intro, { weight: 'bolder' }), ...flowElements(reply.flows)] };
  return {
    body: [
      plain(reply.intro, { weight: 'bolder' }),
      ...reply.flows.map((flow) =>
        paragraph([run(flow.title, { weight: 'bolder' }), run(` · ${flow.description}`, { isSubtle: true })], {
          spacing: 'small',
        }),
      ),
      // Each flow's button says "Start": the choice names the flow by its title instead.
      ...flowChooser(
        reply.flows.map((flow) => ({ ...flow.button, label: flow.title })),
        'Which request?',
      ),
    ],
  };
}
