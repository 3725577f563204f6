/**
 * Every step's chart in that step's state as a standalone SVG file, at a phone size and at the
 * chart's own size: /charts/<step-id>-narrow.svg and /charts/<step-id>-wide.svg, and for paper
 * /charts/<step-id>-print.svg. The article shows
 * them (lazily) to readers without JavaScript and in print, so readers with JavaScript never
 * download them and the article page stays light.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { staticSvg } from '../../charts/static';
import { resolveTokens } from '../../charts/tokens';
import { allSteps } from '../../story/model';
import { staticImageSize } from '../../charts/staticImage';
import type { StaticVariant } from '../../charts/staticImage';

export const getStaticPaths = (() =>
  allSteps().flatMap((step) =>
    (['narrow', 'wide', 'print'] as const).map((variant) => ({
      params: { image: `${step.id}-${variant}` },
      props: { chart: step.chart, state: step.state, alt: step.alt, variant },
    })),
  )) satisfies GetStaticPaths;

interface Props {
  chart: string;
  state: string;
  alt: string;
  variant: StaticVariant;
}

export const GET: APIRoute<Props> = ({ props }) => {
  const svg = staticSvg(props.chart, props.state, {
    label: props.alt,
    interactive: false,
    size: staticImageSize(props.chart, props.variant),
    holdTextLength: true,
  });
  return new Response(resolveTokens(svg), { headers: { 'Content-Type': 'image/svg+xml' } });
};
