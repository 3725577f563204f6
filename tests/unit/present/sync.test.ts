// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL, channelName, createSync, isSyncMessage } from '../../../src/present/sync';
import type { SyncMessage } from '../../../src/present/sync';

const stops: (() => void)[] = [];
afterEach(() => {
  while (stops.length) stops.pop()!();
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** A sync that records what it hears, closed after the test. */
function listen(build: string) {
  const heard: SyncMessage[] = [];
  const sync = createSync(build, (m) => heard.push(m));
  stops.push(sync.destroy);
  return { sync, heard };
}

describe('isSyncMessage', () => {
  it('accepts a slide id and a blank flag, with or without extra fields', () => {
    expect(isSyncMessage({ slide: 'calls-restricted', blank: false })).toBe(true);
    expect(isSyncMessage({ slide: 'present-end', blank: true, at: 1 })).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', '{"slide":"a","blank":false}'],
    ['an array', ['a', false]],
    ['no blank flag', { slide: 'a' }],
    ['a numeric slide', { slide: 5, blank: false }],
    ['an empty slide', { slide: '', blank: false }],
    ['a blank flag as text', { slide: 'a', blank: 'false' }],
    ['an overlong slide', { slide: 'x'.repeat(201), blank: false }],
  ])('rejects %s', (_, value) => {
    expect(isSyncMessage(value)).toBe(false);
  });
});

describe('channelName', () => {
  it('differs between builds and names the protocol', () => {
    expect(channelName('aaa')).not.toBe(channelName('bbb'));
    expect(channelName('aaa')).toContain(`v${PROTOCOL}`);
  });
});

describe('createSync over BroadcastChannel', () => {
  it('carries a move to a window of the same build, and not to one of another build', async () => {
    const sender = createSync('build-1', () => undefined);
    stops.push(sender.destroy);
    const same = listen('build-1');
    const older = listen('build-0');
    sender.send({ slide: 'calls-restricted', blank: false });
    await vi.waitFor(() =>
      expect(same.heard).toEqual([{ slide: 'calls-restricted', blank: false }]),
    );
    // A marker sent on the older build's own channel arrives after anything sent before it.
    const marker = new BroadcastChannel(channelName('build-0'));
    marker.postMessage({ slide: 'marker', blank: false });
    await vi.waitFor(() => expect(older.heard.length).toBeGreaterThan(0));
    marker.close();
    expect(older.heard).toEqual([{ slide: 'marker', blank: false }]);
  });

  it('drops messages that are not well formed', async () => {
    const { heard } = listen('build-1');
    const raw = new BroadcastChannel(channelName('build-1'));
    raw.postMessage('next');
    raw.postMessage({ slide: 7, blank: false });
    raw.postMessage({ slide: 'dns-erased' });
    raw.postMessage({ slide: 'dns-erased', blank: true, extra: 'kept out' });
    await vi.waitFor(() => expect(heard.length).toBeGreaterThan(0));
    raw.close();
    expect(heard).toEqual([{ slide: 'dns-erased', blank: true }]);
  });
});

describe('createSync over the storage event', () => {
  const store = (key: string, newValue: string) =>
    window.dispatchEvent(new StorageEvent('storage', { key, newValue }));

  it('writes moves to storage and reads only well-formed ones of its own build', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const { sync, heard } = listen('build-1');
    const name = channelName('build-1');
    sync.send({ slide: 'calls-restricted', blank: true });
    expect(JSON.parse(localStorage.getItem(name)!)).toMatchObject({
      slide: 'calls-restricted',
      blank: true,
    });

    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    expect(() => store(name, '{not json')).not.toThrow();
    store(name, '"just a string"');
    store(name, JSON.stringify({ slide: ['a'], blank: false }));
    store(channelName('build-0'), JSON.stringify({ slide: 'old-build', blank: false }));
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(heard).toEqual([]);

    store(name, JSON.stringify({ slide: 'dns-erased', blank: false, at: 3 }));
    expect(heard).toEqual([{ slide: 'dns-erased', blank: false }]);
  });
});
