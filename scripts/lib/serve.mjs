// The one static server for the print scripts and the integration suites: a folder's files through
// sirv, with pages made by the caller answered first, on a free port of 127.0.0.1.
import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * Serves `root`'s files, with `pages` (path → HTML) answered first; `headers` go on every response
 * (a Content-Security-Policy, say). Resolves to `{ base, close }`.
 */
export async function serve(root, pages = {}, headers = {}) {
  const files = sirv(root, { dev: true, dotfiles: false });
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const page = pages[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (page !== undefined) return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    files(request, response, () => void response.writeHead(404).end());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    // closeAllConnections: a socket Chromium opened ahead of a request it never sent is neither idle
    // nor done, and would hold close() open for about 100 s (seen one run in ten).
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
