/**
 * Regenerates widths.json from the font files: `npm run fonts:widths` after changing a font
 * package or the faces in measure.ts. A unit test fails while the committed table is stale.
 */
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { measureFonts } from './measure.ts';

const path = new URL('./widths.json', import.meta.url);
writeFileSync(path, await format(JSON.stringify(measureFonts()), { parser: 'json' }));
