import type { TrajectoryState } from './ids.js';

/**
 * The allowed moves of a support trajectory. `closed`, `declined` and `withdrawn` are final.
 */
export const trajectoryTransitions: Readonly<Record<TrajectoryState, readonly TrajectoryState[]>> =
  /* @__PURE__ */ Object.freeze({
    submitted: Object.freeze(['intake', 'declined', 'withdrawn'] as const),
    intake: Object.freeze(['matched', 'declined', 'withdrawn'] as const),
    matched: Object.freeze(['in-progress', 'declined', 'withdrawn'] as const),
    'in-progress': Object.freeze(['evaluating', 'withdrawn'] as const),
    evaluating: Object.freeze(['closed', 'in-progress'] as const),
    closed: Object.freeze([] as const),
    declined: Object.freeze([] as const),
    withdrawn: Object.freeze([] as const),
  });

/**
 * Whether a trajectory may move from `from` to `to`. Unknown state names give `false`.
 */
export function canTransition(from: TrajectoryState, to: TrajectoryState): boolean {
  if (!Object.hasOwn(trajectoryTransitions, from)) return false;
  return trajectoryTransitions[from].includes(to);
}

/** Whether a state is final (no move out of it). */
export function isFinalState(state: TrajectoryState): boolean {
  return canTransitionFrom(state).length === 0;
}

function canTransitionFrom(state: TrajectoryState): readonly TrajectoryState[] {
  return Object.hasOwn(trajectoryTransitions, state) ? trajectoryTransitions[state] : [];
}
