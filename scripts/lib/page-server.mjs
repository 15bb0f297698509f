import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/**
 * Serves `page` at `/` and the repository's files (dist/limber.js and its chunks) beside it, on a
 * free local port, for the scripts that look at the built elements in Chromium. Resolves to
 * `{ url, close }`.
 */
export async function servePage(page) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}
