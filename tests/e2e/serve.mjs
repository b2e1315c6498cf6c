// Serves dist/ under /course/ for the browser tests (and for a look by hand: PORT=4321 node tests/e2e/serve.mjs).
import { staticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4321);
staticServer().listen(port, '127.0.0.1', () => console.log(`serving dist/ at http://127.0.0.1:${port}/course/`));
