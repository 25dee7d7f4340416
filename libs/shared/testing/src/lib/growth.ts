/**
 * Whether work stays linear in its input, asked in a way a slow or busy machine cannot fail.
 *
 * A limit such as "under 2 seconds" fails when the tests run beside others on a loaded machine
 * and passes quadratic code on a fast one. Timing the same work on a small and a large input
 * asks what such a test means (does the cost grow with the input, or faster?), and the
 * machine's speed cancels out of the ratio:
 *
 * - The cost is this process's CPU time, not the clock: while other processes hold the cores a
 *   run waits without using more CPU. Clock time would also favour the small input, whose short
 *   runs may slip between two preemptions where the long ones cannot.
 * - Each size is measured up to three times, the two sizes taking turns, and the least time
 *   counts: collections and interruptions only ever add time. Two rounds settle it when they
 *   show less than half the limit, as a third could only lower both minimums a little.
 * - One run of the small input comes first, so the code is compiled before it is timed; inputs
 *   that take microseconds are run in batches long enough for the measurement, and a batch that
 *   turns out shorter in the samples than when it was sized is made longer.
 * - Linear work grows by the factor between the sizes (8 times for 8 times the input),
 *   quadratic work by its square (64 times). The limit, three times the factor, leaves room for
 *   caches and collections that larger inputs meet, and still fails quadratic work by far.
 *
 * Speed goals belong in `bench/`; this only tells linear from super-linear.
 */

export interface GrowthSizes {
  small: number;
  large: number;
}

/** How far beyond the size factor the cost may grow: caches and collections, not another power of the size. */
const ALLOWANCE = 3;
/** Closer sizes leave too little between linear growth (the factor) and quadratic (its square). */
const MIN_FACTOR = 8;
const MAX_ROUNDS = 3;
const MIN_ROUNDS = 2;
/** Batches last at least this long: a thousand times the resolution of CPU time, and long against a call's fixed costs. */
const MIN_SAMPLE_MS = 2;

/**
 * Runs `run` on `input(small)` and `input(large)` (built before any timing) and fails unless the
 * large input costs less than {@link ALLOWANCE} times the size factor as much CPU time as the
 * small one. Returns the result of the large input, for the test's own assertions.
 * `GROWTH_TIMINGS=1` prints each measurement.
 */
export function expectLinearGrowth<I, R>(input: (size: number) => I, run: (input: I) => R, { small, large }: GrowthSizes): R {
  const factor = large / small;
  if (!(factor >= MIN_FACTOR)) throw new Error(`expectLinearGrowth needs a large size at least ${MIN_FACTOR} times the small one, not ${small} and ${large}`);
  const smallInput = input(small);
  const largeInput = input(large);
  run(smallInput);
  const limit = ALLOWANCE * factor;
  let batch = batchSize(() => run(smallInput));
  let samples = sample(batch, () => run(smallInput), () => run(largeInput), limit);
  // A calibration run slowed by a collection or a compilation makes the batch too small; the samples show it.
  while (samples.smallMs < MIN_SAMPLE_MS) {
    batch = Math.ceil((batch * 2 * MIN_SAMPLE_MS) / Math.max(samples.smallMs, MIN_SAMPLE_MS / 100));
    samples = sample(batch, () => run(smallInput), () => run(largeInput), limit);
  }
  const { smallMs, largeMs, rounds, result } = samples;
  const growth = largeMs / smallMs;
  const measured =
    `size ${large} took ${growth.toFixed(1)} times the CPU time of size ${small} ` +
    `(best of ${rounds}: ${largeMs.toFixed(1)} ms and ${smallMs.toFixed(1)} ms${batch > 1 ? ` for ${batch} runs each` : ''})`;
  if (process.env['GROWTH_TIMINGS']) process.stdout.write(`${measured}\n`);
  if (!(growth < limit)) throw new Error(`${measured}: linear work grows about ${factor} times, quadratic ${factor ** 2} times; the limit is ${limit}`);
  return result;
}

/** The least CPU time of a batch of each input over the rounds, taking turns, and the large input's result. */
function sample<R>(batch: number, runSmall: () => unknown, runLarge: () => R, limit: number): { smallMs: number; largeMs: number; rounds: number; result: R } {
  let result!: R;
  let smallMs = Infinity;
  let largeMs = Infinity;
  let rounds = 0;
  while (rounds < MAX_ROUNDS) {
    smallMs = Math.min(smallMs, cpuMs(() => repeat(batch, runSmall)));
    largeMs = Math.min(largeMs, cpuMs(() => repeat(batch, () => (result = runLarge()))));
    rounds += 1;
    if (rounds >= MIN_ROUNDS && largeMs / smallMs < limit / 2) break;
  }
  return { smallMs, largeMs, rounds, result };
}

/** The fewest runs, doubling, that take {@link MIN_SAMPLE_MS} together. */
function batchSize(work: () => void): number {
  let batch = 1;
  while (cpuMs(() => repeat(batch, work)) < MIN_SAMPLE_MS) batch *= 2;
  return batch;
}

function repeat(times: number, work: () => void): void {
  for (let time = 0; time < times; time++) work();
}

/** User and system CPU time of the process while `work` runs. */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}
