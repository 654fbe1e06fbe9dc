import { describe, expect, it } from 'vitest';
import {
  canTransition,
  isFinalState,
  trajectoryEventSchema,
  trajectoryMoveSchema,
  trajectoryStateSchema,
  trajectoryTransitions,
  type TrajectoryState,
} from '../src/index.js';

// The table from the contract, written out independently of the implementation.
const allowed: ReadonlyArray<[TrajectoryState, TrajectoryState]> = [
  ['submitted', 'intake'],
  ['submitted', 'declined'],
  ['submitted', 'withdrawn'],
  ['intake', 'matched'],
  ['intake', 'declined'],
  ['intake', 'withdrawn'],
  ['matched', 'in-progress'],
  ['matched', 'declined'],
  ['matched', 'withdrawn'],
  ['in-progress', 'evaluating'],
  ['in-progress', 'withdrawn'],
  ['evaluating', 'closed'],
  ['evaluating', 'in-progress'],
];
const states = trajectoryStateSchema.options;

describe('trajectory', () => {
  const pairs = states.flatMap((from) => states.map((to) => [from, to] as const));
  it.each(pairs)('%s -> %s', (from, to) => {
    const expected = allowed.some(([a, b]) => a === from && b === to);
    expect(canTransition(from, to)).toBe(expected);
  });

  it('has an entry for every state and final states without exits', () => {
    expect(Object.keys(trajectoryTransitions).sort()).toEqual([...states].sort());
    expect(states.filter(isFinalState).sort()).toEqual(['closed', 'declined', 'withdrawn']);
  });

  it('reaches closed from submitted along the main path', () => {
    const path: TrajectoryState[] = ['submitted', 'intake', 'matched', 'in-progress', 'evaluating', 'closed'];
    for (let i = 1; i < path.length; i += 1) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
  });

  it('is false for unknown states', () => {
    expect(canTransition('toString' as TrajectoryState, 'intake')).toBe(false);
    expect(canTransition('submitted', 'done' as TrajectoryState)).toBe(false);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(trajectoryTransitions)).toBe(true);
    expect(Object.isFrozen(trajectoryTransitions.submitted)).toBe(true);
  });

  it('validates moves and events', () => {
    expect(trajectoryMoveSchema.safeParse({ to: 'intake', actor: 'E. Verheijen' }).success).toBe(true);
    expect(trajectoryMoveSchema.safeParse({ to: 'intake', actor: ' ' }).success).toBe(false);
    expect(trajectoryMoveSchema.safeParse({ to: 'intake', actor: 'a'.repeat(101) }).success).toBe(false);
    expect(trajectoryMoveSchema.safeParse({ to: 'intake', actor: 'a', note: 'n'.repeat(1001) }).success).toBe(false);
    const event = { from: 'submitted', to: 'intake', at: '2025-03-01T09:30:00Z', actor: 'intake-team' };
    expect(trajectoryEventSchema.safeParse(event).success).toBe(true);
    expect(trajectoryEventSchema.safeParse({ ...event, at: '2025-03-01T09:30:00+01:00' }).success).toBe(true);
    expect(trajectoryEventSchema.safeParse({ ...event, at: '1 maart' }).success).toBe(false);
    expect(trajectoryEventSchema.safeParse({ ...event, to: 'closed' }).success).toBe(false);
  });
});

describe('trajectory field errors', () => {
  it('maps a failed move to field errors in both languages', async () => {
    const { toFieldErrors } = await import('../src/index.js');
    const body = { to: 'done', actor: '' };
    const parsed = trajectoryMoveSchema.safeParse(body);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const errors = toFieldErrors(parsed.error, { basePath: 'body', input: body });
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['body.to', 'invalid-option'],
      ['body.actor', 'required'],
    ]);
    expect(errors[1]?.message.nl).toBe('Vul de uitvoerder in.');
    // Same verdicts when zod copied the input into the issues itself.
    const reported = trajectoryMoveSchema.safeParse(body, { reportInput: true });
    expect(reported.success ? [] : toFieldErrors(reported.error, { basePath: 'body' })).toEqual(errors);
  });
});
