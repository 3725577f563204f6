/** The comparison's named states: each brings one group of features forward. */
import type { Localized } from '../../i18n/locale';
import type { FeatureGroup } from '../../data/schemas/features';

export interface CompareState {
  id: string;
  label: Localized;
  group: FeatureGroup;
}

export const compareStates: CompareState[] = [
  {
    id: 'compare-functions',
    label: { en: 'What Max does that WhatsApp does not', ru: 'Что умеет Max и не умеет WhatsApp' },
    group: 'functions',
  },
  {
    id: 'compare-encryption',
    label: { en: 'Encryption: claims and disputes', ru: 'Шифрование: заявления и споры' },
    group: 'encryption',
  },
  {
    id: 'compare-data',
    label: { en: 'Data and the authorities', ru: 'Данные и власти' },
    group: 'data',
  },
];
