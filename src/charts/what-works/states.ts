/** The what-works grid's named states: one per month of the story, each showing the grid as of the month's end. */
export interface WorksState {
  id: string;
  label: string;
  /** YYYY-MM */
  month: string;
}

const month = (m: string, label: string): WorksState => ({ id: `works-${m}`, label, month: m });

export const worksStates: WorksState[] = [
  month('2025-08', 'August 2025: calls restricted'),
  month('2025-09', 'September 2025: FaceTime failures reported'),
  month('2025-10', 'October 2025: the apps and sign-ups restricted'),
  month('2025-11', 'November 2025: "phased" restriction'),
  month('2025-12', 'December 2025: FaceTime restricted, WhatsApp slowed'),
  month('2026-01', 'January 2026: no new step'),
  month('2026-02', 'February 2026: erased from the national DNS'),
];
