/** This edition of the article: when it was published and when its facts were last checked. */
export const EDITION = {
  published: '2026-11-23',
  factChecked: '2026-11-23',
} as const;
