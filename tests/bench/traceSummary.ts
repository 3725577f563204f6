/**
 * Reads a Chromium trace (the JSON Playwright's browser.startTracing writes) and says where the
 * main thread's time went: every long task (over 50 ms) with the work inside it, and the whole
 * phase by kind of work (script, style, layout, paint, …), by self time so nothing is counted twice.
 */

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; type?: string } };
}

export interface TaskSummary {
  startMs: number;
  durationMs: number;
  /** Self time per kind of work inside the task, largest first, in ms. */
  work: [string, number][];
}

export interface PhaseSummary {
  longTasks: TaskSummary[];
  /** Self time per kind of work over the whole phase, largest first, in ms. */
  totals: [string, number][];
  /** Script self time per source file, largest first, in ms. */
  scripts: [string, number][];
}

const LONG_MS = 50;

/** The renderer's main thread of the page that was traced: the one that parsed HTML. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const names = events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
  const parse = events.find((e) => e.name === 'ParseHTML' || e.name === 'EvaluateScript');
  const owner = names.find((m) => parse && m.pid === parse.pid && m.tid === parse.tid) ?? names[0];
  return owner ? { pid: owner.pid, tid: owner.tid } : null;
}

/** A friendlier name for each trace event, grouping what the Performance panel groups. */
function kind(e: TraceEvent): string {
  switch (e.name) {
    case 'EvaluateScript':
    case 'v8.compile':
    case 'v8.compileModule':
    case 'v8.evaluateModule':
    case 'FunctionCall':
    case 'V8.Execute':
    case 'v8.run':
      return 'script';
    case 'FireAnimationFrame':
      return 'script (animation frame)';
    case 'TimerFire':
      return 'script (timer)';
    case 'EventDispatch':
      return `script (event ${e.args?.data?.type ?? ''})`;
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
      return 'style';
    case 'Layout':
      return 'layout';
    case 'PrePaint':
      return 'pre-paint';
    case 'Paint':
    case 'PaintImage':
      return 'paint';
    case 'Layerize':
    case 'UpdateLayer':
    case 'UpdateLayerTree':
      return 'layerize';
    case 'Commit':
      return 'commit';
    case 'ParseHTML':
      return 'parse HTML';
    case 'ParseAuthorStyleSheet':
      return 'parse CSS';
    case 'HitTest':
      return 'hit test';
    case 'IntersectionObserverController::computeIntersections':
    case 'IntersectionObserverController::ComputeIntersections':
      return 'intersection observers';
    case 'ResizeObserverController::NotifyObservers':
      return 'resize observers';
    case 'Decode Image':
    case 'ImageDecodeTask':
      return 'image decode';
    case 'MajorGC':
    case 'MinorGC':
    case 'V8.GC_MARK_COMPACTOR':
    case 'BlinkGC.AtomicPhase':
      return 'garbage collection';
    default:
      return 'other';
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
const sorted = (m: Map<string, number>): [string, number][] =>
  [...m].map(([k, v]): [string, number] => [k, round(v)]).sort((a, b) => b[1] - a[1]);

/** Self time (µs) of every complete event on one thread, with the script file it ran, if any. */
function selfTimes(events: TraceEvent[]) {
  const ordered = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: { e: TraceEvent; self: number; url: string }[] = [];
  const stack: { e: TraceEvent; self: number; url: string }[] = [];
  for (const e of ordered) {
    while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.self -= e.dur!;
    const entry = { e, self: e.dur!, url: e.args?.data?.url || parent?.url || '' };
    out.push(entry);
    stack.push(entry);
  }
  return out;
}

export function summarise(trace: { traceEvents: TraceEvent[] }, fromUs = 0): PhaseSummary {
  const main = mainThread(trace.traceEvents);
  if (!main) return { longTasks: [], totals: [], scripts: [] };
  const events = trace.traceEvents.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ts >= fromUs,
  );
  const timed = selfTimes(events);
  const origin = Math.min(...events.map((e) => e.ts));
  const tasks = timed.filter((t) => t.e.name === 'RunTask' && t.e.dur! > LONG_MS * 1000);
  const totals = new Map<string, number>();
  const scripts = new Map<string, number>();
  for (const t of timed) {
    if (t.e.name === 'RunTask') continue;
    const k = kind(t.e);
    totals.set(k, (totals.get(k) ?? 0) + t.self / 1000);
    if (k.startsWith('script')) {
      const file = t.url.replace(/^.*\//, '') || '(no file)';
      scripts.set(file, (scripts.get(file) ?? 0) + t.self / 1000);
    }
  }
  const longTasks = tasks.map((task) => {
    const work = new Map<string, number>();
    const end = task.e.ts + task.e.dur!;
    for (const t of timed) {
      if (t === task || t.e.ts < task.e.ts || t.e.ts >= end) continue;
      const k = kind(t.e);
      work.set(k, (work.get(k) ?? 0) + t.self / 1000);
    }
    return {
      startMs: round((task.e.ts - origin) / 1000),
      durationMs: round(task.e.dur! / 1000),
      work: sorted(work).slice(0, 6),
    };
  });
  return { longTasks, totals: sorted(totals), scripts: sorted(scripts).slice(0, 10) };
}
