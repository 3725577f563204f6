/** The what-works grid's named states: one per month of the story, each showing the grid as of the month's end. */
import type { Localized } from '../../i18n/locale';

export interface WorksState {
  id: string;
  label: Localized;
  /** YYYY-MM */
  month: string;
}

const month = (m: string, en: string, ru: string): WorksState => ({
  id: `works-${m}`,
  label: { en, ru },
  month: m,
});

export const worksStates: WorksState[] = [
  month('2025-08', 'August 2025: calls restricted', 'Август 2025 г.: звонки ограничены'),
  month(
    '2025-09',
    'September 2025: FaceTime failures reported',
    'Сентябрь 2025 г.: сообщения о сбоях FaceTime',
  ),
  month(
    '2025-10',
    'October 2025: the apps and sign-ups restricted',
    'Октябрь 2025 г.: ограничены приложения и регистрация',
  ),
  month(
    '2025-11',
    'November 2025: "phased" restriction',
    'Ноябрь 2025 г.: «поэтапное» ограничение',
  ),
  month(
    '2025-12',
    'December 2025: FaceTime restricted, WhatsApp slowed',
    'Декабрь 2025 г.: FaceTime ограничен, WhatsApp замедлен',
  ),
  month('2026-01', 'January 2026: no new step', 'Январь 2026 г.: новых шагов нет'),
  month(
    '2026-02',
    'February 2026: erased from the national DNS',
    'Февраль 2026 г.: WhatsApp удалён из НСДИ',
  ),
];
