/** Entry point for the article page's only script. */
import { startStory } from './engine';
import { startDebug } from './debug';
import { startKeepEnd } from './keepEnd';
import { startDeepLinks } from '../share/deepLinks';
import { startShareControls } from '../share/shareControl';

// Deep links first: the engine's first, instant resolve must see the page at its landing step.
const stops = [startDeepLinks(), startStory(), startShareControls(), startKeepEnd()];
if (new URLSearchParams(location.search).has('debug')) stops.push(startDebug());

/** Undoes every setup above, last first. */
export function stopArticle(): void {
  for (const stop of stops.splice(0).reverse()) stop();
}

// The dev server's hot reload runs this module again: the old listeners and observers go first.
import.meta.hot?.dispose(stopArticle);
