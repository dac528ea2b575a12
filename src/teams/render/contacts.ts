import type { ContactLine } from '../../core/conversation/replies.ts';
import { type CardElement, paragraph, run } from './adaptive-card.ts';

/** Who to turn to, one paragraph each: title, name, phone, email, notes as the organisation wrote them. */
export function renderContacts(contacts: readonly ContactLine[]): CardElement[] {
  return contacts.map((contact) =>
    paragraph(
      [
        run(contact.title, { weight: 'bolder' }),
        ...(contact.name ? [run(` · ${contact.name}`)] : []),
        ...(contact.phone ? [run(` · ${contact.phone}`, { weight: 'bolder' })] : []),
        ...(contact.email ? [run(` · ${contact.email}`)] : []),
        ...(contact.notes ? [run(`\n${contact.notes}`, { isSubtle: true })] : []),
      ],
      { spacing: 'small' },
    ),
  );
}
