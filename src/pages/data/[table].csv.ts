/** /data/<table>.csv: every table in content/data/ as a spreadsheet-ready download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readDataset } from '../../data/dataset';
import { tableCsv } from '../../data/csv';
import type { TableName } from '../../data/csv';
import { tables } from '../../data/tables';

export const getStaticPaths = (() =>
  Object.keys(tables).map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const table = params['table'] as TableName;
  return new Response(tableCsv(table, readDataset()[table]), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
