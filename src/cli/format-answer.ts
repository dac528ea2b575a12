import type { PolicyAnswer } from '../core/policy/answer.ts';
import { concernAnswerHeading, verdictExplanation, verdictHeadline } from '../core/policy/verdict-text.ts';

/** Renders an answer for a terminal: verdict, each quote with its citation, requests on offer. */
export function formatAnswerText(answer: PolicyAnswer): string {
  const out: string[] = [`${verdictHeadline[answer.verdict]}: ${verdictExplanation[answer.verdict]}`];
  if (answer.reporting) {
    const { reporting } = answer;
    if (reporting.danger) out.push('', reporting.emergency);
    if (reporting.about.length) out.push(`This reads like ${reporting.about.join(', ')}.`);
    out.push('', reporting.summary);
    out.push('', 'Do now:', ...reporting.doNow.map((line) => `  - ${line}`));
    out.push('Do not:', ...reporting.dont.map((line) => `  - ${line}`));
    if (!reporting.danger) out.push('', reporting.emergency);
    out.push('', 'Who to tell:');
  }
  for (const contact of answer.contacts ?? []) {
    const details = [contact.name, contact.email, contact.phone].filter(Boolean).join(', ');
    out.push(`  - ${contact.title}${details ? `: ${details}` : ''}${contact.notes ? ` (${contact.notes})` : ''}`);
  }
  if (answer.reportingProcedure) {
    out.push('', `${concernAnswerHeading.reportingProcedure}:`);
  } else if (answer.policyVerdict && answer.citations.length) {
    out.push('', `${concernAnswerHeading.policy}: ${verdictHeadline[answer.policyVerdict]}`);
  }
  answer.citations.forEach((citation, i) => {
    out.push('');
    if (citation.context) out.push(`   (${citation.context})`);
    const quote = citation.text
      .split('\n')
      .map((line, j) => `${j === 0 ? `${i + 1}. ` : '   '}${citation.kind === 'clause' ? '> ' : ''}${line}`);
    out.push(...quote);
    const where = citation.kind === 'clause' ? `${citation.section}, clause ${citation.clause}` : citation.clause;
    out.push(`   — ${citation.documentTitle}, ${where}`);
  });
  for (const notice of answer.notices ?? []) out.push('', `Note: ${notice}`);
  // "Not covered" is never a dead end, here as on every platform: how to pass on a worry.
  if (answer.safetyNote) out.push('', answer.safetyNote);
  if (answer.flows.length) {
    out.push('', 'Requests you can make:');
    for (const flow of answer.flows) out.push(`  - ${flow.title} (${flow.id})`);
  }
  return out.join('\n');
}
