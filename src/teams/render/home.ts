import type { HomeReply, RequestReply } from '../../core/conversation/replies.ts';
import {
  actionSet,
  type CardElement,
  type CardPart,
  cardBytes,
  type ExecuteAction,
  executeAction,
  heading,
  maxCardActions,
  paragraph,
  plain,
  run,
} from './adaptive-card.ts';
import { requestSummaryElements } from './request.ts';

/** The verb of the home card's paging buttons: `{ page }` (a Teams surface of its own, so not a core action id). */
export const HomePageVerb = 'pd_home_page';

/** Requests of my own listed on the home card; the rest are counted. */
export const maxMineListed = 10;

/** Requests awaiting me on one page at most (fewer when their buttons or their size say so). */
const maxAwaitingPerPage = 3;

// Two actions are kept for paging ("Previous", "More"), so a page's requests get at most four.
const actionsPerPage = maxCardActions - 2;

/** Leaves room within the card budget for the header, my requests and the paging buttons. */
const awaitingBudgetBytes = 16 * 1024;

function awaitingElements(request: RequestReply): CardElement[] {
  const elements: CardElement[] = [
    { type: 'Container', style: 'emphasis', spacing: 'small', items: requestSummaryElements(request) },
  ];
  // No comment box here: several requests share this card, so a decision with a comment is made on the request's own card.
  if (request.actions.length)
    elements.push(actionSet(request.actions.map((button) => executeAction(button, { associatedInputs: 'none' }))));
  return elements;
}

/**
 * Splits what awaits a person into pages: each page holds at most three requests, at most four
 * actions (two more are paging) and about 16 KB, so every page is within Teams' 28 KB and six
 * actions whatever the number of requests. A single request is always a page of its own.
 */
export function awaitingPages(awaiting: readonly RequestReply[]): RequestReply[][] {
  const pages: RequestReply[][] = [];
  let page: RequestReply[] = [];
  let actions = 0;
  let bytes = 0;
  for (const request of awaiting) {
    const size = cardBytes(awaitingElements(request));
    const fits =
      page.length < maxAwaitingPerPage &&
      actions + request.actions.length <= actionsPerPage &&
      bytes + size <= awaitingBudgetBytes;
    if (page.length && !fits) {
      pages.push(page);
      page = [];
      actions = 0;
      bytes = 0;
    }
    page.push(request);
    actions += request.actions.length;
    bytes += size;
  }
  if (page.length) pages.push(page);
  return pages;
}

const pageButton = (title: string, page: number): ExecuteAction => ({
  type: 'Action.Execute',
  title,
  verb: HomePageVerb,
  data: { page },
  associatedInputs: 'none',
});

/**
 * A person's home, one page at a time: what waits for their decision or vote (with buttons), their
 * requests, and how to ask for permission. "More" and "Previous" turn the page in place.
 */
export function renderHome(reply: HomeReply, page = 0): CardPart {
  const pages = awaitingPages(reply.awaiting);
  const current = Math.min(Math.max(0, page), Math.max(0, pages.length - 1));
  const shown = pages[current] ?? [];
  const body: CardElement[] = [heading(`Policy Desk · ${reply.name}`)];
  const position = pages.length > 1 ? ` · page ${current + 1} of ${pages.length}` : '';
  body.push(
    plain(
      `Waiting for you (${reply.awaiting.length})${position}`,
      { weight: 'bolder', size: 'medium' },
      { spacing: 'medium' },
    ),
  );
  if (reply.awaiting.length === 0) body.push(plain('Nothing waits for your decision or vote.', { isSubtle: true }));
  for (const request of shown) body.push(...awaitingElements(request));

  body.push(plain(`Your requests (${reply.mine.length})`, { weight: 'bolder', size: 'medium' }, { spacing: 'medium' }));
  if (reply.mine.length === 0) body.push(plain('You have not made any requests.', { isSubtle: true }));
  for (const mine of reply.mine.slice(0, maxMineListed))
    body.push(
      paragraph([run(mine.title, { weight: 'bolder' }), run(` · ${mine.status}`, { isSubtle: true })], {
        spacing: 'small',
      }),
    );
  if (reply.mine.length > maxMineListed)
    body.push(
      plain(`…and ${reply.mine.length - maxMineListed} older requests.`, { isSubtle: true }, { spacing: 'small' }),
    );
  if (reply.flows.length)
    body.push(plain('To ask for permission, type “request”.', { isSubtle: true }, { spacing: 'medium' }));

  const actions: ExecuteAction[] = [];
  if (current > 0) actions.push(pageButton('Previous', current - 1));
  if (current < pages.length - 1)
    actions.push(
      pageButton(`More (${reply.awaiting.length - pages.slice(0, current + 1).flat().length} waiting)`, current + 1),
    );
  return { body, ...(actions.length ? { actions } : {}) };
}
