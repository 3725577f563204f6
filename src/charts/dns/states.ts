/**
 * The DNS diagram's named states, in story order: each says which arrows are drawn, where the
 * question travels, and the caption. Source ids back the factual steps (the last two).
 */
export type NodeId = 'phone' | 'resolver' | 'nsdi' | 'servers' | 'outside';
export type ArrowId =
  'ask' | 'national' | 'reply' | 'answer' | 'connect' | 'vpn-ask' | 'vpn-answer';

export interface DnsState {
  id: string;
  label: string;
  title: string;
  caption: string;
  /** Arrows drawn in this state; the last ones named in `active` are emphasised. */
  arrows: ArrowId[];
  active: ArrowId[];
  /** Where the packet (the question, then the answer) sits, and what it says. */
  packet: { on: ArrowId; label: string; failed?: boolean };
  /** Nodes greyed out because the path no longer runs through them. */
  dimmed: NodeId[];
  sources: string[];
}

export const dnsStates: DnsState[] = [
  {
    id: 'dns-ask',
    label: 'The phone asks for the address',
    title: '1 · The phone asks',
    caption:
      'Before WhatsApp can connect, the phone asks its operator’s DNS resolver: where is whatsapp.com?',
    arrows: ['ask'],
    active: ['ask'],
    packet: { on: 'ask', label: 'whatsapp.com?' },
    dimmed: ['outside'],
    sources: ['theinsider-en-289338'],
  },
  {
    id: 'dns-national',
    label: 'The resolver asks the national DNS',
    title: '2 · The resolver asks the national system',
    caption:
      'In Russia the resolvers rely on the national domain name system (NSDI) for the answer (simplified).',
    arrows: ['ask', 'national'],
    active: ['national'],
    packet: { on: 'national', label: 'whatsapp.com?' },
    dimmed: ['outside'],
    sources: ['theinsider-en-289338', 'kommersant-2026-02-12-8422092'],
  },
  {
    id: 'dns-answer',
    label: 'The address comes back; the app connects',
    title: '3 · The address comes back',
    caption:
      'The NSDI returns WhatsApp’s address, the resolver passes it on and the app connects to WhatsApp’s servers.',
    arrows: ['ask', 'national', 'reply', 'answer', 'connect'],
    active: ['reply', 'answer', 'connect'],
    packet: { on: 'answer', label: 'address' },
    dimmed: ['outside'],
    sources: ['theinsider-en-289338', 'kommersant-2026-02-12-8422092'],
  },
  {
    id: 'dns-erased',
    label: 'No entry for whatsapp.com',
    title: '4 · 11 Feb 2026: the entry is gone',
    caption:
      'whatsapp.com and web.whatsapp.com were removed from the NSDI, so no address comes back and the app cannot connect.',
    arrows: ['ask', 'national'],
    active: ['national'],
    packet: { on: 'national', label: 'no entry', failed: true },
    dimmed: ['outside', 'servers'],
    sources: [
      'kommersant-2026-02-12-8422092',
      'thegeek-2026-02-12',
      'theinsider-en-289338',
      'euronews-ru-2026-02-12',
      'aa-2026-02-12-3828089',
    ],
  },
  {
    id: 'dns-vpn',
    label: 'A VPN or outside resolver goes around it',
    title: '5 · Around it: a VPN or outside resolver',
    caption:
      'A VPN or a resolver outside Russia answers from outside the national system, so the app gets the address. Other blocking methods can still get in the way.',
    arrows: ['vpn-ask', 'vpn-answer', 'connect'],
    active: ['vpn-ask', 'vpn-answer', 'connect'],
    packet: { on: 'vpn-answer', label: 'address' },
    dimmed: ['resolver', 'nsdi'],
    sources: [
      'kommersant-2026-02-12-8422092',
      'thegeek-2026-02-12',
      'voidly-ru-2026-0417',
      'unn-2026-02-13-isw',
    ],
  },
];
