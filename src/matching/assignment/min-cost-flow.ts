/**
 * The assignment network as a min-cost circulation, built up one client at a time (successive
 * shortest paths with node potentials, as in the Hungarian method and Jonker–Volgenant):
 *
 *   root → client (1 unit, cost 0) → offer (1 unit per pair, cost −score) → [provider] → root
 *
 * The root is both source and sink, so a client can be left out (no flow through it) and the
 * flow's value is free. A circulation of least cost is the assignment of greatest total.
 *
 * `insert(client)` adds the client's unit from the root and restores optimality with one
 * cheapest path from the client back to the root in the residual network: the path ends at the root
 * either through a free seat (the client is added) or through another client's arc (that client
 * gives up its place: a chain of moves that ends with someone leaving). The path is taken when it
 * lowers the cost, or, through a free seat, when it keeps it (one more client seated for the same
 * total); otherwise the client stays out. The residual network of an optimal circulation has no
 * negative cycle, and after the insertion every cycle through the new arc has been considered, so
 * each step leaves an optimum. Dijkstra runs on the reduced costs `cost(u, v) + π(u) − π(v) ≥ 0`
 * and stops as soon as the root is settled, so one insertion touches only the nodes nearer than its
 * best path; only those nodes' potentials change (Jonker–Volgenant's offset).
 *
 * Costs are floating point: paths within `epsilon` count as ties (preferring a free seat); a
 * reduced cost rounding pushed a hair below zero is read as zero.
 *
 * The potentials are dual prices: any feasible flow's gain is at most
 * `Σ capacity × max(0, −(cost + π(u) − π(v)))` over the arcs, and the optimum attains it.
 */
export class AssignmentNetwork {
  static readonly ROOT = 0;
  private readonly head: Int32Array;
  private next: Int32Array;
  private to: Int32Array;
  private capacity: Float64Array;
  private cost: Float64Array;
  private edges = 0;
  private readonly potential: Float64Array;
  private readonly isClient: Uint8Array;
  private readonly distance: Float64Array;
  private readonly done: Uint8Array;
  private readonly via: Int32Array;
  private readonly touched: Int32Array;
  private heap: DistanceHeap | undefined;

  constructor(
    private readonly nodes: number,
    private readonly epsilon: number,
    edgeHint = 16,
  ) {
    this.head = new Int32Array(nodes).fill(-1);
    const size = Math.max(2, edgeHint * 2);
    this.next = new Int32Array(size);
    this.to = new Int32Array(size);
    this.capacity = new Float64Array(size);
    this.cost = new Float64Array(size);
    this.potential = new Float64Array(nodes);
    this.isClient = new Uint8Array(nodes);
    this.distance = new Float64Array(nodes).fill(Infinity);
    this.done = new Uint8Array(nodes);
    this.via = new Int32Array(nodes);
    this.touched = new Int32Array(nodes);
  }

  /** Adds an arc and its residual twin (index + 1); returns the arc's index. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (this.edges + 2 > this.to.length) this.grow();
    const edge = this.edges;
    this.link(edge, from, to, capacity, cost);
    this.link(edge + 1, to, from, 0, -cost);
    this.edges += 2;
    return edge;
  }

  /** Declares a client node; its root arc is added by `insert`. */
  markClient(node: number): void {
    this.isClient[node] = 1;
  }

  /** Units flowing through an arc returned by `addEdge`. */
  flowOn(edge: number): number {
    return this.capacity[edge + 1];
  }

  /** The node potentials (see the class comment); π(root) prices both ends of the circulation. */
  potentials(): Float64Array {
    return this.potential;
  }

  /**
   * Adds the arc root → client (1 unit, cost 0) and re-optimises. Returns the arc (its flow tells
   * whether the client is in; later insertions may still move it to another offer or take it out).
   */
  insert(client: number): number {
    const { head, next, to, capacity, cost, potential, distance, done, via, touched, epsilon } = this;
    const ROOT = AssignmentNetwork.ROOT;
    const rootArc = this.addEdge(ROOT, client, 1, 0);
    // The client's own potential makes its cheapest arc reduced-cost 0 and none negative.
    let own = -Infinity;
    for (let edge = head[client]; edge !== -1; edge = next[edge]) {
      if (capacity[edge] > 0) own = Math.max(own, potential[to[edge]] - cost[edge]);
    }
    if (own === -Infinity) {
      potential[client] = potential[ROOT];
      return rootArc;
    }
    potential[client] = own;
    // A path back to the root costs its reduced length minus `base`.
    const base = potential[client] - potential[ROOT];

    const heap = (this.heap ??= new DistanceHeap(this.to.length + this.nodes));
    heap.clear();
    let touchedCount = 0;
    distance[client] = 0;
    via[client] = -1;
    touched[touchedCount++] = client;
    heap.push(client, 0);
    let seat = Infinity;
    let seatArc = -1;
    let leave = Infinity;
    let leaveArc = -1;
    while (heap.size > 0) {
      // Beyond this no path can be taken, nor beat (by more than epsilon) one already found.
      if (heap.peekKey() > Math.min(base, seat, leave < base - epsilon ? leave : Infinity) + epsilon) break;
      const node = heap.popNode();
      if (done[node]) continue;
      done[node] = 1;
      const reach = distance[node];
      const shift = potential[node];
      for (let edge = head[node]; edge !== -1; edge = next[edge]) {
        if (capacity[edge] <= 0) continue;
        const target = to[edge];
        let reduced = cost[edge] + shift - potential[target];
        if (reduced < 0) reduced = 0;
        const candidate = reach + reduced;
        if (target === ROOT) {
          if (this.isClient[node]) {
            if (candidate < leave) {
              leave = candidate;
              leaveArc = edge;
            }
          } else if (candidate < seat) {
            seat = candidate;
            seatArc = edge;
          }
          continue;
        }
        if (done[target]) continue;
        if (candidate < distance[target]) {
          if (distance[target] === Infinity) touched[touchedCount++] = target;
          distance[target] = candidate;
          via[target] = edge;
          heap.push(target, candidate);
        }
      }
    }

    // Seat: cost ≤ 0 (ties seat one more), preferred unless leaving is cheaper by more than epsilon.
    const seatTaken = seat <= base + epsilon && !(leave < base - epsilon && leave < seat - epsilon);
    const leaveTaken = !seatTaken && leave < base - epsilon;
    const rootDistance = Math.min(seat, leave);
    const raise = seatTaken ? seat : leaveTaken ? leave : Math.min(base, rootDistance);
    // π ← π + min(d, raise) − raise: only nodes nearer than `raise` change, the root included.
    for (let index = 0; index < touchedCount; index++) {
      const node = touched[index];
      if (done[node] && distance[node] < raise) potential[node] += distance[node] - raise;
    }
    if (rootDistance < raise) potential[ROOT] += rootDistance - raise;
    if (seatTaken || leaveTaken) {
      const last = seatTaken ? seatArc : leaveArc;
      capacity[rootArc] -= 1;
      capacity[rootArc + 1] += 1;
      capacity[last] -= 1;
      capacity[last ^ 1] += 1;
      for (let node = to[last ^ 1]; node !== client; node = to[via[node] ^ 1]) {
        capacity[via[node]] -= 1;
        capacity[via[node] ^ 1] += 1;
      }
    }
    for (let index = 0; index < touchedCount; index++) {
      distance[touched[index]] = Infinity;
      done[touched[index]] = 0;
    }
    return rootArc;
  }

  private link(edge: number, from: number, to: number, capacity: number, cost: number): void {
    this.to[edge] = to;
    this.capacity[edge] = capacity;
    this.cost[edge] = cost;
    this.next[edge] = this.head[from];
    this.head[from] = edge;
  }

  private grow(): void {
    const size = this.to.length * 2;
    const widen = <T extends Int32Array | Float64Array>(array: T, make: (n: number) => T): T => {
      const wider = make(size);
      wider.set(array);
      return wider;
    };
    this.next = widen(this.next, (n) => new Int32Array(n));
    this.to = widen(this.to, (n) => new Int32Array(n));
    this.capacity = widen(this.capacity, (n) => new Float64Array(n));
    this.cost = widen(this.cost, (n) => new Float64Array(n));
    this.heap = undefined;
  }
}

/** A binary min-heap of (node, distance) entries; stale entries are skipped by the caller. */
class DistanceHeap {
  private readonly nodes: Int32Array;
  private readonly keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(capacity + 1);
    this.keys = new Float64Array(capacity + 1);
  }

  clear(): void {
    this.size = 0;
  }

  peekKey(): number {
    return this.keys[0];
  }

  push(node: number, key: number): void {
    const { nodes, keys } = this;
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (keys[parent] <= key) break;
      nodes[at] = nodes[parent];
      keys[at] = keys[parent];
      at = parent;
    }
    nodes[at] = node;
    keys[at] = key;
  }

  popNode(): number {
    const { nodes, keys } = this;
    const top = nodes[0];
    const last = --this.size;
    const node = nodes[last];
    const key = keys[last];
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= last) break;
      if (child + 1 < last && keys[child + 1] < keys[child]) child++;
      if (keys[child] >= key) break;
      nodes[at] = nodes[child];
      keys[at] = keys[child];
      at = child;
    }
    nodes[at] = node;
    keys[at] = key;
    return top;
  }
}
