import type { Button } from '../../core/conversation/replies.ts';
import { type Html, html, jsonAttr } from './html.ts';

/** A button that posts its action and value (never who is clicking: that is the chosen person). */
export function renderButton(button: Button, accessibleName?: string): Html {
  const style = button.style ? ` btn-${button.style}` : '';
  const name = accessibleName ? html` aria-label="${accessibleName}"` : '';
  return html`<button type="button" class="btn${style}" data-action="${button.action}" data-value="${jsonAttr(button.value)}"${name}>${button.label}</button>`;
}

/** A row of buttons, named for screen readers; nothing when there are none. */
export function renderButtonRow(buttons: readonly Button[], label: string): Html {
  if (buttons.length === 0) return html``;
  return html`<div class="actions" role="group" aria-label="${label}">${buttons.map((button) => renderButton(button))}</div>`;
}
