/** /og.png: the home page's 1200×630 share card, rendered at build time. */
import type { APIRoute } from 'astro';
import { readStory } from '../story/model';
import { renderCard } from '../share/card';
import { homeCard } from '../share/cards';

export const GET: APIRoute = ({ site }) => {
  const png = renderCard(homeCard(readStory(), site));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
