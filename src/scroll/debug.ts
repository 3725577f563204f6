/** `?debug`: outlines the steps and draws the trigger line, so a misfiring step is easy to see. */
import { WIDE_QUERY, triggerOffset } from './geometry';

export function startDebug(): void {
  document.documentElement.classList.add('debug');
  const line = document.createElement('div');
  line.className = 'debug-trigger';
  document.body.append(line);
  const place = () => {
    const offset = triggerOffset(window.matchMedia(WIDE_QUERY).matches);
    line.style.top = `${offset * 100}svh`;
    line.textContent = `trigger ${offset}`;
  };
  place();
  window.addEventListener('resize', place);
  document.addEventListener('story:step', (e) => {
    line.dataset['step'] = (e as CustomEvent<{ id: string | null }>).detail.id ?? '—';
    line.textContent = `trigger · ${line.dataset['step']}`;
  });
}
