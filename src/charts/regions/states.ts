/**
 * The regions chart's named states, in story order: each shows the reports made so far and
 * brings the newest forward.
 */
import type { Localized } from '../../i18n/locale';
export interface RegionsState {
  id: string;
  label: Localized;
  /** Row ids drawn, in date order. */
  shown: string[];
  /** Row ids in focus and explained. */
  focus: string[];
}

const AUGUST = 'regions-2025-08-calls';
const OCTOBER = 'regions-2025-10-apps';
const NOVEMBER = ['regions-2025-11-whatsapp', 'regions-2025-11-03-telegram'];
const PEAK = 'regions-2025-11-28-whatsapp';

export const regionsStates: RegionsState[] = [
  {
    id: 'regions-august',
    label: { en: 'At least 27 regions', ru: 'Не менее 27 регионов' },
    shown: [AUGUST],
    focus: [AUGUST],
  },
  {
    id: 'regions-october',
    label: { en: 'At least 34 regions', ru: 'Не менее 34 регионов' },
    shown: [AUGUST, OCTOBER],
    focus: [OCTOBER],
  },
  {
    id: 'regions-november',
    label: { en: 'Telegram 68, WhatsApp 12', ru: 'Telegram — 68, WhatsApp — 12' },
    shown: [AUGUST, OCTOBER, ...NOVEMBER],
    focus: NOVEMBER,
  },
  {
    id: 'regions-peak',
    label: { en: '64 regions', ru: '64 региона' },
    shown: [AUGUST, OCTOBER, ...NOVEMBER, PEAK],
    focus: [PEAK],
  },
];
