/** Entry point for the article page's only script. */
import { startStory } from './engine';
import { startDebug } from './debug';
import { startDeepLinks } from '../share/deepLinks';
import { startShareControls } from '../share/shareControl';

// Deep links first: the engine's first, instant resolve must see the page at its landing step.
startDeepLinks();
startStory();
startShareControls();
if (new URLSearchParams(location.search).has('debug')) startDebug();
