import type { FlowMenuReply } from '../../core/conversation/replies.ts';
import { renderButton } from './buttons.ts';
import type { RenderContext } from './context.ts';
import { type Html, html } from './html.ts';

/** The flows as a list, each with its Start button (the menu, and the foot of a person's home). */
export function renderFlowList(flows: FlowMenuReply['flows']): Html {
  return html`<ul class="flows">${flows.map((flow) => html`<li><strong>${flow.title}</strong><p>${flow.description}</p>${renderButton(flow.button, `${flow.button.label}: ${flow.title}`)}</li>`)}</ul>`;
}

/** The requests a person can start, each with its Start button. */
export function renderFlowMenu(reply: FlowMenuReply, ctx: RenderContext): Html {
  const titleId = ctx.elementId('flows-title');
  return html`<section class="card flow-menu" aria-labelledby="${titleId}"><h3 id="${titleId}">Requests</h3><p>${reply.intro}</p>${renderFlowList(reply.flows)}</section>`;
}
