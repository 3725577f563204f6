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

/** The years before the blockade, up to Max's beta launch; the 2025 build-up has its own window. */
const BACKGROUND: [string, string] = ['2017-12-01', '2025-04-01'];
/** Summer 2025, when the national-messenger law passed and Max was named. */
const GROUNDWORK: [string, string] = ['2025-05-01', '2025-09-10'];

export const timelineStates: TimelineState[] = [
  {
    id: 'context-telegram-2018',
    label: 'Telegram, 2018',
    highlight: ['telegram-2018'],
    cursor: '2018-12-31',
    domain: BACKGROUND,
  },
  {
    id: 'context-meta-2022',
    label: 'Facebook and Twitter, 2022',
    highlight: ['meta-blocked-2022'],
    cursor: '2022-03-31',
    domain: BACKGROUND,
  },
  {
    id: 'context-youtube-2024',
    label: 'YouTube slowed, 2024',
    highlight: ['youtube-throttled'],
    cursor: '2024-08-01',
    domain: BACKGROUND,
  },
  {
    id: 'context-signal-viber',
    label: 'Signal and Viber blocked',
    highlight: ['signal-viber-blocked'],
    cursor: '2024-08-31',
    domain: BACKGROUND,
  },
  {
    id: 'context-ori-register',
    label: 'WhatsApp on the register',
    highlight: ['whatsapp-ori-register'],
    cursor: '2024-12-31',
    domain: BACKGROUND,
  },
  {
    id: 'groundwork-law',
    label: 'The national-messenger law',
    highlight: ['max-law-signed', 'max-operator-named'],
    cursor: '2025-07-12',
    domain: GROUNDWORK,
  },
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
