// Serves the console page's static files for a look in a browser without the server: /console/ from the webapp,
// JsSIP's built file from target, /console/harness.html from here, and /golden/ from the protocol's golden
// bodies (SWB_GOLDEN_DIR). Usage: SWB_GOLDEN_DIR=… node src/test/page/serve.mjs [port]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const webWar = join(here, '..', '..', '..');
const roots = [
    ['/console/harness.html', join(here, 'harness.html')],
    ['/console/vendor/', join(webWar, 'target', 'console-vendor', 'console', 'vendor') + '/'],
    ['/console/', join(webWar, 'src', 'main', 'webapp', 'console') + '/'],
    ['/golden/', (process.env.SWB_GOLDEN_DIR ?? '') + '/'],
];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const found = roots.find(([prefix]) => path.startsWith(prefix));
    try {
        const file = found[1].endsWith('/') ? join(found[1], path.slice(found[0].length) || 'index.html') : found[1];
        const body = await readFile(file);
        response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
    } catch {
        response.writeHead(404).end('not found');
    }
});
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}/console/`));
