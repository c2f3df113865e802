/**
 * A small progress bar for long CLI jobs, drawn on a stream (stderr): redrawn in place with \r
 * at most every `intervalMs` on a terminal; one line per 10 % when output goes to a file or pipe.
 */
export class ProgressBar {
  private lastDraw = 0;
  private lastDecile = -1;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly unit: string,
    private readonly width = 30,
    private readonly intervalMs = 100,
    private readonly now: () => number = () => performance.now(),
  ) {}

  update(done: number, total: number): void {
    const finished = done >= total;
    if (this.stream.isTTY) {
      const time = this.now();
      if (!finished && time - this.lastDraw < this.intervalMs) return;
      this.lastDraw = time;
      this.stream.write(`\r${this.render(done, total)}${finished ? '\n' : ''}`);
      return;
    }
    const decile = total === 0 ? 10 : Math.floor((done / total) * 10);
    if (decile > this.lastDecile) {
      this.lastDecile = decile;
      this.stream.write(`${this.render(done, total)}\n`);
    }
  }

  render(done: number, total: number): string {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(ratio * this.width);
    const percent = String(Math.floor(ratio * 100)).padStart(3);
    return `[${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}] ${percent} % ${done}/${total} ${this.unit}`;
  }
}
