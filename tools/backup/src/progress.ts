// Steps with their durations: printed as they run, kept for the summary (and the drills' report).

export type Step = <T>(name: string, work: () => Promise<T>) => Promise<T>;

export interface Timings {
  readonly step: Step;
  /** Each finished step and its seconds, in order. */
  readonly done: readonly { readonly name: string; readonly seconds: number }[];
}

export function timedSteps(print: (line: string) => void = (line) => console.log(line)): Timings {
  const done: { name: string; seconds: number }[] = [];
  const step: Step = async (name, work) => {
    const since = performance.now();
    print(`▶ ${name}`);
    const result = await work();
    const seconds = (performance.now() - since) / 1000;
    done.push({ name, seconds });
    print(`  ✓ ${name} (${seconds.toFixed(1)}s)`);
    return result;
  };
  return { step, done };
}
