import { z } from 'zod';
import type { RequestFormReply } from '../core/conversation/replies.ts';
import { agreedValue, attestationBlockId, choiceValue, fieldActionId } from './render/form.ts';

const elementState = z.object({
  value: z.string().nullish(),
  selected_date: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
  selected_options: z.array(z.object({ value: z.string() })).nullish(),
});

type ElementState = z.infer<typeof elementState>;

/** Slack's `view.state.values`: block id → action id → element state. */
export type ViewStateValues = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

function stateOf(values: ViewStateValues, blockId: string): ElementState | undefined {
  const parsed = elementState.safeParse(values[blockId]?.[fieldActionId]);
  return parsed.success ? parsed.data : undefined;
}

/** The choice a select's option value stands for (options carry their index), or undefined for anything else. */
function chosen<T>(choices: readonly T[], value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  const i = choices.findIndex((_, index) => choiceValue(index) === value);
  return i >= 0 ? choices[i] : undefined;
}

/**
 * Turns a submitted modal's state into the raw answers the core validates, field by field. Nothing
 * is judged here: an empty input becomes undefined and the core says whether that is allowed.
 */
export function readFormAnswers(form: RequestFormReply, values: ViewStateValues): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of form.fields) {
    const state = stateOf(values, field.id);
    switch (field.type) {
      case 'text':
      case 'initials':
        answers[field.id] = state?.value ?? undefined;
        break;
      case 'date':
        answers[field.id] = state?.selected_date ?? undefined;
        break;
      case 'choice':
        answers[field.id] = chosen(field.options, state?.selected_option?.value ?? undefined)?.value;
        break;
      case 'attestation': {
        const agreed = (state?.selected_options ?? []).some((option) => option.value === agreedValue);
        if (!field.who && !field.how) {
          answers[field.id] = agreed;
          break;
        }
        const who = field.who
          ? chosen(field.who, stateOf(values, attestationBlockId(field.id, 'who'))?.selected_option?.value ?? undefined)
          : undefined;
        const how = field.how
          ? chosen(field.how, stateOf(values, attestationBlockId(field.id, 'how'))?.selected_option?.value ?? undefined)
          : undefined;
        answers[field.id] = { agreed, ...(who ? { who } : {}), ...(how ? { how } : {}) };
        break;
      }
    }
  }
  return answers;
}
