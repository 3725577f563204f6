/** /og.png and /ru/og.png: each edition's home 1200×630 share card, rendered at build time. */
import type { APIRoute } from 'astro';
import { readStory } from '../../story/model';
import { renderCard } from '../../share/card';
import { homeCard } from '../../share/cards';
import { editionRoutes } from '../../i18n/routes';
import type { Locale } from '../../i18n/locale';

export const getStaticPaths = editionRoutes;

export const GET: APIRoute<{ locale: Locale }> = ({ props, site }) => {
  const png = renderCard(homeCard(readStory(props.locale), site, props.locale));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
