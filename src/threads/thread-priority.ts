import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** How a thread finds and sets its own priority; the system's by default, fakes in tests. */
export interface PriorityCalls {
  /** Where /proc/thread-self points ("<pid>/task/<tid>" on Linux); throws where there is no such link. */
  readThreadSelf: () => string;
  setPriority: (tid: number, nice: number) => void;
}

const SYSTEM: PriorityCalls = { readThreadSelf: () => readlinkSync('/proc/thread-self'), setPriority };

/**
 * Lowers the calling thread's CPU priority to `nice`, leaving the process's other threads as they were; returns
 * whether it could. Only Linux names a thread's id, in /proc/thread-self (os.setPriority(pid) would lower the whole
 * process elsewhere), so on other systems, or where the change is refused, the thread keeps its priority.
 */
export function lowerThreadPriority(nice: number, calls: PriorityCalls = SYSTEM): boolean {
  try {
    const tid = Number(/\/task\/(\d+)$/u.exec(calls.readThreadSelf())?.[1]);
    if (!Number.isInteger(tid) || tid <= 0) return false;
    calls.setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
