/**
 * The audience chart's named states, in story order. Each says which measure the y axis shows,
 * which services are drawn, which are in focus, and what is annotated.
 */
import type { Localized } from '../../i18n/locale';
export type AudienceService = 'whatsapp' | 'telegram' | 'max';

export interface AudienceState {
  id: string;
  label: Localized;
  /** What the y axis measures. "registered" adds Max's self-reported users as a second panel. */
  measure: 'monthly-reach' | 'daily-reach' | 'registered';
  services: AudienceService[];
  /** Services drawn at full strength; the rest are dimmed. Defaults to all drawn services. */
  focus?: AudienceService[];
  /** WhatsApp's ">100 million" claim as a dashed reference line. */
  claim?: boolean;
  /** Row ids whose values are written beside their dots. */
  values?: string[];
  /** The end-of-line labels carry the last value too. */
  endValues?: boolean;
  /** Periods (YYYY-MM) ringed and explained. */
  ring?: string;
}

export const audienceStates: AudienceState[] = [
  {
    id: 'claim',
    label: { en: "WhatsApp's claim against the measurement", ru: 'Заявление WhatsApp и измерение' },
    measure: 'monthly-reach',
    services: ['whatsapp'],
    claim: true,
    values: ['whatsapp-monthly-2025-08'],
  },
  {
    id: 'monthly-whatsapp',
    label: { en: 'WhatsApp monthly reach', ru: 'Месячный охват WhatsApp' },
    measure: 'monthly-reach',
    services: ['whatsapp'],
    values: ['whatsapp-monthly-2025-08', 'whatsapp-monthly-2026-02'],
  },
  {
    id: 'monthly-telegram',
    label: { en: 'Telegram joins', ru: 'Добавляется Telegram' },
    measure: 'monthly-reach',
    services: ['whatsapp', 'telegram'],
    focus: ['telegram'],
  },
  {
    id: 'monthly-max',
    label: { en: 'Max joins', ru: 'Добавляется Max' },
    measure: 'monthly-reach',
    services: ['whatsapp', 'telegram', 'max'],
    focus: ['max'],
    values: ['max-monthly-2025-08', 'max-monthly-2026-02'],
  },
  {
    id: 'crossover',
    label: { en: 'Telegram overtakes WhatsApp', ru: 'Telegram обходит WhatsApp' },
    measure: 'monthly-reach',
    services: ['whatsapp', 'telegram', 'max'],
    focus: ['whatsapp', 'telegram'],
    ring: '2026-01',
  },
  {
    id: 'february',
    label: { en: 'February 2026', ru: 'Февраль 2026 года' },
    measure: 'monthly-reach',
    services: ['whatsapp', 'telegram', 'max'],
    endValues: true,
    ring: '2026-02',
  },
  {
    id: 'daily',
    label: { en: 'Daily reach', ru: 'Среднесуточный охват' },
    measure: 'daily-reach',
    services: ['whatsapp', 'telegram', 'max'],
    endValues: true,
  },
  {
    id: 'registered',
    label: {
      en: 'Max: registered users, self-reported',
      ru: 'Max: зарегистрированные, по данным компании',
    },
    measure: 'registered',
    services: ['max'],
  },
];
