/** Global setup for end-to-end tests: serves the built site once for every test file. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../helpers/dist';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../helpers/staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = DIST;
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  const { server, url } = await serveDist(dist);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
