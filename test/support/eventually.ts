export interface PollOptions {
  /** How long to keep asking before failing (ms). */
  timeoutMs?: number;
  /** Pause between two asks (ms). */
  everyMs?: number;
  /** Asked after each miss: a reason to stop at once (the process under test has ended, say), with what to show. */
  giveUp?: () => string | undefined;
  /** Added to the timeout's message (a process's output, say). */
  details?: () => string;
}

/** Asks `probe` until it answers other than undefined, and returns that answer; fails naming `what`. */
export async function poll<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, options: PollOptions = {}): Promise<T> {
  const { timeoutMs = 20_000, everyMs = 50 } = options;
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    const reason = options.giveUp?.();
    if (reason !== undefined) {
      // What ended may have brought the awaited state about (a process gone refuses connections): ask once more.
      const last = await probe();
      if (last !== undefined) return last;
      throw new Error(`Stopped waiting for ${what}: ${reason}`);
    }
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${options.details ? `\n${options.details()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Waits until `check` holds; fails naming `what` after the timeout. */
export async function eventually(what: string, check: () => boolean | Promise<boolean>, options: PollOptions = {}): Promise<void> {
  await poll(what, async () => ((await check()) ? true : undefined), options);
}
