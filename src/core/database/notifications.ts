import { Client } from 'pg';

/** PostgreSQL notifications (NOTIFY) of a channel, as an async stream of payloads. */
export interface Notifications {
  listen(channel: string): AsyncIterableIterator<string>;
}

/**
 * One LISTEN connection per process, shared by every subscriber: each `listen` gets its own
 * queue of the channel's payloads from the moment it is called, until its iterator returns.
 * Notifications arrive only after their transaction commits, so a subscriber never sees a step
 * that rolled back. LISTEN needs no privilege, so the app role's URL serves.
 */
export class PgNotifications implements Notifications {
  private client: Promise<Client> | undefined;
  private readonly subscribers = new Map<string, Set<(payload: string) => void>>();

  constructor(private readonly url: string) {}

  listen(channel: string): AsyncIterableIterator<string> {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
    const queue: string[] = [];
    let wake: ((result: IteratorResult<string>) => void) | null = null;
    let done = false;
    const deliver = (payload: string) => {
      if (wake) {
        const resolve = wake;
        wake = null;
        resolve({ value: payload, done: false });
      } else queue.push(payload);
    };
    let set = this.subscribers.get(channel);
    if (!set) this.subscribers.set(channel, (set = new Set()));
    const first = set.size === 0;
    set.add(deliver);
    const ready = this.connection().then((client) => (first ? client.query(`listen ${channel}`) : undefined));
    const finish = async (): Promise<IteratorResult<string>> => {
      done = true;
      set!.delete(deliver);
      wake?.({ value: undefined, done: true });
      return { value: undefined, done: true };
    };
    const iterator: AsyncIterableIterator<string> = {
      next: async () => {
        await ready;
        if (done) return { value: undefined, done: true };
        const queued = queue.shift();
        if (queued !== undefined) return { value: queued, done: false };
        return new Promise((resolve) => (wake = resolve));
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await (await client).end();
  }

  private connection(): Promise<Client> {
    this.client ??= (async () => {
      const client = new Client({ connectionString: this.url, application_name: 'hub-notifications' });
      client.on('notification', (message) => {
        for (const deliver of this.subscribers.get(message.channel) ?? []) deliver(message.payload ?? '');
      });
      await client.connect();
      return client;
    })();
    return this.client;
  }
}
