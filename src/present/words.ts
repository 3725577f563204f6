/** What the deck's scripts write into the page, in the page's edition (the markup's words are in src/i18n/ui.ts). */
import { documentLocale } from '../i18n/locale';
import type { Localized } from '../i18n/locale';

const WORDS: Localized<{
  announce: (n: number, total: number) => string;
  goTo: (typed: string) => string;
  presenter: string;
  noNotes: string;
}> = {
  en: {
    announce: (n, total) => `Slide ${n} of ${total}`,
    goTo: (typed) => `Go to slide ${typed}`,
    presenter: 'Presenter view',
    noNotes: 'No notes for this slide.',
  },
  ru: {
    announce: (n, total) => `Слайд ${n} из ${total}`,
    goTo: (typed) => `Перейти к слайду ${typed}`,
    presenter: 'Режим ведущего',
    noNotes: 'К этому слайду заметок нет.',
  },
};

export const deckWords = (doc: Document = document) => WORDS[documentLocale(doc)];
