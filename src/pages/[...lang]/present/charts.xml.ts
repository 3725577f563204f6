/**
 * The charts of the slides that link theirs as images (see carriesChart), in one file:
 * <charts>, then a line <chart for="slide-id"><svg…/></chart> per chart, XML because each chart
 * is an SVG document already. The deck fetches it once the page has loaded and puts each chart inline
 * (src/present/slideCharts.ts): one gzip stream is smaller than the charts were inside the page
 * (147 KB against 181 KB; as JSON strings, 182 KB), and none of it stands between the reader and
 * the first slide.
 */
import type { APIRoute } from 'astro';
import { editionRoutes } from '../../../i18n/routes';
import type { Locale } from '../../../i18n/locale';
import { readStory } from '../../../story/model';
import { carriesChart, slideDeck } from '../../../present/slides';
import { slideChartSvg } from '../../../present/slideChartSvg';

export const getStaticPaths = editionRoutes;

export const GET: APIRoute<{ locale: Locale }> = ({ props: { locale } }) => {
  const charts = slideDeck(readStory(locale))
    .filter((slide) => !carriesChart(slide))
    .flatMap((slide) =>
      slide.kind === 'step'
        ? // One line per chart: the deck parses them one at a time (SVG folds the newline away).
          [
            `<chart for="${slide.id}">${slideChartSvg(slide.step, locale).replaceAll('\n', ' ')}</chart>`,
          ]
        : [],
    );
  return new Response(`<charts>\n${charts.join('\n')}\n</charts>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};
