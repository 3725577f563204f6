/** One compared feature: what Max and WhatsApp each offer, and who says so. */
import type { FeatureGroup, FeatureStatus } from '../../data/schemas/features';

export interface CompareCell {
  status: FeatureStatus;
  short: string;
  text: string;
}

export interface CompareRow {
  id: string;
  feature: string;
  group: FeatureGroup;
  max: CompareCell;
  whatsapp: CompareCell;
  claim?: string;
  dispute?: string;
  /** Publisher names. */
  sources: string;
  confidence: string;
}
