import { describe, expect, it } from 'vitest';
import { DeadlineError, ShuttingDownError } from '../src/errors.ts';
import { withDeadline } from '../src/reliability/deadline.ts';
import { InFlight } from '../src/reliability/in-flight.ts';

describe('withDeadline', () => {
  it('passes a result that arrives in time through', async () => {
    await expect(withDeadline(Promise.resolve('ok'), 1_000, 'answer')).resolves.toBe('ok');
  });

  it('rejects work that never finishes with a DeadlineError naming the limit', async () => {
    const never = new Promise<string>(() => undefined);
    const error = await withDeadline(never, 20, 'Answering').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineError);
    expect((error as DeadlineError).code).toBe('DEADLINE_EXCEEDED');
    expect((error as Error).message).toMatch(/Answering took longer than 20 ms/);
  });

  it('passes failures through unchanged', async () => {
    await expect(withDeadline(Promise.reject(new Error('core failed')), 1_000, 'answer')).rejects.toThrow(
      'core failed',
    );
  });
});

describe('InFlight', () => {
  it('lets in-flight work finish during a drain and refuses new work', async () => {
    const inFlight = new InFlight();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const answer = inFlight.run(async () => {
      await gate;
      return 'answered';
    });
    expect(inFlight.size).toBe(1);
    const draining = inFlight.drain(5_000);
    await expect(inFlight.run(async () => 'late')).rejects.toBeInstanceOf(ShuttingDownError);
    release();
    await expect(answer).resolves.toBe('answered');
    await expect(draining).resolves.toEqual({ finished: true, remaining: 0 });
  });

  it('gives up after the grace period, reporting what is still running', async () => {
    const inFlight = new InFlight();
    void inFlight.run(() => new Promise(() => undefined));
    await expect(inFlight.drain(20)).resolves.toEqual({ finished: false, remaining: 1 });
    expect(inFlight.accepting).toBe(false);
  });

  it('drains at once when idle', async () => {
    await expect(new InFlight().drain(1_000)).resolves.toEqual({ finished: true, remaining: 0 });
  });
});
