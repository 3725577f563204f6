/**
 * Looks a chart's named state up by id. An unknown id fails loudly, naming the chart, so a typo in
 * a step's `state="…"` stops the build instead of drawing the wrong picture.
 */
export function stateById<State extends { id: string }>(
  chart: string,
  states: readonly State[],
  id: string,
): State {
  const state = states.find((s) => s.id === id);
  if (!state) throw new Error(`${chart}: unknown state "${id}"`);
  return state;
}
