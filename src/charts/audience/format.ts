/** How the audience chart writes numbers: "97.0 million" in tips, "97.0M" in labels. */
export type Qualifier = 'over' | 'about' | undefined;

const prefix = (qualifier: Qualifier) =>
  qualifier === 'over' ? '>' : qualifier === 'about' ? '~' : '';

export function formatPeople(value: number, qualifier?: Qualifier, short = false): string {
  const millions = (value / 1e6).toFixed(1);
  return `${prefix(qualifier)}${millions}${short ? 'M' : ' million'}`;
}
