import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { WebhookFanOut } from './webhook-fan-out';
import { WebhookSender, type WebhookSenderOptions } from './webhook-sender';

export interface WebhookWorkerOptions extends WebhookSenderOptions {
  pollIntervalMs: number;
}

/**
 * The webhook loop of a worker process: fan out new outbox rows, then send what is due, then
 * wait a poll interval (at once again while there is more). Several workers may run: the
 * fan-out locks its cursor and the sender claims rows with `skip locked`. Everything it needs
 * to resume is in the database, so a killed worker is simply started again.
 */
export class WebhookWorker {
  private readonly fanOut: WebhookFanOut;
  private readonly sender: WebhookSender;
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;

  constructor(
    orm: MikroORM,
    private readonly options: WebhookWorkerOptions,
    private readonly logger?: Logger,
  ) {
    this.fanOut = new WebhookFanOut(orm);
    this.sender = new WebhookSender(orm, options);
  }

  /** One round, for tests and the loop: how many outbox rows and deliveries it handled. */
  async runOnce(): Promise<{ events: number; attempts: number }> {
    const events = await this.fanOut.runOnce();
    const attempts = await this.sender.runOnce();
    return { events, attempts };
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = this.loop();
  }

  /** Lets the running round finish (its attempts are recorded), then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    this.running = null;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let busy = false;
      try {
        const round = await this.runOnce();
        busy = round.events > 0 || round.attempts > 0;
      } catch (error) {
        this.logger?.error({ err: error }, 'webhook round failed');
      }
      if (!busy && !this.stopping) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.pollIntervalMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = null;
      }
    }
  }
}
