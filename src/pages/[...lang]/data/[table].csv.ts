/**
 * /data/<table>.csv (and /ru/data/…): every table in content/data/ as a spreadsheet-ready
 * download, with the edition's text in its text columns. Column names are the same in both.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readDataset } from '../../../data/dataset';
import { tableCsv } from '../../../data/csv';
import type { TableName } from '../../../data/csv';
import { tables } from '../../../data/tables';
import { editionRoutes } from '../../../i18n/routes';
import type { Locale } from '../../../i18n/locale';

export const getStaticPaths = (() =>
  editionRoutes().flatMap(({ params, props }) =>
    Object.keys(tables).map((table) => ({ params: { ...params, table }, props })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ params, props }) => {
  const table = params['table'] as TableName;
  return new Response(tableCsv(table, readDataset(props.locale)[table]), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
