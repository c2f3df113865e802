import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { portalRoute } from '../../src/portal/portal.routes';
import { haversineKm } from '../support/geo';
import { createTestHub, type TestHub } from '../support/test-hub';
import { createTestIssuer } from '../support/test-issuer';
import { startTestHttp, type TestHttp } from '../support/test-http';

/**
 * The partner portal in a real headless Chromium (Debian's package, driven by playwright-core):
 * a visitor searches near a municipality, pages, opens an offer, on a desktop and a phone-sized
 * window; axe-core finds no serious or critical violation. Screenshots go to test-artifacts/portal/.
 * The expected numbers come from SQL and an independent haversine, not from the API.
 */
const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'portal');
// Outside CI a machine without Debian's chromium skips (saying so); CI installs it (.ci/run), so there it must run.
const runs = existsSync(CHROMIUM) || Boolean(process.env.CI);
if (!runs) console.warn(`test/browser/portal.test.ts skipped: ${CHROMIUM} is missing (apt-get install -y chromium); CI runs it.`);
const suite = runs ? describe : describe.skip;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

let hub: TestHub;
let http: TestHttp;
let browser: Browser;
/** Requests the page tried to send anywhere but the hub (a CDN, a tile server): must stay empty. */
const foreignRequests: string[] = [];
/** Console errors and uncaught exceptions, CSP violations included: must stay empty. */
const pageErrors: string[] = [];
let tuebingen: { id: number; name: string; postalCode: string; latitude: number; longitude: number };

async function openContext(options: Parameters<Browser['newContext']>[0]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === http.url) return route.continue();
    foreignRequests.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page };
}

/** Published offers with a location within `radiusKm` of the point (of one family), by SQL and haversine. */
async function offersWithin(latitude: number, longitude: number, radiusKm: number, family?: string): Promise<number> {
  const rows = await hub.sql<{ latitude: number; longitude: number; family: string }>(
    `select l.latitude, l.longitude, o.family from offer o join location l on l.id = o.location_id where o.status = 'PUBLISHED'`,
  );
  return rows.filter((row) => (family === undefined || row.family === family) && haversineKm(latitude, longitude, row.latitude, row.longitude) <= radiusKm).length;
}

async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = (await page.evaluate('axe.run(document).then((result) => result.violations)')) as Violation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

const describeViolations = (violations: Violation[]) => violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** Reads until `check` holds or 10 s pass; returns the last value read (the caller's expect says what was wanted). */
async function until<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-geography="ready"]');
  await page.waitForSelector('#results li.offer');
}

async function resultIds(page: Page): Promise<string[]> {
  return page.locator('#results .title-button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-offer')!));
}

async function distances(page: Page): Promise<number[]> {
  const texts = await page.locator('#results dd').allTextContents();
  return texts.filter((text) => /km$/.test(text)).map((text) => Number(text.replace(/[^\d,.]/g, '').replace(',', '.')));
}

function offerRowId(globalId: string): number {
  const [type, id] = Buffer.from(globalId, 'base64').toString('utf8').split(':');
  expect(type).toBe('Offer');
  return Number(id);
}

suite('partner portal in Chromium', () => {
  beforeAll(async () => {
    // The page's modules are compiled from portal/ like `npm run build` does.
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'portal/tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
    mkdirSync(ARTIFACTS, { recursive: true });
    hub = await createTestHub();
    const issuer = await createTestIssuer();
    http = await startTestHttp(hub, { authenticate: issuer.authenticate, routes: [portalRoute()] });
    [tuebingen] = await hub.sql<typeof tuebingen>(`select id, name, postal_code as "postalCode", latitude, longitude from municipality where name = 'Tübingen'`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      chromiumSandbox: false,
      // The machine's network is closed: no background connections, no component updates.
      // Playwright gives every launch a fresh, throw-away user data directory.
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await http?.close();
    await hub?.close();
  });

  afterEach(() => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('desktop, English: searches near a municipality, pages, opens an offer', async () => {
    const { context, page } = await openContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
    await page.goto(`${http.url}/portal?lang=en`);
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    const expected = await offersWithin(tuebingen.latitude, tuebingen.longitude, 25);
    expect(expected).toBeGreaterThan(20);
    await page.getByLabel('Place or postal code').fill('Tübingen');
    await page.getByLabel('Radius').selectOption('25');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const status = page.locator('#status');
    const firstPage = `${expected} offers found. Offers 1–10 of ${expected}.`;
    const secondPage = `${expected} offers found. Offers 11–20 of ${expected}.`;
    expect(await until(() => status.textContent(), (value) => value === firstPage)).toBe(firstPage);

    const first = await distances(page);
    expect(first).toHaveLength(10);
    expect([...first].sort((a, b) => a - b)).toEqual(first);
    expect(Math.max(...first)).toBeLessThanOrEqual(25);
    // The page's offers on the map, and the facet counts beside the filters.
    expect(await page.locator('path.offer-marker').count()).toBe(10);
    const familyCounts = await page.locator('[data-count-family]').allTextContents();
    expect(familyCounts.map((text) => Number(text.replace(/\D/g, ''))).reduce((a, b) => a + b, 0)).toBe(expected);
    await page.screenshot({ path: path.join(ARTIFACTS, 'desktop-results.png') });
    await page.screenshot({ path: path.join(ARTIFACTS, 'desktop-page.png'), fullPage: true });

    const pageOne = await resultIds(page);
    await page.getByRole('button', { name: 'Next page' }).click();
    expect(await until(() => status.textContent(), (value) => value === secondPage)).toBe(secondPage);
    const pageTwo = await resultIds(page);
    expect(pageTwo.filter((id) => pageOne.includes(id))).toEqual([]);
    expect((await distances(page))[0]).toBeGreaterThanOrEqual(first[first.length - 1]);
    // Keyboard users land on the results' heading after paging.
    expect(await page.evaluate('document.activeElement?.id')).toBe('results-heading');
    await page.getByRole('button', { name: 'Previous page' }).click();
    expect(await until(() => status.textContent(), (value) => value === firstPage)).toBe(firstPage);
    expect(await resultIds(page)).toEqual(pageOne);

    expect(describeViolations(await axeViolations(page))).toEqual([]);

    // A family's count is what choosing it finds; choosing it leaves the other families' counts.
    const languageCourses = await offersWithin(tuebingen.latitude, tuebingen.longitude, 25, 'LANGUAGE_COURSE');
    expect(await page.locator('[data-count-family="LANGUAGE_COURSE"]').textContent()).toBe(`(${languageCourses})`);
    await page.getByLabel(/^Language course/).check();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const onlyCourses = `${languageCourses} offers found. Offers 1–10 of ${languageCourses}.`;
    expect(await until(() => status.textContent(), (value) => value === onlyCourses)).toBe(onlyCourses);
    expect(await page.locator('[data-count-family]').allTextContents()).toEqual(familyCounts);
    await page.getByLabel(/^Language course/).uncheck();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    expect(await until(() => status.textContent(), (value) => value === firstPage)).toBe(firstPage);

    // The offer's detail: its schedule and its provider's contact, as the database holds them.
    const opener = page.locator('#results .title-button').first();
    const title = (await opener.textContent())!;
    const [row] = await hub.sql<{ email: string | null; street: string; provider: string }>(
      `select p.email, l.street, p.name as provider from offer o join provider p on p.id = o.provider_id join location l on l.id = o.location_id where o.id = ?`,
      [offerRowId((await opener.getAttribute('data-offer'))!)],
    );
    await opener.click();
    const dialog = page.getByRole('dialog');
    expect(await until(() => dialog.locator('#detail-title').textContent(), (value) => value === title)).toBe(title);
    const text = (await dialog.textContent())!;
    expect(text).toContain('Schedule');
    expect(text).toContain('Contact');
    expect(text).toContain(row.provider);
    expect(text).toContain(row.street);
    if (row.email) expect(await dialog.locator(`a[href="mailto:${row.email}"]`).count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'desktop-detail.png') });
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await until(() => dialog.isVisible(), (value) => value === false)).toBe(false);
    expect(await page.evaluate('document.activeElement?.textContent')).toBe(title);
    await context.close();
  });

  it('phone, German: a postal code by keyboard, an offer, no sideways scrolling', async () => {
    const { context, page } = await openContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'de-DE' });
    await page.goto(`${http.url}/portal`);
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('de');

    // A place the catalogue does not know is refused beside the field, not guessed.
    await page.getByLabel('Ort oder Postleitzahl').fill('Atlantis');
    await page.keyboard.press('Enter');
    expect(await until(() => page.locator('#form-error').textContent(), (value) => String(value).includes('„Atlantis“'))).toContain('„Atlantis“');
    expect(await page.getAttribute('#place', 'aria-invalid')).toBe('true');
    // So is a postal code no place or address of the catalogue has (the API's UNKNOWN_POSTAL_CODE).
    await page.getByLabel('Ort oder Postleitzahl').fill('00000');
    await page.keyboard.press('Enter');
    expect(await until(() => page.locator('#form-error').textContent(), (value) => String(value).includes('00000'))).toContain('Postleitzahl 00000');
    expect(await page.locator('#status').textContent()).toBe('');

    const expected = await offersWithin(tuebingen.latitude, tuebingen.longitude, 10);
    expect(expected).toBeGreaterThan(0);
    await page.getByLabel('Ort oder Postleitzahl').fill(tuebingen.postalCode);
    await page.getByLabel('Umkreis').selectOption('10');
    await page.getByLabel('Ort oder Postleitzahl').press('Enter');
    const total = expected === 1 ? '1 Angebot gefunden' : `${expected} Angebote gefunden`;
    expect(await until(() => page.locator('#status').textContent(), (value) => String(value).includes(total))).toContain(total);
    expect(await page.locator('#form-error').textContent()).toBe('');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(ARTIFACTS, 'phone-results.png'), fullPage: true });
    await page.locator('#map').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'phone-map.png') });
    expect(describeViolations(await axeViolations(page))).toEqual([]);

    const opener = page.locator('#results .title-button').first();
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    const phoneTitle = await opener.textContent();
    expect(await until(() => dialog.locator('#detail-title').textContent(), (value) => value === phoneTitle)).toBe(phoneTitle);
    expect(await dialog.textContent()).toContain('Termine');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(ARTIFACTS, 'phone-detail.png') });
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.keyboard.press('Escape');

    // Switching the language keeps the results and translates them.
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#status').textContent()).toContain(expected === 1 ? '1 offer found' : `${expected} offers found`);
    await context.close();
  });
});

describe('partner portal over HTTP', () => {
  let hubOnly: TestHub;
  let withPortal: TestHttp;
  let without: TestHttp;

  beforeAll(async () => {
    hubOnly = await createTestHub();
    const issuer = await createTestIssuer();
    withPortal = await startTestHttp(hubOnly, { authenticate: issuer.authenticate, routes: [portalRoute()] });
    without = await startTestHttp(hubOnly, { authenticate: issuer.authenticate });
  });

  afterAll(async () => {
    await withPortal.close();
    await without.close();
    await hubOnly.close();
  });

  it('serves the page under a same-origin-only policy, with Leaflet from node_modules', async () => {
    const page = await fetch(`${withPortal.url}/portal`);
    expect(page.status).toBe(200);
    const policy = page.headers.get('content-security-policy')!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe|https?:|\*/);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script>|style="/);
    const leaflet = await fetch(`${withPortal.url}/portal/vendor/leaflet.js`);
    expect(leaflet.headers.get('content-type')).toContain('text/javascript');
    expect(await leaflet.text()).toContain('export {');
  });

  it('serves nothing outside its folders, and nothing at all when not enabled', async () => {
    for (const probe of ['/portal/../package.json', '/portal/static/index.html', '/portal/src/../../package.json', '/portal/generated/graphql.ts', '/portal/vendor/leaflet.d.ts']) {
      expect([probe, (await fetch(`${withPortal.url}${probe}`)).status]).toEqual([probe, 404]);
    }
    expect((await fetch(`${withPortal.url}/portal`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${without.url}/portal`)).status).toBe(404);
  });
});
