import { z } from 'zod';
import type { RequestFormReply } from '../core/conversation/replies.ts';
import { agreedValue, attestationBlockId, fieldActionId } from './blocks/form.blocks.ts';

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
        answers[field.id] = state?.selected_option?.value ?? undefined;
        break;
      case 'attestation': {
        const agreed = (state?.selected_options ?? []).some((option) => option.value === agreedValue);
        if (!field.who && !field.how) {
          answers[field.id] = agreed;
          break;
        }
        const who = field.who ? stateOf(values, attestationBlockId(field.id, 'who'))?.selected_option?.value : undefined;
        const how = field.how ? stateOf(values, attestationBlockId(field.id, 'how'))?.selected_option?.value : undefined;
        answers[field.id] = { agreed, ...(who ? { who } : {}), ...(how ? { how } : {}) };
        break;
      }
    }
  }
  return answers;
}
