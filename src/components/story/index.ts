/** The components every chapter's MDX can use; the page hands them in, so MDX needs no imports. */
import Notes from './Notes.astro';
import Scrolly from './Scrolly.astro';
import Step from './Step.astro';

export const storyComponents = { Scrolly, Step, Notes };
