/** Entry point for the article page's only script. */
import { startStory } from './engine';
import { startDebug } from './debug';

startStory();
if (new URLSearchParams(location.search).has('debug')) startDebug();
