import type { ContactLine } from '../../core/conversation/replies.ts';
import { escapeMrkdwn } from '../mrkdwn.ts';
import { type SlackBlock, section } from './kit.ts';

/** One contact as a mrkdwn line: title, name, email, phone, then the organisation's note. */
export function renderContactLine(contact: ContactLine): string {
  const reach = [contact.name, contact.email, contact.phone].filter(Boolean).map((part) => escapeMrkdwn(part!));
  const head = `• *${escapeMrkdwn(contact.title)}*${reach.length ? `: ${reach.join(' · ')}` : ''}`;
  return contact.notes ? `${head}\n      _${escapeMrkdwn(contact.notes)}_` : head;
}

/** A titled list of contacts (who to ask, where to report). */
export function renderContacts(title: string, contacts: readonly ContactLine[]): SlackBlock[] {
  if (!contacts.length) return [];
  return [section(`*${escapeMrkdwn(title)}*\n${contacts.map(renderContactLine).join('\n')}`, 'pd_contacts')];
}
