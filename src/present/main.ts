/** Entry point for the presentation page's only script. */
import { startDeck } from './deck';

const root = document.querySelector<HTMLElement>('[data-deck]');
if (root) startDeck(root);
