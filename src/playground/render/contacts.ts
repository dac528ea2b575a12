import type { ContactLine } from '../../core/conversation/replies.ts';
import { type Html, html } from './html.ts';

/** One person or route to turn to, with mail and phone links. */
export function renderContact(contact: ContactLine): Html {
  const details = [
    contact.name ? html`<span class="contact-name">${contact.name}</span>` : '',
    contact.email ? html`<a href="${`mailto:${contact.email}`}">${contact.email}</a>` : '',
    contact.phone ? html`<a href="${`tel:${contact.phone.replace(/[^\d+]/g, '')}`}">${contact.phone}</a>` : '',
  ].filter((part) => part !== '');
  return html`<li><strong>${contact.title}</strong>${details.length ? html` · ${details.map((part, i) => (i ? html` · ${part}` : part))}` : ''}${contact.notes ? html`<br><span class="contact-notes">${contact.notes}</span>` : ''}</li>`;
}

/** Who to turn to, as a list (nothing when there is no one). */
export function renderContacts(contacts: readonly ContactLine[]): Html {
  return contacts.length ? html`<ul class="contacts">${contacts.map(renderContact)}</ul>` : html``;
}
