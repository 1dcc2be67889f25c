import { isError, type Problem } from './problem.ts';
import { formatReport } from './report.ts';

/** One run of the content check. */
export interface CheckResult {
  problems: Problem[];
  /** Files checked. */
  files: number;
}

/**
 * The content check run again after changes under `npm run dev`: changes within `delayMs` of
 * each other (an editor saving several files, a folder copied in) make one run. `settled()`
 * waits for the run a pending change calls for, so a page asked for just after a save is
 * answered from the content as saved.
 */
export class LiveContentCheck {
  readonly #run: () => CheckResult;
  readonly #onResult: (result: CheckResult, previous: CheckResult) => void;
  readonly #delayMs: number;
  #latest: CheckResult;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #waiting: (() => void)[] = [];

  /**
   * `initial`: the result of the check made at start-up. `run` checks the content now (it
   * throws only on a bug; the error then reaches the terminal). `onResult` hears every new run.
   */
  constructor(options: {
    initial: CheckResult;
    run: () => CheckResult;
    onResult: (result: CheckResult, previous: CheckResult) => void;
    delayMs?: number;
  }) {
    this.#latest = options.initial;
    this.#run = options.run;
    this.#onResult = options.onResult;
    this.#delayMs = options.delayMs ?? 150;
  }

  /** The result of the newest run. */
  get latest(): CheckResult {
    return this.#latest;
  }

  /** Something under the content folder changed: check again once the changes pause. */
  changed(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#check(), this.#delayMs);
  }

  /** The newest result once no run is pending. */
  async settled(): Promise<CheckResult> {
    if (this.#timer !== undefined)
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    return this.#latest;
  }

  #check(): void {
    this.#timer = undefined;
    const previous = this.#latest;
    try {
      this.#latest = this.#run();
      this.#onResult(this.#latest, previous);
    } finally {
      const waiting = this.#waiting;
      this.#waiting = [];
      for (const resolve of waiting) resolve();
    }
  }
}

/**
 * What the terminal says after a run: the report `npm run check` prints when it differs from
 * the previous run's, a line saying everything is fixed when the last error went; `undefined`
 * when nothing changed (saving a file again repeats nothing).
 */
export function liveReport(result: CheckResult, previous: CheckResult): string | undefined {
  const report = formatReport(result.problems, result.files);
  if (report === formatReport(previous.problems, previous.files)) return undefined;
  const fixed = previous.problems.some(isError) && !result.problems.some(isError);
  return fixed ? `All content problems are fixed. ${report}` : report;
}
