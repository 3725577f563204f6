/**
 * A fingerprint of the files in some folders: their names, sizes and modification times. The
 * story and data readers keep their parsed result only while it matches, so a dev server that
 * lives through edits to content/ reads them again on the next request (a build reads them once).
 * Usage: if (stamp !== (stamp = folderStamp(DIR))) cached = parse();
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function folderStamp(...dirs: string[]): string {
  return dirs
    .flatMap((dir) =>
      readdirSync(dir)
        .sort()
        .map((name) => {
          const { size, mtimeMs } = statSync(join(dir, name));
          return `${join(dir, name)}:${size}:${mtimeMs}`;
        }),
    )
    .join('\n');
}
