/** The WOFF file of one self-hosted face, as the @fontsource package ships it. Node only. */
import { join } from 'node:path';

export const fontsourceWoff = (family: string, subset: string, weight: number): string =>
  join(
    process.cwd(),
    'node_modules',
    '@fontsource',
    family,
    'files',
    `${family}-${subset}-${weight}-normal.woff`,
  );
