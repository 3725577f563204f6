/** /s/<chapter-id>/card.png (and under /ru/): the chapter's 1200×630 share card, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readStory } from '../../../../story/model';
import type { Chapter } from '../../../../story/model';
import { renderCard } from '../../../../share/card';
import { chapterCard } from '../../../../share/cards';
import { editionRoutes } from '../../../../i18n/routes';
import type { Locale } from '../../../../i18n/locale';

export const getStaticPaths = (() =>
  editionRoutes().flatMap(({ params, props: { locale } }) =>
    readStory(locale).map((chapter) => ({
      params: { ...params, chapter: chapter.id },
      props: { locale, chapter },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; chapter: Chapter }> = ({ props, site }) => {
  const png = renderCard(chapterCard(props.chapter, site, props.locale));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
