import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { PolicyDeskError } from '../core/errors.ts';
import { printHelpIfAsked, runCli, UsageError } from './cli-support.ts';
import { formatAnswerText } from './format-answer.ts';
import { loadAnswerer } from './load-answerer.ts';

const usage =
  'npm run ask -- --org ORG [--json] [--policies DIR]... "QUESTION"   (with --json and no question: one question per line on stdin)';

const help = `Answers a staff question from an organisation's policies: the verdict, each clause quoted
with its citation, and the requests on offer. The same answer Slack, Teams and the playground give.

usage: ${usage}

options:
  --org ORG        the organisation (a folder of policies/: allsorts, worknlearn, ...); required
  --json           print the answer as JSON; with no question, read one question per stdin line
                   and print one JSON answer per line
  --policies DIR   answer from another policies folder (default: the project's policies/); give it
                   more than once to read several folders as one corpus
  -h, --help       show this help

examples:
  npm run ask -- --org allsorts "Can I text this young person?"
  npm run -s ask -- --org worknlearn --json < questions.txt

exit codes: 0 answered; 1 unknown organisation or a question refused (empty, too long); 2 usage mistake`;

runCli(async () => {
  if (printHelpIfAsked(help)) return 0;
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        org: { type: 'string' },
        json: { type: 'boolean', default: false },
        policies: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    throw new UsageError(`ask: ${(error as Error).message}`, usage);
  }
  const { values, positionals } = parsed;
  if (!values.org) throw new UsageError('ask: --org is required (e.g. --org allsorts)', usage);
  const question = positionals.join(' ');
  const answerer = await loadAnswerer(values.policies);
  if (!answerer.organisations.includes(values.org)) {
    throw new PolicyDeskError(
      'policy_desk_unknown_org',
      `ask: unknown organisation "${values.org}"; known: ${answerer.organisations.join(', ')}`,
    );
  }
  const now = new Date();

  if (positionals.length === 0) {
    if (!values.json) throw new UsageError('ask: give a question, or use --json to read questions from stdin', usage);
    // One JSON answer per input line; a bad line gets an error object, and the stream goes on.
    let failures = 0;
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      try {
        process.stdout.write(`${JSON.stringify(answerer.answer(values.org, line, now))}\n`);
      } catch (error) {
        if (!(error instanceof PolicyDeskError)) throw error;
        failures += 1;
        process.stdout.write(
          `${JSON.stringify({ org: values.org, error: { code: error.code, message: error.message } })}\n`,
        );
      }
    }
    return failures ? 1 : 0;
  }

  const answer = answerer.answer(values.org, question, now);
  process.stdout.write(values.json ? `${JSON.stringify(answer, null, 2)}\n` : `${formatAnswerText(answer)}\n`);
  return 0;
});
