import { describe, expect, it } from 'vitest';
import { auditCsv, csvCell, csvText, requestsCsv } from '../../../src/core/approvals/records-csv.ts';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import { allsortsAnswers, conversationFixture } from '../../support/conversation-fixture.ts';
import { parseCsv } from '../../support/csv.ts';

const pg = (userId: string) => ({ platform: 'playground' as const, userId });

describe('csvCell', () => {
  it('quotes cells with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('keeps a cell a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2')).toBe("'-2");
  });

  it('writes a byte-order mark and CRLF line ends', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n');
  });
});

describe('requestsCsv and auditCsv', () => {
  it('exports each request with its state, decision, answers and history (no comments), and every audit entry with who, by name, and its hashes', async () => {
    const { conversation, approvals, corpus } = await conversationFixture();
    const submitted = await conversation.submitRequest({ org: 'allsorts', person: pg('sam') }, 'photos', {
      ...allsortsAnswers.photos,
      activity: 'Trip, "summer"',
    });
    if (!submitted.ok) throw new Error('submit failed');
    await conversation.handleAction(
      { org: 'allsorts', person: pg('alex') },
      ActionId.approve,
      { request: submitted.request.id },
      { comment: 'Fine' },
    );

    const requests = parseCsv(requestsCsv(await approvals.listRequests({ org: 'allsorts' })));
    expect(requests[0]).toEqual([
      'request',
      'flow',
      'title',
      'requester',
      'status',
      'submitted_at',
      'decided_at',
      'decided_by',
      'reason',
      'valid_until',
      'for',
      'against',
      'abstain',
      'answers',
      'history',
    ]);
    expect(requests[1]!.slice(0, 9)).toEqual([
      'req-0001',
      'photos',
      'Take photos or film children and young people',
      'Sam (staff)',
      'approved',
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T09:00:00.000Z',
      'Alex (activity leader)',
      'decision',
    ]);
    expect(requests.flat()).not.toContain('Fine');
    expect(requests[1]![9]).toBe('2026-07-15T00:00:00.000Z');
    expect(requests[1]![13]).toContain('Activity: Trip, "summer"');
    expect(requests[1]![14]).toBe(
      '2026-03-02T09:00:00.000Z submitted Sam (staff) | 2026-03-02T09:00:00.000Z decided Alex (activity leader) approved (decision)',
    );

    const entries = await approvals.auditEntries('allsorts');
    const audit = parseCsv(auditCsv(entries, corpus.organisations.get('allsorts')!.organisation));
    expect(audit[0]).toEqual([
      'seq',
      'at_utc',
      'event',
      'request',
      'flow',
      'actor_platform',
      'actor_id',
      'actor_name',
      'detail',
      'clauses',
      'policy_versions',
      'record_key',
      'record_hash',
      'prev_hash',
      'hash',
    ]);
    expect(audit).toHaveLength(entries.length + 1);
    expect(audit[2]!.slice(0, 8)).toEqual([
      '2',
      '2026-03-02T09:00:00.000Z',
      'decided',
      'req-0001',
      'photos',
      'playground',
      'alex',
      'Alex (activity leader)',
    ]);
    expect(audit[2]![13]).toBe(entries[0]!.hash);
    expect(audit[2]![14]).toBe(entries[1]!.hash);
  });
});
