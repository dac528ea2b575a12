import type { AuditVerification } from '../../core/approvals/approval-service.ts';
import type { AuditEntry } from '../../core/approvals/audit-chain.ts';
import { resolveActor } from '../../core/approvals/people.ts';
import type { HistoryEvent, RequestView } from '../../core/approvals/request-view.ts';
import { formatTime, statusLine } from '../../core/conversation/request-replies.ts';
import { earlyCloseText, tallyText } from '../../core/conversation/tally-lines.ts';
import type { Organisation } from '../../core/organisation/organisation-schema.ts';
import type { OrganisationChoice } from './chat-page.ts';
import { type Html, html } from './html.ts';
import { renderLayout } from './layout.ts';

/** The audit check's result, unmistakable: green when the chain holds, red with the entry and reason when it does not. */
export function renderVerification(result: AuditVerification): Html {
  if (!result.ok) {
    const where = result.broken
      ? `at entry ${result.broken.seq}: ${result.broken.problem}`
      : 'the chain could not be read';
    return html`<p class="audit audit-failed" role="alert"><span aria-hidden="true">✖</span> VERIFICATION FAILED ${where}</p>`;
  }
  return html`<p class="audit audit-ok" role="status"><span aria-hidden="true">✔</span> Audit chain verified: ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'}</p>${
    result.unaudited.length
      ? html`<div class="audit audit-warning" role="alert"><p>${result.unaudited.length} ${result.unaudited.length === 1 ? 'record has' : 'records have'} no audit entry (a process stopped between writing and auditing; repeating the command completes it):</p><ul>${result.unaudited.map((key) => html`<li><code>${key}</code></li>`)}</ul></div>`
      : ''
  }`;
}

/** A line of a request's history: its own events, and the audited refusals of a vote change. */
type HistoryLine = Omit<HistoryEvent, 'type'> & { readonly type: HistoryEvent['type'] | 'vote change refused' };

function historyLine(event: HistoryLine): Html {
  return html`<li><time datetime="${event.at}">${formatTime(event.at)}</time> <span class="event-type">${event.type}</span>${event.actor ? ` by ${event.actor}` : ''}${event.detail ? ` · ${event.detail}` : ''}</li>`;
}

/**
 * Refused attempts to change a vote, by request, from the audit log (the request's own records do
 * not hold them: a vote is final, and only the refusal is audited).
 */
export function refusedVoteChanges(
  organisation: Organisation,
  entries: readonly AuditEntry[],
): Map<string, HistoryLine[]> {
  const byRequest = new Map<string, HistoryLine[]>();
  for (const entry of entries) {
    if (entry.type !== 'vote-change-refused') continue;
    const actor =
      entry.actor.platform === 'system'
        ? undefined
        : resolveActor(organisation, { platform: entry.actor.platform, userId: entry.actor.userId }).name;
    const line: HistoryLine = {
      at: entry.at,
      type: 'vote change refused',
      ...(actor ? { actor } : {}),
      detail: `tried ${String(entry.detail.attempted)}, the vote stays ${String(entry.detail.existing)}`,
    };
    byRequest.set(entry.requestId, [...(byRequest.get(entry.requestId) ?? []), line]);
  }
  return byRequest;
}

/** One request: what, who, when, where it stands, and everything that happened to it. */
export function renderRecordRow(
  organisation: Organisation,
  view: RequestView,
  refusals: readonly HistoryLine[] = [],
): Html {
  const history: HistoryLine[] = [...view.history, ...refusals].sort((a, b) => a.at.localeCompare(b.at));
  return html`<tr data-request-id="${view.id}">
<td><strong>${view.flow.title}</strong><br><small>${view.id}</small>${
    view.answers.length
      ? html`<details><summary>Answers</summary><dl class="facts">${view.answers.map((answer) => html`<div><dt>${answer.label}</dt><dd>${answer.value}</dd></div>`)}</dl></details>`
      : ''
  }</td>
<td data-label="Requested by">${view.requester.name}</td>
<td data-label="Submitted"><time datetime="${view.submittedAt}">${formatTime(view.submittedAt)}</time></td>
<td data-label="State"><span class="state state-${view.status}">${view.status}</span><br>${statusLine(organisation, view)}${view.tally ? html`<br><small>${tallyText(view.tally)}</small>` : ''}${earlyCloseText(view) ? html`<br><small>${earlyCloseText(view)}</small>` : ''}${view.comment ? html`<br><small>Comment: “${view.comment}”</small>` : ''}</td>
<td data-label="History"><ol class="history">${history.map(historyLine)}</ol></td>
</tr>`;
}

/** The records page: the audit check, CSV exports, and every request of the organisation. */
export function renderRecordsPage(options: {
  readonly organisations: readonly OrganisationChoice[];
  readonly organisation: Organisation;
  readonly requests: readonly RequestView[];
  readonly verification: AuditVerification;
  /** The organisation's audit log, for what only it records (refused vote changes). */
  readonly audit?: readonly AuditEntry[];
  readonly publicWarning?: string;
}): Html {
  const refusals = refusedVoteChanges(options.organisation, options.audit ?? []);
  const { organisation } = options;
  const query = `?org=${encodeURIComponent(organisation.slug)}`;
  const body = html`<main class="records">
<h1>Records: ${organisation.name}</h1>
<form class="identity" method="get" action="/records">
<div class="field"><label for="records-org">Organisation</label>
<select id="records-org" name="org">${options.organisations.map((org) => html`<option value="${org.slug}"${org.slug === organisation.slug ? html` selected` : ''}>${org.name}</option>`)}</select></div>
<button type="submit" class="btn">Show</button>
</form>
${renderVerification(options.verification)}
<section class="exports" aria-labelledby="report-title"><h2 id="report-title">Exports</h2>
<p>For trustees, one spreadsheet per kind of request (a column per form question, outcomes in words, how the board voted):</p>
<ul>${organisation.flows.map((flow) => html`<li><a href="${`/records/report.csv${query}&flow=${encodeURIComponent(flow.id)}`}" download>${flow.title} (CSV)</a></li>`)}</ul>
<p>For checking and archiving: <a href="${`/records.csv${query}`}" download>all requests (CSV)</a> · <a href="${`/records/audit.csv${query}`}" download>audit log with hashes (CSV)</a></p></section>
${
  options.requests.length
    ? html`<table class="records-table">
<caption>${options.requests.length} ${options.requests.length === 1 ? 'request' : 'requests'}, oldest first</caption>
<thead><tr><th scope="col">Request</th><th scope="col">Requested by</th><th scope="col">Submitted</th><th scope="col">State</th><th scope="col">History</th></tr></thead>
<tbody>${options.requests.map((view) => renderRecordRow(organisation, view, refusals.get(view.id)))}</tbody>
</table>`
    : html`<p class="empty">No requests yet. File one from the <a href="${`/${query}`}">chat</a>.</p>`
}
</main>`;
  return renderLayout({
    title: `Records: ${organisation.name}`,
    page: 'records',
    org: organisation.slug,
    body,
    ...(options.publicWarning ? { publicWarning: options.publicWarning } : {}),
  });
}
