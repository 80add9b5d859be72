/** A real redis-server for the tests and the load script: its own, on a free loopback port, with no persistence. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** Why the tests that need Redis are skipped on this machine, or null when redis-server is installed. */
export const REDIS_MISSING: string | null = spawnSync('redis-server', ['--version']).error
  ? 'redis-server is not installed (apt-get install -y redis-server)'
  : null;

/** A port nothing listens on right now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether something on `port` answers PING with PONG. */
async function answersPing(port: number): Promise<boolean> {
  const socket = connect(port, '127.0.0.1');
  try {
    await once(socket, 'connect');
    socket.write('PING\r\n');
    const [data] = (await once(socket, 'data')) as [Buffer];
    return data.toString().startsWith('+PONG');
  } catch {
    return false;
  } finally {
    socket.destroy();
  }
}

/** A redis-server child process; start() it, then stop() it when done (kill() and restart() simulate outages). */
export class RedisServer {
  private child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  /** Starts a server on a free port (retrying another port if the chosen one was taken meanwhile). */
  static async start(): Promise<RedisServer> {
    for (let attempt = 1; ; attempt++) {
      const server = new RedisServer(await freePort());
      try {
        await server.launch();
        return server;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  /** The URL to give REDIS_URL. */
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Ends the server at once (SIGKILL), as a crash would; whatever it held is gone. */
  async kill(): Promise<void> {
    await this.end('SIGKILL');
  }

  /** Starts it again on the same port, empty. */
  async restart(): Promise<void> {
    await this.launch();
  }

  /** Freezes the server (SIGSTOP): connections stay open but nothing is answered, like a hung or overloaded server. */
  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  /** Lets a paused server answer again. */
  resume(): void {
    this.child?.kill('SIGCONT');
  }

  /** Stops the server (a resumed one, so it can exit) and waits for it to end. */
  async stop(): Promise<void> {
    this.resume();
    await this.end('SIGTERM');
  }

  private async launch(): Promise<void> {
    // No RDB snapshots and no AOF: nothing is written to disk, and a restarted server starts empty.
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    const child = spawn('redis-server', args, { stdio: 'ignore' });
    this.child = child;
    let exited = false;
    child.once('exit', () => (exited = true));
    for (let waited = 0; waited < 5_000 && !exited; waited += 25) {
      if ((await answersPing(this.port)) && !exited) return;
      await sleep(25);
    }
    child.kill('SIGKILL');
    throw new Error(`redis-server did not start on port ${this.port}`);
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
  }
}
