import { EventEmitter, once } from 'node:events';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.ts';

/** One structured log record, as pino wrote it. */
export type LogRecord = Record<string, unknown> & { event?: string; msg?: string };

/** A real pino logger whose records a test can read, and wait for by their `event` field instead of sleeping. */
export class LogCapture {
  readonly records: LogRecord[] = [];
  /** The raw lines as written, for checking that a secret never reached the output. */
  readonly lines: string[] = [];
  private readonly emitter = new EventEmitter();
  readonly logger: Logger;

  /** `secrets`: exact values the logger scrubs, as the adapters configure it. */
  constructor(secrets: readonly string[] = []) {
    this.logger = createLogger({
      secrets,
      level: 'debug',
      destination: new Writable({
        write: (chunk: Buffer, _encoding, done) => {
          for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
            const record = JSON.parse(line) as LogRecord;
            this.lines.push(line);
            this.records.push(record);
            this.emitter.emit('record', record);
          }
          done();
        },
      }),
    });
  }

  /** Resolves with the next record of this event logged from now on (not one already logged). */
  next(event: string): Promise<LogRecord> {
    return new Promise((resolve) => {
      const listener = (record: LogRecord): void => {
        if (record.event !== event) return;
        this.emitter.off('record', listener);
        resolve(record);
      };
      this.emitter.on('record', listener);
    });
  }

  /** Resolves with the records matching `match`, logged already or still to come, once there are at least `count`. */
  async waitFor(match: (record: LogRecord) => boolean, count = 1): Promise<LogRecord[]> {
    for (;;) {
      const found = this.records.filter(match);
      if (found.length >= count) return found;
      await once(this.emitter, 'record');
    }
  }

  /** Resolves with the first record matching `match`, logged already or still to come. */
  async first(match: (record: LogRecord) => boolean): Promise<LogRecord> {
    return (await this.waitFor(match))[0]!;
  }

  /** Records of one event logged so far. */
  all(event: string): LogRecord[] {
    return this.records.filter((r) => r.event === event);
  }
}

/** A clock that moves one millisecond per reading: timings are logged without depending on real time. */
export function steppingClock(): () => number {
  let now = 0;
  return () => ++now;
}
