/**
 * `?debug`: outlines the steps and draws the trigger line, so a misfiring step is easy to see.
 * Returns its teardown.
 */
import { WIDE_QUERY, triggerOffset } from './geometry';
import type { StepDetail } from './engine';

export function startDebug(doc: Document = document): () => void {
  doc.documentElement.classList.add('debug');
  const line = doc.createElement('div');
  line.className = 'debug-trigger';
  doc.body.append(line);
  const place = () => {
    const offset = triggerOffset(window.matchMedia(WIDE_QUERY).matches);
    line.style.top = `${offset * 100}svh`;
    line.textContent = `trigger ${offset}`;
  };
  const onStep = (e: Event) => {
    line.dataset['step'] = (e as CustomEvent<StepDetail>).detail.id ?? '—';
    line.textContent = `trigger · ${line.dataset['step']}`;
  };
  place();
  window.addEventListener('resize', place);
  doc.addEventListener('story:step', onStep);
  return () => {
    window.removeEventListener('resize', place);
    doc.removeEventListener('story:step', onStep);
    line.remove();
    doc.documentElement.classList.remove('debug');
  };
}
