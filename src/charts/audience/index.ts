import { defineChart } from '../types';
import { sourceNames } from '../sourceNames';
import { formatDate } from '../../lib/dates';
import { layoutAudience } from './layout';
import { formatPeople } from './format';
import { serviceNames, termOf } from './series';
import { audienceWords } from './words';
import type { AudiencePoint } from './series';
import { audienceStates } from './states';

/** The story's window, plus the earlier 2025 Mediascope figures as context. */
const FROM = '2025-04';
const TO = '2026-03';

export const audience = defineChart<AudiencePoint[]>({
  name: 'audience',
  title: { en: audienceWords.en.title, ru: audienceWords.ru.title },
  states: audienceStates.map(({ id, label }) => ({ id, label })),
  staticSize: { width: 720, height: 480 },
  // Reach only as Mediascope measured it; the services' own figures are claims or registrations,
  // drawn apart and labelled as such.
  select: (dataset) =>
    dataset.audience
      .filter((a) => a.service !== 'vk' && a.period >= FROM && a.period < TO)
      .filter((a) =>
        a.measure === 'monthly-reach' || a.measure === 'daily-reach'
          ? a.by.startsWith('Mediascope')
          : a.measure === 'claimed-users'
            ? a.service === 'whatsapp'
            : a.service === 'max',
      )
      .map((a) => ({
        id: a.id,
        service: a.service as AudiencePoint['service'],
        measure: a.measure,
        period: a.period,
        value: a.value,
        ...(a.qualifier ? { qualifier: a.qualifier } : {}),
        ...(a.term ? { term: a.term } : {}),
        by: a.by,
        sources: sourceNames(dataset, a.sources),
        ...(a.note ? { note: a.note } : {}),
      })),
  layout: layoutAudience,
  table: (points, locale = 'en') => ({
    caption: audienceWords[locale].caption,
    columns: audienceWords[locale].columns,
    rows: points.map((p) => [
      formatDate(p.period, undefined, locale),
      serviceNames[p.service],
      `${audienceWords[locale].measures[p.measure]}${p.term ? termOf(p.term, locale) : ''}`,
      formatPeople(p.value, p.qualifier, false, locale),
      p.by,
      p.sources,
      p.note ? { detail: p.note } : '',
    ]),
  }),
});
