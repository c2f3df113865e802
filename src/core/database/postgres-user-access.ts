import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SEARCH_BY_OTHERS = 0o001;

/**
 * As root, PostgreSQL runs as the `postgres` system user (it refuses root), so every folder above
 * its data folder must let that user pass (search permission, `x`). The folder holding the data
 * folder is the hub's own (HUB_DATA_DIR, or a test's temporary folder): when something else created
 * it first, private (0700: `npm run token`, a start with DATABASE_URL), it is opened for passing
 * through only (0711: no listing). Its secrets stay unreadable: they sit, 0600, in subfolders of
 * their own that stay 0700. A folder further up is not the hub's to change: the start stops,
 * saying which folder and what to do, instead of failing inside `initdb` with "Permission denied".
 */
export function ensureReachableByPostgresUser(databaseDir: string): void {
  const own = path.dirname(path.resolve(databaseDir));
  mkdirSync(own, { recursive: true });
  const user = postgresUser();
  // The kernel's order: the owner's bits for the owner, the group's for its members, else the others'.
  const canPass = (folder: string) => {
    const { mode, uid, gid } = statSync(folder);
    if (user && uid === user.uid) return (mode & 0o100) !== 0;
    if (user?.groups.includes(gid)) return (mode & 0o010) !== 0;
    return (mode & SEARCH_BY_OTHERS) !== 0;
  };
  const above: string[] = [];
  for (let folder = path.dirname(own); !above.includes(folder); folder = path.dirname(folder)) above.push(folder);
  for (const folder of above) {
    if (!canPass(folder)) {
      const mode = (statSync(folder).mode & 0o777).toString(8).padStart(4, '0');
      throw new Error(
        `The embedded PostgreSQL runs as the system user "postgres" when started as root, and that user cannot enter ${folder} ` +
          `(mode ${mode}) on the way to its data in ${databaseDir}. Let it pass with \`chmod o+x ${folder}\`, or set HUB_DATA_DIR to a ` +
          'folder it can reach, or DATABASE_URL to a PostgreSQL server of your own, or start the hub as a user other than root.',
      );
    }
  }
  if (!canPass(own)) chmodSync(own, (statSync(own).mode & 0o7777) | 0o011);
}

/** The `postgres` system user's uid and groups; undefined before the embedded server created it. */
function postgresUser(): { uid: number; groups: number[] } | undefined {
  try {
    const id = (flag: string) => execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { uid: Number(id('-u')), groups: id('-G').split(/\s+/).map(Number) };
  } catch {
    return undefined;
  }
}
