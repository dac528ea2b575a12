import type { PlaygroundPerson } from '../persons.ts';
import { guestPrefix } from '../persons.ts';
import { type Html, html } from './html.ts';
import { renderLayout } from './layout.ts';

/** An organisation in the picker. */
export interface OrganisationChoice {
  readonly slug: string;
  readonly name: string;
}

/** The value of the person picker's "someone else" option. */
export const guestOption = 'guest';

/** The person picker's options: everyone listed (name · role titles · notifications), then a guest. */
export function renderPersonOptions(
  persons: readonly PlaygroundPerson[],
  selected: string,
  counts: Readonly<Record<string, number>> = {},
): Html {
  const count = (id: string) => (counts[id] ? ` · ${counts[id]} notification${counts[id] === 1 ? '' : 's'}` : '');
  const guest = selected.startsWith(guestPrefix) ? selected : undefined;
  return html`${persons.map((person) => html`<option value="${person.id}"${person.id === selected ? html` selected` : ''}>${person.name}${person.roles.length ? ` · ${person.roles.join(', ')}` : ''}${count(person.id)}</option>`)}${
    guest
      ? html`<option value="${guest}" selected>${guest.slice(guestPrefix.length)} · guest${count(guest)}</option>`
      : ''
  }<option value="${guestOption}">Someone else (guest)…</option>`;
}

/**
 * The chat page: organisation and person pickers, the conversation with its question box and
 * Requests menu, the person's notifications and home. Everything inside the panes is fetched
 * from /playground/api as HTML drawn on the server.
 */
export function renderChatPage(options: {
  readonly organisations: readonly OrganisationChoice[];
  readonly org: string;
  readonly persons: readonly PlaygroundPerson[];
  readonly person: string;
  readonly counts?: Readonly<Record<string, number>>;
  readonly pollMs: number;
  readonly publicWarning?: string;
}): Html {
  const body = html`<main id="playground" data-org="${options.org}" data-person="${options.person}" data-poll-ms="${options.pollMs}">
<h1 class="visually-hidden">Policy Desk playground</h1>
<form class="identity" method="get" action="/">
<div class="field"><label for="org">Organisation</label>
<select id="org" name="org">${options.organisations.map((org) => html`<option value="${org.slug}"${org.slug === options.org ? html` selected` : ''}>${org.name}</option>`)}</select></div>
<div class="field"><label for="person">You are</label>
<select id="person" name="person">${renderPersonOptions(options.persons, options.person, options.counts)}</select></div>
<div class="field" id="guest-field" hidden><label for="guest-name">Guest name</label>
<input id="guest-name" name="guest" type="text" maxlength="40" autocomplete="off"> <button type="button" class="btn" id="guest-go">Use this name</button></div>
<noscript><button type="submit" class="btn">Switch</button> The playground needs JavaScript for the chat.</noscript>
</form>
<p id="connection" class="notice notice-error connection" role="alert" hidden></p>
<div class="layout">
<section class="conversation" aria-labelledby="conversation-title">
<h2 id="conversation-title">Conversation</h2>
<div id="conversation" class="log" role="log" aria-live="polite"></div>
<form id="ask" class="ask">
<label for="question">Ask a question about your policies</label>
<div class="ask-row"><input id="question" name="text" type="text" maxlength="2000" autocomplete="off" placeholder="e.g. Can I text this young person?">
<button type="submit" class="btn btn-primary">Ask</button>
<button type="button" class="btn" id="requests-menu">Requests</button></div>
</form>
</section>
<aside class="side">
<section aria-labelledby="inbox-title"><h2 id="inbox-title">Notifications</h2><div id="inbox" aria-live="polite"></div></section>
<section aria-labelledby="home-title"><h2 id="home-title">Home</h2><div id="home"></div></section>
</aside>
</div>
</main>`;
  return renderLayout({
    title: 'Chat',
    page: 'chat',
    org: options.org,
    body,
    ...(options.publicWarning ? { publicWarning: options.publicWarning } : {}),
  });
}
