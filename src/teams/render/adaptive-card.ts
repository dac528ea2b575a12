import type { Button } from '../../core/conversation/replies.ts';

/**
 * The small slice of Adaptive Cards 1.5 that Policy Desk draws, as plain JSON. Text that comes
 * from policies, people or form answers goes into RichTextBlock TextRuns, which Teams renders as
 * plain text (a TextBlock would read `*`, `_` and `[x](y)` as Markdown and change a verbatim quote).
 */

/** Any card element: TextBlock, RichTextBlock, Container, ActionSet, inputs. */
export type CardElement = { readonly type: string } & Readonly<Record<string, unknown>>;

/** An Action.Execute (Universal Actions): the verb is an ActionId, the data the button's value. */
export interface ExecuteAction {
  readonly type: 'Action.Execute';
  readonly title: string;
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly style?: 'positive' | 'destructive';
  readonly associatedInputs?: 'auto' | 'none';
}

/** How a card refreshes itself for the people named (Universal Actions user-specific views). */
export interface CardRefresh {
  readonly action: {
    readonly type: 'Action.Execute';
    readonly verb: string;
    readonly data: Readonly<Record<string, unknown>>;
  };
  /** Teams user MRIs (29:…), at most 60; without it Teams refreshes for everyone in chats of up to 60 people. */
  readonly userIds?: readonly string[];
}

/** An Adaptive Card 1.5. */
export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  readonly version: '1.5';
  readonly body: readonly CardElement[];
  readonly actions?: readonly ExecuteAction[];
  readonly refresh?: CardRefresh;
  readonly msteams: { readonly width: 'Full' };
}

/** A piece of a card: what one reply draws. Several pieces make one card (a notice above a request). */
export interface CardPart {
  readonly body: readonly CardElement[];
  readonly actions?: readonly ExecuteAction[];
  readonly refresh?: CardRefresh;
}

/** The verb of the automatic refresh: redraws a request for whoever is looking. */
export const RefreshVerb = 'pd_refresh';

/** The content type Teams expects for an Adaptive Card attachment and invoke response. */
export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** Teams limits user-specific views to 60 people per card. */
export const maxRefreshUsers = 60;

/** Teams' guidance: at most six actions on a card (buttons in the actions bar and in ActionSets together). */
export const maxCardActions = 6;

/** The input id of a start-request chooser: Action.Execute sends it as `flow`, as a Start button's data would. */
export const flowChoiceId = 'flow';

/** A card's size as Teams counts it: the UTF-8 bytes of its JSON. */
export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/**
 * A card's one-line summary, for the activity's `summary` (what Teams shows in the activity feed and
 * notifications instead of "sent a card"): its first line of text, cut at 150 characters.
 */
export function cardSummary(card: AdaptiveCard): string {
  let found: string | undefined;
  const walk = (node: unknown): void => {
    if (found !== undefined || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    const element = node as { type?: unknown; text?: unknown };
    if (
      (element.type === 'TextBlock' || element.type === 'TextRun') &&
      typeof element.text === 'string' &&
      element.text.trim()
    ) {
      found = element.text.trim();
      return;
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'actions' && key !== 'refresh') walk(value);
  };
  walk(card.body);
  const line = (found ?? 'Policy Desk').split('\n')[0]!;
  return line.length > 150 ? `${line.slice(0, 149)}…` : line;
}

/** Styling of one run of plain text. */
export interface RunStyle {
  readonly weight?: 'bolder' | 'lighter';
  readonly size?: 'small' | 'medium' | 'large';
  readonly color?: 'default' | 'good' | 'warning' | 'attention' | 'accent';
  readonly italic?: boolean;
  readonly isSubtle?: boolean;
}

/** One plain-text run (never read as Markdown). */
export function run(text: string, style: RunStyle = {}): CardElement {
  return { type: 'TextRun', text, ...style };
}

/** A paragraph of plain-text runs. */
export function paragraph(
  runs: readonly CardElement[],
  options: { spacing?: 'none' | 'small' | 'medium'; separator?: boolean } = {},
): CardElement {
  return { type: 'RichTextBlock', inlines: runs, ...options };
}

/** A paragraph of one plain-text run. */
export function plain(
  text: string,
  style: RunStyle = {},
  options: { spacing?: 'none' | 'small' | 'medium'; separator?: boolean } = {},
): CardElement {
  return paragraph([run(text, style)], options);
}

/** A heading of Policy Desk's own words. */
export function heading(text: string, color: RunStyle['color'] = 'default'): CardElement {
  return { type: 'TextBlock', text, style: 'heading', size: 'large', weight: 'bolder', wrap: true, color };
}

/** "Label: value" with the value as plain text. */
export function fact(label: string, value: string): CardElement {
  return paragraph([run(`${label}: `, { weight: 'bolder' }), run(value)], { spacing: 'none' });
}

/** A core button as an Action.Execute: verb = action id, data = the button's value (never identity). */
export function executeAction(button: Button, options: { associatedInputs?: 'auto' | 'none' } = {}): ExecuteAction {
  return {
    type: 'Action.Execute',
    title: button.label,
    verb: button.action,
    data: { ...button.value },
    ...(button.style === 'primary'
      ? { style: 'positive' as const }
      : button.style === 'danger'
        ? { style: 'destructive' as const }
        : {}),
    ...(options.associatedInputs ? { associatedInputs: options.associatedInputs } : {}),
  };
}

/**
 * Start buttons for many flows as one choice and one button (instead of a button each), to keep a
 * card within six actions. The choice is sent as `flow`, exactly as a Start button's data.
 */
export function flowChooser(buttons: readonly Button[], label: string): CardElement[] {
  const choices = buttons.map((button) => ({
    title: button.label.replace(/^Request approval: /, ''),
    value: String(button.value.flow),
  }));
  return [
    {
      type: 'Input.ChoiceSet',
      id: flowChoiceId,
      label,
      style: 'compact',
      isRequired: true,
      errorMessage: 'Choose a request first.',
      choices,
      value: choices[0]?.value ?? '',
    },
    actionSet([
      {
        type: 'Action.Execute',
        title: 'Start',
        verb: buttons[0]?.action ?? 'pd_request_start',
        data: {},
        style: 'positive',
        associatedInputs: 'auto',
      },
    ]),
  ];
}

/** Buttons inside the body (for a card with several groups of buttons). */
export function actionSet(actions: readonly ExecuteAction[]): CardElement {
  return { type: 'ActionSet', actions };
}

/** Joins parts into one card: the last part's buttons sit at the bottom, earlier parts keep theirs inline. */
export function composeCard(parts: readonly CardPart[]): AdaptiveCard {
  const body: CardElement[] = [];
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const elements = [...part.body];
    if (i > 0 && elements.length) elements[0] = { ...elements[0]!, separator: true, spacing: 'medium' };
    body.push(...elements);
    if (!last && part.actions?.length) body.push(actionSet(part.actions));
  });
  const lastActions = parts[parts.length - 1]?.actions ?? [];
  const refresh = [...parts].reverse().find((part) => part.refresh)?.refresh;
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(lastActions.length ? { actions: lastActions } : {}),
    ...(refresh ? { refresh } : {}),
    msteams: { width: 'Full' },
  };
}

/** The largest card sent as is: Teams refuses an activity over 28 KB, and the activity around the card takes some. */
export const maxCardBytes = 26 * 1024;

/**
 * The card itself when it fits a Teams message; otherwise a small card that says what it was, that
 * it is too large for Teams, and what to do, so a send never fails on size (cards are designed to
 * fit: this catches what a policy's own text, such as a form with hundreds of long choices, makes too big).
 */
export function fitCard(card: AdaptiveCard): AdaptiveCard {
  const size = cardBytes(card);
  if (size <= maxCardBytes) return card;
  const what = cardSummary(card);
  return composeCard([
    {
      body: [
        paragraph([run(what, { weight: 'bolder' })]),
        paragraph([
          run(
            `Policy Desk cannot show this in Teams: it is ${Math.ceil(size / 1024)} KB, and Teams allows 28 KB for a message. ` +
              'Ask your Policy Desk admin to shorten it in organisation.yaml (for a request form: fewer or shorter choices); meanwhile use Slack or ask the person who decides directly.',
            { color: 'warning' },
          ),
        ]),
      ],
    },
  ]);
}

/** A card as a message attachment, within Teams' size limit (see fitCard). */
export function cardAttachment(card: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: adaptiveCardContentType, content: fitCard(card) };
}
