import { ShuttingDownError } from '../errors.ts';

/** How a drain ended: everything finished, or the grace period ran out with work still going. */
export interface DrainResult {
  finished: boolean;
  remaining: number;
}

/** Counts work in progress so a shutdown can stop taking new work and let the current work finish. */
export class InFlight {
  private running = 0;
  private open = true;
  private idle: Array<() => void> = [];

  /** Whether new work is still taken. */
  get accepting(): boolean {
    return this.open;
  }

  /** Work in progress. */
  get size(): number {
    return this.running;
  }

  /** Runs the work, counted; refuses with ShuttingDownError once a drain has begun. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (!this.open) throw new ShuttingDownError();
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      if (this.running === 0) for (const wake of this.idle.splice(0)) wake();
    }
  }

  /** Stops taking new work and waits, at most `graceMs`, for the current work to finish. */
  async drain(graceMs: number): Promise<DrainResult> {
    this.open = false;
    if (this.running === 0) return { finished: true, remaining: 0 };
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      new Promise<boolean>((resolve) => this.idle.push(() => resolve(true))),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), graceMs);
      }),
    ]);
    clearTimeout(timer);
    return { finished, remaining: this.running };
  }
}
