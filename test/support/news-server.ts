import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { HTML_FIXTURES } from './paths.ts';

/** A news site on the loopback interface: the fixture pages, plus the misbehaviours the fetcher must refuse. */
export interface NewsServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Paths requested so far, in order (query strings included). */
  requests: string[];
  close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';

// Routes:
//   /articles/<name>        a fixture page from test/fixtures/html (also /mirror/<name>: the same page elsewhere)
//   /redirect?to=<url>      302 to <url>;  /loop: redirects to itself forever
//   /pdf, /json, /untyped   a body that is not an HTML page
//   /huge-declared          says it is 50 MB;  /huge-streamed: 2 MB sent in chunks without a length
//   /slow                   sends nothing, ever;  /missing: 404
async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const [, section, name] = url.pathname.split('/');
  if ((section === 'articles' || section === 'mirror') && name) {
    const page = await readFile(join(HTML_FIXTURES, name)).catch(() => null);
    if (page) return void response.writeHead(200, { 'content-type': HTML }).end(page);
  }
  switch (url.pathname) {
    case '/redirect':
      return void response.writeHead(302, { location: url.searchParams.get('to') ?? '/' }).end();
    case '/loop':
      return void response.writeHead(302, { location: '/loop' }).end();
    case '/pdf':
      return void response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    case '/json':
      return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"headline":"x"}');
    case '/untyped':
      return void response.writeHead(200).end('<p>no content type</p>');
    case '/huge-declared':
      return void response.writeHead(200, { 'content-type': HTML, 'content-length': String(50 * 1024 * 1024) }).end();
    case '/huge-streamed': {
      response.writeHead(200, { 'content-type': HTML });
      const chunk = `<p>${'filler '.repeat(1024)}</p>\n`;
      for (let sent = 0; sent < 2 * 1024 * 1024 && !response.destroyed; sent += chunk.length) response.write(chunk);
      return void response.end();
    }
    case '/slow':
      return; // Never answers; close() ends the connection.
    default:
      response.writeHead(404, { 'content-type': HTML }).end('<h1>Not found</h1>');
  }
}

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startNewsServer(): Promise<NewsServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '/');
    route(request, response).catch((error: unknown) => response.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
