/** /s/<chapter-id>/card.png: the chapter's 1200×630 share card, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readStory } from '../../../story/model';
import { renderCard } from '../../../share/card';
import { chapterCard } from '../../../share/cards';

export const getStaticPaths = (() =>
  readStory().map((chapter) => ({ params: { chapter: chapter.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const chapter = readStory().find((c) => c.id === params['chapter'])!;
  const png = renderCard(chapterCard(chapter, site));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
