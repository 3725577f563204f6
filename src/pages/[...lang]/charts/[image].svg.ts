/**
 * Every step's chart in that step's state as a standalone SVG file, in each edition, at a phone
 * size and at the chart's own size: /charts/<step-id>-narrow.svg and /charts/<step-id>-wide.svg,
 * for paper /charts/<step-id>-print.svg, and for a projector /charts/<step-id>-slide.svg (Russian
 * under /ru/charts/). The article shows them (lazily) to readers without JavaScript and in print,
 * so readers with JavaScript never download them and the article page stays light. The slides
 * past the first few show theirs to readers without JavaScript (the deck puts the same charts
 * inline from its bundle, /present/charts.xml).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { staticSvg } from '../../../charts/static';
import { resolveTokens } from '../../../charts/tokens';
import { allSteps, readStory } from '../../../story/model';
import { staticImageSize } from '../../../charts/staticImage';
import type { StaticVariant } from '../../../charts/staticImage';
import { editionRoutes } from '../../../i18n/routes';
import type { Locale } from '../../../i18n/locale';

export const getStaticPaths = (() =>
  editionRoutes().flatMap(({ params, props: { locale } }) =>
    allSteps(readStory(locale)).flatMap((step) =>
      (['narrow', 'wide', 'print', 'slide'] as const).map((variant) => ({
        params: { ...params, image: `${step.id}-${variant}` },
        props: { chart: step.chart, state: step.state, alt: step.alt, variant, locale },
      })),
    ),
  )) satisfies GetStaticPaths;

interface Props {
  chart: string;
  state: string;
  alt: string;
  variant: StaticVariant;
  locale: Locale;
}

export const GET: APIRoute<Props> = ({ props }) => {
  const svg = staticSvg(props.chart, props.state, {
    label: props.alt,
    interactive: false,
    size: staticImageSize(props.chart, props.variant),
    holdTextLength: true,
    locale: props.locale,
  });
  return new Response(resolveTokens(svg), { headers: { 'Content-Type': 'image/svg+xml' } });
};
