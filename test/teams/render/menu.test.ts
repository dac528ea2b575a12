import { describe, expect, it } from 'vitest';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import type { FlowMenuReply } from '../../../src/core/conversation/replies.ts';
import { cardBytes, composeCard, flowChoiceId } from '../../../src/teams/render/adaptive-card.ts';
import { renderFlowMenu } from '../../../src/teams/render/menu.ts';
import { actionCount } from '../support/card-query.ts';
import { cardActions, cardText } from '../support/connector-double.ts';

// As the core gives it (request-replies.ts): every flow's button says "Start".
function menu(count: number): FlowMenuReply {
  return {
    kind: 'flow-menu',
    org: 'allsorts',
    intro: 'Which permission do you need?',
    flows: Array.from({ length: count }, (_, i) => ({
      id: `flow-${i}`,
      title: `Flow number ${i}`,
      description: `What flow ${i} is for.`,
      button: { action: ActionId.startRequest, label: 'Start', value: { flow: `flow-${i}` } },
    })),
  };
}

describe('renderFlowMenu', () => {
  it('gives each of up to six flows its own Start button', () => {
    const card = composeCard([renderFlowMenu(menu(6))]);
    expect(cardActions(card).map((action) => action.data)).toEqual(
      Array.from({ length: 6 }, (_, i) => ({ flow: `flow-${i}` })),
    );
  });

  it('shows more than six flows as one choice, named by their titles, and one Start: within six actions', () => {
    const card = composeCard([renderFlowMenu(menu(9))]);
    expect(actionCount(card)).toBeLessThanOrEqual(6);
    expect(cardActions(card)).toEqual([{ title: 'Start', verb: ActionId.startRequest, data: {} }]);
    const choice = card.body.find((element) => element.type === 'Input.ChoiceSet') as unknown as {
      id: string;
      choices: Array<{ title: string; value: string }>;
    };
    expect(choice.id).toBe(flowChoiceId);
    expect(choice.choices).toEqual(
      Array.from({ length: 9 }, (_, i) => ({ title: `Flow number ${i}`, value: `flow-${i}` })),
    );
    for (let i = 0; i < 9; i += 1) expect(cardText(card)).toContain(`What flow ${i} is for.`);
  });

  it('keeps a menu of 60 flows within 28 KB', () => {
    const card = composeCard([renderFlowMenu(menu(60))]);
    expect(actionCount(card)).toBe(1);
    expect(cardBytes(card)).toBeLessThan(28 * 1024);
  });
});
