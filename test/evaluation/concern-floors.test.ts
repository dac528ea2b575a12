import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/adapters/answerer.ts';
import { loadCorpus } from '../../src/adapters/policy-files.ts';
import { defaultPoliciesDir } from '../../src/cli/cli-support.ts';
import { type ConcernReport, evaluate, readEvalFile } from '../../src/cli/eval.ts';
import type { PolicyAnswerer } from '../../src/core/policy/answer.ts';

/**
 * Floors for the disclosure detector on the unseen concern sets, at the level each reached
 * (docs/disclosures.md). A floor keeps what was reached from slipping back; it is not the thing to
 * tune: a change is judged on sets it has not seen.
 */
const floors: ReadonlyArray<{ file: string; recall: number; falseAlarms: number; dangerFirst: number }> = [
  { file: 'concerns-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-check.jsonl', recall: 1, falseAlarms: 0.02, dangerFirst: 1 },
  { file: 'concerns-final.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-heldout.jsonl', recall: 1, falseAlarms: 0.031, dangerFirst: 1 },
  { file: 'concerns-fresh-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh-final.jsonl', recall: 1, falseAlarms: 0.087, dangerFirst: 1 },
  { file: 'concerns-fresh2-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh2-final.jsonl', recall: 1, falseAlarms: 0.067, dangerFirst: 0.95 },
  { file: 'concerns-fresh3-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh3-final.jsonl', recall: 1, falseAlarms: 0.131, dangerFirst: 1 },
  { file: 'concerns-fresh4-tune.jsonl', recall: 1, falseAlarms: 0.013, dangerFirst: 1 },
  { file: 'concerns-fresh4-final.jsonl', recall: 1, falseAlarms: 0.075, dangerFirst: 1 },
  { file: 'concerns-fresh5-tune.jsonl', recall: 1, falseAlarms: 0.025, dangerFirst: 1 },
  { file: 'concerns-fresh5-final.jsonl', recall: 1, falseAlarms: 0.05, dangerFirst: 1 },
  { file: 'concerns-fresh6-tune.jsonl', recall: 1, falseAlarms: 0.017, dangerFirst: 1 },
  { file: 'concerns-fresh6-final.jsonl', recall: 1, falseAlarms: 0.034, dangerFirst: 0.857 },
  { file: 'concerns-fresh7-tune.jsonl', recall: 1, falseAlarms: 0.1, dangerFirst: 1 },
  { file: 'concerns-fresh7-final.jsonl', recall: 0.955, falseAlarms: 0.134, dangerFirst: 0.857 },
  { file: 'concerns-fresh8-tune.jsonl', recall: 1, falseAlarms: 0.034, dangerFirst: 1 },
  { file: 'concerns-fresh8-final.jsonl', recall: 1, falseAlarms: 0.167, dangerFirst: 1 },
  { file: 'concerns-fresh9-tune.jsonl', recall: 1, falseAlarms: 0.019, dangerFirst: 1 },
  { file: 'concerns-fresh9-final.jsonl', recall: 0.933, falseAlarms: 0.073, dangerFirst: 0.8 },
  { file: 'concerns-fresh10-tune.jsonl', recall: 1, falseAlarms: 0.05, dangerFirst: 1 },
  { file: 'concerns-fresh10-final.jsonl', recall: 1, falseAlarms: 0.084, dangerFirst: 1 },
  { file: 'concerns-fresh11-tune.jsonl', recall: 1, falseAlarms: 0.14, dangerFirst: 1 },
  { file: 'concerns-fresh11-final.jsonl', recall: 0.985, falseAlarms: 0.12, dangerFirst: 1 },
  { file: 'concerns-fresh12-tune.jsonl', recall: 1, falseAlarms: 0.08, dangerFirst: 1 },
  { file: 'concerns-fresh12-final.jsonl', recall: 1, falseAlarms: 0.16, dangerFirst: 1 },
  { file: 'concerns-fresh13-tune.jsonl', recall: 1, falseAlarms: 0.08, dangerFirst: 1 },
  { file: 'concerns-fresh13-final.jsonl', recall: 1, falseAlarms: 0.14, dangerFirst: 1 },
  { file: 'concerns-fresh14-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh14-final.jsonl', recall: 1, falseAlarms: 0.08, dangerFirst: 1 },
  { file: 'concerns-fresh15-tune.jsonl', recall: 1, falseAlarms: 0.02, dangerFirst: 1 },
  { file: 'concerns-fresh15-final.jsonl', recall: 1, falseAlarms: 0.02, dangerFirst: 1 },
  { file: 'concerns-fresh16-tune.jsonl', recall: 1, falseAlarms: 0.06, dangerFirst: 1 },
  { file: 'concerns-fresh16-final.jsonl', recall: 1, falseAlarms: 0.16, dangerFirst: 0.928 },
  { file: 'concerns-fresh17-tune.jsonl', recall: 1, falseAlarms: 0.06, dangerFirst: 1 },
  { file: 'concerns-fresh17-final.jsonl', recall: 1, falseAlarms: 0.14, dangerFirst: 1 },
  { file: 'concerns-fresh18-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh18-final.jsonl', recall: 0.985, falseAlarms: 0.04, dangerFirst: 0.846 },
  { file: 'concerns-fresh19-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh19-final.jsonl', recall: 1, falseAlarms: 0.04, dangerFirst: 1 },
  { file: 'concerns-fresh20-final.jsonl', recall: 1, falseAlarms: 0.067, dangerFirst: 1 },
  { file: 'concerns-fresh21-tune.jsonl', recall: 1, falseAlarms: 0.02, dangerFirst: 1 },
  { file: 'concerns-fresh21-final.jsonl', recall: 0.985, falseAlarms: 0.04, dangerFirst: 1 },
  { file: 'concerns-fresh22-final.jsonl', recall: 0.977, falseAlarms: 0.034, dangerFirst: 0.941 },
  { file: 'concerns-fresh23-tune.jsonl', recall: 1, falseAlarms: 0.017, dangerFirst: 1 },
  { file: 'concerns-fresh23-final.jsonl', recall: 0.988, falseAlarms: 0.034, dangerFirst: 1 },
  { file: 'concerns-fresh24-final.jsonl', recall: 1, falseAlarms: 0.067, dangerFirst: 1 },
  { file: 'concerns-fresh25-tune.jsonl', recall: 1, falseAlarms: 0.067, dangerFirst: 1 },
  { file: 'concerns-fresh25-final.jsonl', recall: 1, falseAlarms: 0.05, dangerFirst: 1 },
  { file: 'concerns-fresh26-tune.jsonl', recall: 1, falseAlarms: 0.067, dangerFirst: 1 },
  { file: 'concerns-fresh26-final.jsonl', recall: 1, falseAlarms: 0.1, dangerFirst: 1 },
  { file: 'concerns-fresh27-tune.jsonl', recall: 1, falseAlarms: 0.2, dangerFirst: 1 },
  { file: 'concerns-fresh27-final.jsonl', recall: 0.977, falseAlarms: 0.167, dangerFirst: 1 },
  { file: 'concerns-fresh28-tune.jsonl', recall: 1, falseAlarms: 0.05, dangerFirst: 1 },
  { file: 'concerns-fresh28-final.jsonl', recall: 1, falseAlarms: 0.084, dangerFirst: 1 },
  { file: 'concerns-fresh29-tune.jsonl', recall: 1, falseAlarms: 0.112, dangerFirst: 1 },
  { file: 'concerns-fresh29-final.jsonl', recall: 1, falseAlarms: 0.149, dangerFirst: 0.947 },
  { file: 'concerns-fresh30-tune.jsonl', recall: 1, falseAlarms: 0.204, dangerFirst: 1 },
  { file: 'concerns-fresh30-final.jsonl', recall: 1, falseAlarms: 0.241, dangerFirst: 1 },
  { file: 'concerns-fresh31-tune.jsonl', recall: 1, falseAlarms: 0.056, dangerFirst: 1 },
  { file: 'concerns-fresh31-final.jsonl', recall: 0.989, falseAlarms: 0.056, dangerFirst: 0.833 },
  { file: 'concerns-fresh32-tune.jsonl', recall: 1, falseAlarms: 0.056, dangerFirst: 0.96 },
  { file: 'concerns-fresh32-final.jsonl', recall: 0.989, falseAlarms: 0.019, dangerFirst: 0.916 },
  { file: 'concerns-fresh33-tune.jsonl', recall: 1, falseAlarms: 0.038, dangerFirst: 1 },
  { file: 'concerns-fresh33-final.jsonl', recall: 0.989, falseAlarms: 0.093, dangerFirst: 1 },
  { file: 'concerns-fresh34-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh34-final.jsonl', recall: 1, falseAlarms: 0.093, dangerFirst: 1 },
  { file: 'concerns-fresh35-tune.jsonl', recall: 1, falseAlarms: 0.056, dangerFirst: 1 },
  { file: 'concerns-fresh35-final.jsonl', recall: 1, falseAlarms: 0.075, dangerFirst: 1 },
  { file: 'concerns-fresh36-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh36-final.jsonl', recall: 1, falseAlarms: 0.038, dangerFirst: 0.875 },
  { file: 'concerns-fresh37-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh37-final.jsonl', recall: 0.958, falseAlarms: 0.112, dangerFirst: 0.944 },
  { file: 'concerns-fresh38-tune.jsonl', recall: 1, falseAlarms: 0.038, dangerFirst: 1 },
  { file: 'concerns-fresh38-final.jsonl', recall: 0.989, falseAlarms: 0.056, dangerFirst: 1 },
  { file: 'concerns-fresh39-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh39-final.jsonl', recall: 0.989, falseAlarms: 0.056, dangerFirst: 0.937 },
  { file: 'concerns-fresh40-tune.jsonl', recall: 1, falseAlarms: 0.019, dangerFirst: 1 },
  { file: 'concerns-fresh40-final.jsonl', recall: 0.989, falseAlarms: 0.075, dangerFirst: 0.941 },
  { file: 'concerns-fresh41-tune.jsonl', recall: 1, falseAlarms: 0.038, dangerFirst: 1 },
  { file: 'concerns-fresh41-final.jsonl', recall: 0.989, falseAlarms: 0.056, dangerFirst: 0.937 },
  { file: 'concerns-fresh42-tune.jsonl', recall: 1, falseAlarms: 0.038, dangerFirst: 1 },
  { file: 'concerns-fresh42-final.jsonl', recall: 1, falseAlarms: 0.093, dangerFirst: 0.95 },
  { file: 'concerns-fresh43-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh43-final.jsonl', recall: 0.989, falseAlarms: 0.075, dangerFirst: 1 },
  { file: 'concerns-fresh44-tune.jsonl', recall: 1, falseAlarms: 0.075, dangerFirst: 1 },
  { file: 'concerns-fresh44-final.jsonl', recall: 0.989, falseAlarms: 0.093, dangerFirst: 0.888 },
  { file: 'concerns-fresh45-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh45-final.jsonl', recall: 1, falseAlarms: 0.019, dangerFirst: 1 },
  { file: 'concerns-fresh46-tune.jsonl', recall: 1, falseAlarms: 0.093, dangerFirst: 1 },
  { file: 'concerns-fresh46-final.jsonl', recall: 1, falseAlarms: 0.13, dangerFirst: 0.952 },
  { file: 'concerns-fresh47-tune.jsonl', recall: 1, falseAlarms: 0.093, dangerFirst: 1 },
  { file: 'concerns-fresh47-final.jsonl', recall: 0.989, falseAlarms: 0.13, dangerFirst: 0.95 },
  { file: 'concerns-fresh48-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh48-final.jsonl', recall: 1, falseAlarms: 0.038, dangerFirst: 1 },
  { file: 'concerns-fresh49-tune.jsonl', recall: 1, falseAlarms: 0, dangerFirst: 1 },
  { file: 'concerns-fresh49-final.jsonl', recall: 0.989, falseAlarms: 0.019, dangerFirst: 0.9 },
  { file: 'concerns-fresh50-tune.jsonl', recall: 1, falseAlarms: 0.056, dangerFirst: 1 },
  { file: 'concerns-fresh50-final.jsonl', recall: 1, falseAlarms: 0.093, dangerFirst: 1 },
  { file: 'concerns-fresh51-tune.jsonl', recall: 1, falseAlarms: 0.038, dangerFirst: 0.952 },
  { file: 'concerns-fresh51-final.jsonl', recall: 1, falseAlarms: 0.112, dangerFirst: 1 },
  { file: 'concerns-fresh52-tune.jsonl', recall: 0.989, falseAlarms: 0.075, dangerFirst: 0.904 },
  { file: 'concerns-fresh52-final.jsonl', recall: 0.989, falseAlarms: 0.038, dangerFirst: 1 },
  { file: 'concerns-fresh53-tune.jsonl', recall: 0.979, falseAlarms: 0, dangerFirst: 0.909 },
  { file: 'concerns-fresh53-final.jsonl', recall: 1, falseAlarms: 0.112, dangerFirst: 0.9 },
  { file: 'concerns-fresh54-tune.jsonl', recall: 1, falseAlarms: 0.075, dangerFirst: 1 },
  { file: 'concerns-fresh54-final.jsonl', recall: 1, falseAlarms: 0.038, dangerFirst: 1 },
  { file: 'concerns-fresh55-tune.jsonl', recall: 1, falseAlarms: 0.112, dangerFirst: 1 },
  { file: 'concerns-fresh55-final.jsonl', recall: 1, falseAlarms: 0.112, dangerFirst: 1 },
];

let answerer: PolicyAnswerer;
const today = new Date('2026-12-02T12:00:00Z');
beforeAll(async () => {
  answerer = createAnswerer(await loadCorpus(defaultPoliciesDir));
});

describe('concern detection on unseen sets', () => {
  for (const floor of floors) {
    it(`${floor.file}: recall ≥ ${floor.recall}, false alarms ≤ ${floor.falseAlarms}, danger first ≥ ${floor.dangerFirst}, no concern answered "not covered"`, async () => {
      const report = evaluate(await readEvalFile(`test/fixtures/unseen/${floor.file}`), answerer, today)
        .concern as ConcernReport;
      expect(report.caught / report.concerns).toBeGreaterThanOrEqual(floor.recall);
      expect(report.falseAlarms / report.ordinary).toBeLessThanOrEqual(floor.falseAlarms);
      expect(report.dangerFirst / report.danger).toBeGreaterThanOrEqual(floor.dangerFirst);
      // Issue 12's target: a concern is never met with "the policies do not cover this".
      expect(report.answeredNoAnswer).toBe(0);
    });
  }
});
