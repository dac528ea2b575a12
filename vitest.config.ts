import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's run mode leaves one core free by default, which on CI's 2 cores means one worker
    // and every file in series (239 s here); a worker per core ran the same suite in 177 s.
    maxWorkers: availableParallelism(),
    // As `npm start`, `npm run ask` and `npm run eval` run Node (README, "Benchmark"): V8 compiles
    // each regular expression to machine code on first use instead of interpreting it first. The
    // two floor test files took 36 s and 30 s here with the flag, 59 s and 47 s without it.
    execArgv: ['--no-regexp-tier-up'],
    // Each worker keeps the modules it has loaded from one test file to the next, instead of loading
    // them again for each test file (the word vectors, models and policies every answer test
    // reads): the suite took 297 s instead of 383 s here. Safe because no test changes shared state
    // (process.env is read only in src/config.ts, with values passed in; spies are restored); the
    // suite passed in full with the files shuffled (`--sequence.shuffle.files`).
    isolate: false,
  },
});
