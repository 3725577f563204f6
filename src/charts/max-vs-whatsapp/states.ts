/** The comparison's named states: each brings one group of features forward. */
import type { FeatureGroup } from '../../data/schemas/features';

export interface CompareState {
  id: string;
  label: string;
  group: FeatureGroup;
}

export const compareStates: CompareState[] = [
  { id: 'compare-functions', label: 'What Max does that WhatsApp does not', group: 'functions' },
  { id: 'compare-encryption', label: 'Encryption: claims and disputes', group: 'encryption' },
  { id: 'compare-data', label: 'Data and the authorities', group: 'data' },
];

export const groupTitles: Record<FeatureGroup, string> = {
  functions: 'Functions',
  encryption: 'Encryption: claims and disputes',
  data: 'Data and the authorities',
};
