/** One step of a depth-first walk; it schedules its children with `then`. */
export type Step = () => void;

/**
 * Runs a depth-first walk without recursion, so that a script nested thousands of levels deep
 * (`$($($(...)))`, `{ { { ... } } }`) cannot overflow the call stack. `start` receives `then`,
 * which schedules a step; the steps one step schedules run in the order they were scheduled,
 * all of them (and everything they schedule in turn) before the steps scheduled earlier — the
 * order a recursive walk would follow.
 */
export function walkDepthFirst(start: (then: (step: Step) => void) => void): void {
  const stack: Step[] = [];
  let scheduled: Step[] = [];
  const then = (step: Step) => {
    scheduled.push(step);
  };
  const flush = () => {
    for (let i = scheduled.length - 1; i >= 0; i--) stack.push(scheduled[i]!);
    scheduled = [];
  };
  start(then);
  flush();
  while (stack.length > 0) {
    stack.pop()!();
    flush();
  }
}
