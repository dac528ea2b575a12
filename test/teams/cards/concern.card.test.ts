import { describe, expect, it } from 'vitest';
import { concernPart } from '../../../src/teams/cards/concern.card.ts';

describe('concernPart', () => {
  it('puts the emergency line first after the headline and offers no buttons', () => {
    const part = concernPart({ kind: 'concern', headline: 'Report this concern now', emergency: 'Call 999 now.', summary: 'Tell the DSL.', contacts: [{ title: 'DSL', phone: '0123' }] });
    expect(JSON.stringify(part.body[1])).toContain('Call 999 now.');
    expect(part.actions).toBeUndefined();
  });
});
