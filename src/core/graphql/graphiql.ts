import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * GraphiQL served from npm packages (no CDN: the hub must work offline). Assets are read once
 * and served from /graphiql/…; the page itself is a small HTML shell.
 */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: 'react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { file: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { file: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { file: 'graphiql/graphiql.min.css', type: 'text/css' },
};

const cache = new Map<string, Buffer>();

export function graphiqlAsset(name: string): { body: Buffer; type: string } | null {
  const asset = ASSETS[name];
  if (!asset) return null;
  let body = cache.get(name);
  if (!body) {
    const [pkg, ...rest] = asset.file.split('/');
    body = readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), ...rest));
    cache.set(name, body);
  }
  return { body, type: asset.type };
}

export function graphiqlPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Integration hub · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    const defaultQuery = \`# Published offers near Stuttgart with free seats
query NearbyOffers {
  offers(
    filter: { near: { latitude: 48.7758, longitude: 9.1829, radiusKm: 25 }, hasFreeSeats: true }
    first: 5
  ) {
    totalCount
    edges {
      distanceKm
      node {
        title
        programme
        startDate
        freeSeats
        provider { name }
        location { municipality { name district { name code } } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}\`;
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;
}
