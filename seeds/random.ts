/** A list of values with relative weights. */
export type Weighted<T> = ReadonlyArray<readonly [T, number]>;

/**
 * Seeded pseudo-random numbers (mulberry32): tiny, fast and identical on every platform,
 * so the same seed always yields the same catalogue. Not for anything security-related.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(items: Weighted<T>): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of items) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return items[items.length - 1][0];
  }

  /** Up to `count` distinct items, drawn by weight, in the order drawn. */
  sampleWeighted<T>(items: Weighted<T>, count: number): T[] {
    const pool = [...items];
    const result: T[] = [];
    while (result.length < count && pool.length > 0) {
      const value = this.weighted(pool);
      result.push(value);
      pool.splice(pool.findIndex(([item]) => item === value), 1);
    }
    return result;
  }
}

/** Weighted choice over a large, fixed list in O(log n): cumulative weights plus binary search. */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];

  constructor(private readonly items: readonly T[], weightOf: (item: T) => number) {
    let total = 0;
    for (const item of items) {
      total += Math.max(0, weightOf(item));
      this.cumulative.push(total);
    }
    if (items.length === 0 || total <= 0) throw new Error('a weighted table needs at least one positive weight');
  }

  pick(random: Random): T {
    const roll = random.next() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulative[mid] > roll) high = mid;
      else low = mid + 1;
    }
    return this.items[low];
  }
}
