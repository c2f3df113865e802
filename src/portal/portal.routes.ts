import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import helmet from 'helmet';
import type { StaticRoute } from '../core/graphql/server';
import { use } from '../core/graphql/http-protection';

/**
 * The example partner portal at /portal: a static page, its ES modules compiled from `portal/`
 * (`tsc -p portal/tsconfig.json`, part of `npm run build`, into `dist/portal/`) and Leaflet from
 * node_modules. It talks to /graphql like any anonymous partner portal, so it needs nothing of
 * the server but files. Files are read per request: a rebuilt client shows on reload.
 */
const ROOT = packageRoot(__dirname);
const LEAFLET = path.dirname(require.resolve('leaflet/package.json'));

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml' };

/** URL path below /portal/ → file; only these folders and extensions are ever served. */
function fileFor(rest: string): { file: string; type: string } | null {
  const extension = /^[a-z0-9-]+(\/[a-z0-9-]+)*\.(js|css|svg)$/.exec(rest)?.[2];
  if (!extension) return null;
  const type = TYPES[extension];
  if (rest === 'vendor/leaflet.js') return { file: path.join(LEAFLET, 'dist', 'leaflet-src.esm.js'), type };
  if (rest === 'vendor/leaflet.css') return { file: path.join(LEAFLET, 'dist', 'leaflet.css'), type };
  if (rest.startsWith('static/') && extension !== 'js') return { file: path.join(ROOT, 'portal', rest), type };
  if ((rest.startsWith('src/') || rest.startsWith('generated/')) && rest.endsWith('.js')) return { file: path.join(ROOT, 'dist', 'portal', rest), type };
  return null;
}

/** The portal's own policy: everything from this origin only, no inline script or style, no framing. */
const portalHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      connectSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
  xFrameOptions: { action: 'deny' },
  strictTransportSecurity: false,
});

export function portalRoute(): StaticRoute {
  return {
    matches: (pathname) => pathname === '/portal' || pathname.startsWith('/portal/'),
    handle: (req, res, url) => servePortal(req, res, url.pathname),
  };
}

/** Whether the compiled client is there (a server started without `npm run build` has only the page). */
export function portalClientBuilt(): boolean {
  return existsSync(path.join(ROOT, 'dist', 'portal', 'src', 'main.js'));
}

async function servePortal(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { allow: 'GET, HEAD' });
  await use(portalHeaders, req, res);
  const page = pathname === '/portal' || pathname === '/portal/';
  const target = page ? { file: path.join(ROOT, 'portal', 'static', 'index.html'), type: 'text/html; charset=utf-8' } : fileFor(pathname.slice('/portal/'.length));
  if (!target) return answer(res, 404, 'text/plain; charset=utf-8', 'Not found');
  let body: Buffer;
  try {
    body = await readFile(target.file);
  } catch {
    return answer(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }
  answer(res, 200, target.type, req.method === 'HEAD' ? '' : body, { 'cache-control': 'no-cache', 'content-length': String(body.length) });
}

function answer(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
}

/** The folder of package.json above `from`: the repository (ts-jest, `src/portal`) or the image's /app (`dist/src/portal`). */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}
