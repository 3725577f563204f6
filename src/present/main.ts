/** Entry point for the presentation page's only script. */
import { startDeck } from './deck';

const root = document.querySelector<HTMLElement>('[data-deck]');
const stop = root ? startDeck(root) : null;
// The dev server's hot reload runs this module again: the old deck's listeners go first.
if (stop) import.meta.hot?.dispose(stop);
