/**
 * Share cards are read in a messenger's preview, about 400 px wide (a third of the 1200×630
 * image): the headline and every chart label must be set large enough on the card to survive that.
 */
import { describe, expect, it } from 'vitest';
import { CARD_TEXT, HEADLINE_SIZES, TYPE_CARD_SIZES, cardPlan } from '../../../src/share/card';
import { chapterCard, homeCard } from '../../../src/share/cards';
import { CARD_SIZE } from '../../../src/share/site';
import { readStory } from '../../../src/story/model';
import { markTextWidth, textWidth } from '../../../src/charts/text';

const story = readStory();
const cards = [
  ['home', homeCard(story)] as const,
  ...story.map((c) => [c.id, chapterCard(c)] as const),
];

describe('share card type', () => {
  it('never sets a headline under 56 px, however long, on a chart card or a typographic one', () => {
    expect(Math.min(...HEADLINE_SIZES, ...TYPE_CARD_SIZES)).toBeGreaterThanOrEqual(56);
    const long = { ...cards[1]![1], title: 'A very long chapter title '.repeat(3) };
    expect(cardPlan(long).headline.size).toBeGreaterThanOrEqual(56);
  });

  it.each(cards)('%s: headline at least 56 px, every other text at least 22 px', (_, content) => {
    const { headline, subtitle, chart } = cardPlan(content);
    expect(headline.size).toBeGreaterThanOrEqual(56);
    expect(subtitle.size).toBeGreaterThanOrEqual(CARD_TEXT);
    expect(CARD_TEXT).toBeGreaterThanOrEqual(22);
    if (!chart) return;
    const labels = chart.scene.marks.filter((m) => m.tag === 'text' && m.text);
    expect(labels.length).toBeGreaterThan(0);
    for (const m of labels)
      expect(Number(m.attrs['font-size']) * chart.scale, m.key).toBeGreaterThanOrEqual(22);
  });

  it.each(cards)('%s: headline, subtitle and chart each keep to their own part', (_, content) => {
    const { headline, subtitle, chart } = cardPlan(content);
    const serifBold = { family: 'serif', weight: 700 } as const;
    for (const line of headline.lines)
      expect(textWidth(line, headline.size, serifBold), line).toBeLessThanOrEqual(headline.width);
    for (const line of subtitle.lines)
      expect(textWidth(line, subtitle.size), line).toBeLessThanOrEqual(headline.width);
    const footerRule = CARD_SIZE.height - 58;
    const headlineBottom = headline.top + headline.size * 1.12 * headline.lines.length;
    expect(headlineBottom).toBeLessThanOrEqual(footerRule);
    expect(subtitle.top + subtitle.size * 1.35 * subtitle.lines.length).toBeLessThanOrEqual(
      footerRule,
    );
    if (!chart) return;
    expect(48 + headline.width).toBeLessThan(chart.x);
    expect(chart.x + chart.scene.width * chart.scale).toBeLessThanOrEqual(CARD_SIZE.width);
    expect(chart.y + chart.scene.height * chart.scale).toBeLessThanOrEqual(footerRule);
    // Every label inside the chart's part of the card.
    for (const m of chart.scene.marks.filter((t) => t.tag === 'text' && t.text)) {
      const x = Number(m.attrs['x']);
      const w = markTextWidth(m);
      const anchor = m.attrs['text-anchor'] ?? 'start';
      const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
      expect(x0, m.key).toBeGreaterThanOrEqual(0);
      expect(x0 + w, m.key).toBeLessThanOrEqual(chart.scene.width + 0.5);
    }
  });
});
