// A static server for the integration suites: the repository's files (dist/, node_modules/) through
// sirv, plus pages made by the suite itself, on a free port of 127.0.0.1.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A running server: its base URL and how to stop it. */
export interface Served {
  readonly base: string;
  close(): Promise<void>;
}

/**
 * Serves `root`'s files, with `pages` (path → HTML) answered first; `headers` are sent on every
 * response (a Content-Security-Policy, say).
 */
export async function serve(root: string, pages: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<Served> {
  const files = sirv(root, { dev: true, dotfiles: false });
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const page = pages[path];
    if (page !== undefined) return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    files(request, response, () => void response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
