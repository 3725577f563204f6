/**
 * DNS diagram: (data, state, size) → scene. Five boxes (phone, operator's resolver, national DNS,
 * WhatsApp's servers, a VPN or outside resolver), arrows between them that draw themselves in as
 * the story advances, and one packet that travels: the question, then the answer, or nothing.
 * Wide frames lay the chain out left to right; narrow ones stack it top to bottom.
 */
import type { Scene, Size } from '../scene';
import type { Locale } from '../../i18n/locale';
import { stateById } from '../stateById';
import { dnsStates } from './states';
import type { DnsState } from './states';
import type { DnsData } from './data';
import type { FactId } from './words';
import { captionMarks } from './caption';
import { boxMarks, placeBoxes } from './boxes';
import { arrowMarks, placeArrows } from './arrows';
import { erasedMarks } from './erased';
import { packetMarks } from './packet';
import { caveatMarks } from './caveat';

export const findDnsState = (id: string): DnsState => stateById('dns', dnsStates, id);

export function layoutDns(
  data: DnsData,
  stateId: string,
  size: Size,
  locale: Locale = 'en',
): Scene {
  const state = findDnsState(stateId);
  const { width, height } = size;
  const narrow = width < 520 || width < height * 0.9;
  const compact = height < 360;
  const fact = (id: FactId) => data.facts.find((f) => f.id === id)!;

  const caption = captionMarks(state, data, size, compact, locale);
  const labelSize = compact ? 11 : 12;
  const boxes = placeBoxes(size, caption.top, narrow, labelSize);
  const arrows = placeArrows(boxes);
  const marks = [
    ...caption.marks,
    ...arrowMarks(arrows, state),
    ...boxMarks(boxes, state, fact, labelSize, locale),
    ...erasedMarks(boxes.nsdi, arrows.connect, state.id === 'dns-erased', fact, locale),
    ...packetMarks(
      arrows[state.packet.on],
      state.packet,
      { width, top: caption.top, narrow, locale },
      Object.values(boxes),
    ),
    ...caveatMarks(
      narrow ? boxes.outside : boxes.servers,
      narrow,
      state.id === 'dns-vpn',
      fact('interfere'),
      locale,
    ),
  ];
  return { width, height, marks };
}
