import { LEVELS, levelRank, type Level } from '../eligibility/rules';

/**
 * The pure planning of a pathway: where a person stands (German level, a finished
 * Integrationskurs, Latin script), a goal (plan area, target level) and the prerequisite graph →
 * the ordered chain of programmes, shortest by total duration. No SQL, no GraphQL, no clock.
 *
 * The search runs over states (level, Integrationskurs finished, goal completed): a step applies
 * where its entry conditions hold and leads to a state with a higher level, a finished course or
 * the goal completed, so no chain visits a state twice and every chain is short (MAX_PATHWAY_STEPS).
 * Chains compare by the sum of the steps' longest typical duration (a plan should not be
 * optimistic), then the sum of the shortest, then the number of steps, then the steps' keys in
 * order: the order survives appending a step, so Dijkstra's search finds the first chain of it.
 */

/** One step of the graph, as stored (`pathway_step`). Null bounds and conditions mean "any". */
export interface PathwayStepData {
  id: number;
  key: string;
  programme: string;
  entryLevelMin: Level | null;
  entryLevelMax: Level | null;
  /** true: only after a finished Integrationskurs; false: only before one; null: either. */
  integrationCourseFinished: boolean | null;
  /** true: only for people who read Latin script; false: only for people who do not; null: either. */
  latinLiterate: boolean | null;
  exitLevel: Level | null;
  certificate: string | null;
  completesIntegrationCourse: boolean;
  /** The step ends a goal of its areas (e.g. an Einstiegsqualifizierung for work). */
  completesGoal: boolean;
  areas: readonly string[];
  durationMonthsMin: number;
  durationMonthsMax: number;
}

export interface PathwayStart {
  /** The German level on record; null: none known (below A1). */
  level: Level | null;
  finishedIntegrationCourse: boolean;
  /** null: unknown, which excludes no step. */
  latinLiterate: boolean | null;
}

export interface PathwayGoal {
  area: string;
  targetLevel: Level | null;
}

export type PathwayStatus = 'PLANNED' | 'ALREADY_MET' | 'NO_TARGET' | 'UNREACHABLE';

/** A step of a chain, with the person's level before and after it. */
export interface ChainLink {
  step: PathwayStepData;
  entryLevel: Level | null;
  exitLevel: Level | null;
  /** Whether the person has finished an Integrationskurs when the step begins. */
  integrationCourseFinished: boolean;
}

export interface Chain {
  status: PathwayStatus;
  links: ChainLink[];
  monthsMin: number;
  monthsMax: number;
  /** One German sentence. */
  explanation: string;
}

/**
 * The longest chain possible: each step raises the level (at most 7 ranks, from none to C2),
 * finishes the Integrationskurs or completes the goal, and none undoes another.
 */
export const MAX_PATHWAY_STEPS = LEVELS.length + 2;

interface State {
  rank: number;
  course: boolean;
  done: boolean;
}

interface Path {
  state: State;
  links: ChainLink[];
  monthsMax: number;
  monthsMin: number;
}

const stateKey = (state: State) => `${state.rank}|${state.course}|${state.done}`;
const levelAt = (rank: number): Level | null => (rank < 0 ? null : LEVELS[rank]);

/** Chain order: longest typical duration, shortest, number of steps, then the keys in order. */
function compare(a: Path, b: Path): number {
  if (a.monthsMax !== b.monthsMax) return a.monthsMax - b.monthsMax;
  if (a.monthsMin !== b.monthsMin) return a.monthsMin - b.monthsMin;
  if (a.links.length !== b.links.length) return a.links.length - b.links.length;
  for (let i = 0; i < a.links.length; i++) {
    const [x, y] = [a.links[i].step.key, b.links[i].step.key];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The state after `step`, or null when the step does not apply or leads nowhere new. */
function apply(step: PathwayStepData, state: State, start: PathwayStart, goal: PathwayGoal, targetRank: number): State | null {
  if (state.done) return null;
  if (step.entryLevelMin !== null && state.rank < levelRank(step.entryLevelMin)) return null;
  if (step.entryLevelMax !== null && state.rank > levelRank(step.entryLevelMax)) return null;
  if (step.integrationCourseFinished !== null && step.integrationCourseFinished !== state.course) return null;
  if (step.latinLiterate !== null && start.latinLiterate !== null && step.latinLiterate !== start.latinLiterate) return null;
  // A goal-completing step counts only for goals of its areas, and only once the target level is reached.
  const completes = step.completesGoal && step.areas.includes(goal.area) && state.rank >= targetRank;
  const next: State = {
    rank: step.exitLevel === null ? state.rank : Math.max(state.rank, levelRank(step.exitLevel)),
    course: state.course || step.completesIntegrationCourse,
    done: completes,
  };
  return next.rank !== state.rank || next.course !== state.course || next.done ? next : null;
}

const levelWords = (level: Level | null) => (level === null ? 'ohne nachgewiesene Deutschkenntnisse' : `mit Deutsch ${level}`);
const months = (min: number, max: number) => (min === max ? `${min} Monate` : `${min} bis ${max} Monate`);

/** The shortest chain of steps from `start` to `goal` over `steps` (see above). */
export function planPathway(start: PathwayStart, goal: PathwayGoal, steps: readonly PathwayStepData[]): Chain {
  const targetRank = goal.targetLevel === null ? -1 : levelRank(goal.targetLevel);
  const needsCompletion = steps.some((step) => step.completesGoal && step.areas.includes(goal.area));
  const reached = (state: State) => state.rank >= targetRank && (!needsCompletion || state.done);
  const toTarget = goal.targetLevel === null ? 'zum Ziel' : `zum Zielniveau ${goal.targetLevel}`;

  if (goal.targetLevel === null && !needsCompletion) {
    return { status: 'NO_TARGET', links: [], monthsMin: 0, monthsMax: 0, explanation: 'Das Ziel nennt kein Zielniveau, und kein Programm des Stufenplans schließt Ziele dieses Bereichs ab: Es gibt keinen Weg zu planen.' };
  }
  const initial: State = { rank: levelRank(start.level), course: start.finishedIntegrationCourse, done: false };
  if (reached(initial)) {
    return { status: 'ALREADY_MET', links: [], monthsMin: 0, monthsMax: 0, explanation: `Die Person hat ${levelWords(start.level)} das Zielniveau ${goal.targetLevel} schon erreicht.` };
  }

  // Dijkstra over at most 7 × 2 × 2 states: a linear scan for the next one is enough.
  const best = new Map<string, Path>([[stateKey(initial), { state: initial, links: [], monthsMax: 0, monthsMin: 0 }]]);
  const settled = new Set<string>();
  for (;;) {
    let current: Path | null = null;
    for (const [key, path] of best) if (!settled.has(key) && (current === null || compare(path, current) < 0)) current = path;
    if (current === null) break;
    settled.add(stateKey(current.state));
    if (reached(current.state)) {
      const { links, monthsMin, monthsMax } = current;
      return {
        status: 'PLANNED',
        links,
        monthsMin,
        monthsMax,
        explanation: `${links.length === 1 ? 'Ein Schritt führt' : `${links.length} Schritte führen`} die Person ${levelWords(start.level)} ${toTarget}, zusammen etwa ${months(monthsMin, monthsMax)}.`,
      };
    }
    for (const step of steps) {
      const next = apply(step, current.state, start, goal, targetRank);
      if (next === null || settled.has(stateKey(next))) continue;
      const link: ChainLink = { step, entryLevel: levelAt(current.state.rank), exitLevel: levelAt(next.rank), integrationCourseFinished: current.state.course };
      const path: Path = { state: next, links: [...current.links, link], monthsMax: current.monthsMax + step.durationMonthsMax, monthsMin: current.monthsMin + step.durationMonthsMin };
      const known = best.get(stateKey(next));
      if (!known || compare(path, known) < 0) best.set(stateKey(next), path);
    }
  }
  return { status: 'UNREACHABLE', links: [], monthsMin: 0, monthsMax: 0, explanation: `Für die Person ${levelWords(start.level)} führt keine Kette von Programmen des Stufenplans ${toTarget}.` };
}
