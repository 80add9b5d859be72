import type { ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import type { Engine, InFlight } from '../../src/index.ts';

/** Where HTTP mode reports health, for load balancers and uptime checks. */
const HEALTH_PATH = '/healthz';

/** What `GET /healthz` says: ready with the index's size, or why not. */
export type Health = { status: 'ok'; sources: number; passages: number } | { status: 'stopping' | 'no-index' };

/** The bot's health: ready while it takes questions and has passages to answer from. */
function health(engine: Engine, inFlight: InFlight): Health {
  // A draining bot refuses questions, so a load balancer should send them to another instance.
  if (!inFlight.accepting) return { status: 'stopping' };
  const { sources, passages } = engine.stats();
  return passages > 0 ? { status: 'ok', sources, passages } : { status: 'no-index' };
}

/** The Bolt HTTPReceiver route serving {@link health}: 200 when ready, 503 otherwise, as JSON. */
export function healthRoute(engine: Engine, inFlight: InFlight): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_request, response: ServerResponse) => {
      const report = health(engine, inFlight);
      const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
      response.writeHead(report.status === 'ok' ? 200 : 503, headers);
      response.end(JSON.stringify(report));
    },
  };
}
