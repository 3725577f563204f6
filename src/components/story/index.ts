/** The components every chapter's MDX can use; the page hands them in, so MDX needs no imports. */
import Fig from './Fig.astro';
import Notes from './Notes.astro';
import Scrolly from './Scrolly.astro';
import SourceList from './SourceList.astro';
import Step from './Step.astro';

export const storyComponents = { Scrolly, Step, Notes, Fig, SourceList };
