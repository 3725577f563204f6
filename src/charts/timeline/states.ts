/**
 * The timeline's named states, in story order. Each names the events it brings forward, the date
 * the "now" cursor stands at, and optionally a zoomed window (the February 2026 days are too
 * close together to tell apart at full width).
 */
export interface TimelineState {
  id: string;
  label: string;
  highlight: string[];
  cursor: string;
  domain?: [string, string];
}

export const WINDOW: [string, string] = ['2025-07-25', '2026-02-24'];
const FEBRUARY: [string, string] = ['2026-01-26', '2026-02-18'];

export const timelineStates: TimelineState[] = [
  { id: 'overview', label: 'Seven months at a glance', highlight: [], cursor: '2026-02-12' },
  {
    id: 'calls-restricted',
    label: 'Calls restricted',
    highlight: ['calls-reports', 'calls-restricted-confirmed', 'whatsapp-100m-claim'],
    cursor: '2025-08-13',
  },
  {
    id: 'max-mandate',
    label: 'Max must be pre-installed',
    highlight: ['max-preinstall-announced', 'max-preinstall-in-force', 'vpn-ad-fines-in-force'],
    cursor: '2025-09-01',
  },
  {
    id: 'snapchat-blocked',
    label: 'Snapchat blocked quietly',
    highlight: ['snapchat-blocked'],
    cursor: '2025-10-10',
  },
  {
    id: 'apps-restricted',
    label: 'The apps themselves restricted',
    highlight: ['apps-restricted-confirmed'],
    cursor: '2025-10-22',
  },
  {
    id: 'registration-stopped',
    label: 'New users cut off',
    highlight: ['registration-codes-stopped'],
    cursor: '2025-10-31',
  },
  {
    id: 'phased-restriction',
    label: '"Phased" restriction announced',
    highlight: ['phased-restriction-announced'],
    cursor: '2025-11-28',
  },
  {
    id: 'facetime-restricted',
    label: 'FaceTime restricted',
    highlight: ['facetime-restricted', 'snapchat-blocked'],
    cursor: '2025-12-04',
  },
  {
    id: 'slowdown',
    label: 'Slowed by 70–80%',
    highlight: ['slowdown-70-80'],
    cursor: '2025-12-22',
  },
  {
    id: 'telegram-slowed',
    label: 'Telegram slowed',
    highlight: ['telegram-slowed'],
    cursor: '2026-02-10',
    domain: FEBRUARY,
  },
  {
    id: 'dns-removed',
    label: 'Erased from the national DNS',
    highlight: ['whatsapp-dns-removed'],
    cursor: '2026-02-11',
    domain: FEBRUARY,
  },
  {
    id: 'block-confirmed',
    label: 'The Kremlin confirms the block',
    highlight: ['whatsapp-dns-removed', 'block-confirmed'],
    cursor: '2026-02-12',
    domain: FEBRUARY,
  },
];
