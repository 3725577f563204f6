/**
 * Keeps the audience window and the presenter window on the same slide, both ways, without a
 * server: a BroadcastChannel between same-origin windows, or the storage event where that is
 * missing. A window never hears its own messages, so a received move is never sent back.
 *
 * Messages come from other windows, so they are checked before use: the channel is named after
 * the build's deck (a window left open from an older build talks on another channel and is not
 * heard), and anything that is not a well-formed message is dropped.
 */
export interface SyncMessage {
  slide: string;
  blank: boolean;
}

/** Bump when the message's shape changes: it is part of the channel's name. */
export const PROTOCOL = 1;
/** Slide ids are short slugs; anything much longer is not one of ours. */
const MAX_ID = 200;

/** The channel (and storage key) for one build's deck. */
export const channelName = (build: string) => `switched-off-present/v${PROTOCOL}/${build}`;

export function isSyncMessage(value: unknown): value is SyncMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { slide, blank } = value as Record<string, unknown>;
  return (
    typeof slide === 'string' &&
    slide.length > 0 &&
    slide.length <= MAX_ID &&
    typeof blank === 'boolean'
  );
}

/** A storage value as a message, or null: another tab or an old build may have written anything. */
function parseStored(text: string): SyncMessage | null {
  try {
    const value: unknown = JSON.parse(text);
    return isSyncMessage(value) ? { slide: value.slide, blank: value.blank } : null;
  } catch {
    return null;
  }
}

/** `build` names this build's deck (the page's data-build); only windows of the same one sync. */
export function createSync(
  build: string,
  onMessage: (message: SyncMessage) => void,
): {
  send(message: SyncMessage): void;
  destroy(): void;
} {
  const name = channelName(build);
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isSyncMessage(event.data))
        onMessage({ slide: event.data.slide, blank: event.data.blank });
    };
    return { send: (message) => channel.postMessage(message), destroy: () => channel.close() };
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key !== name || !event.newValue) return;
    const message = parseStored(event.newValue);
    if (message) onMessage(message);
  };
  window.addEventListener('storage', onStorage);
  return {
    // The time stamp makes every write a change, so the same slide twice still fires the event.
    send: (message) => {
      try {
        localStorage.setItem(name, JSON.stringify({ ...message, at: Date.now() }));
      } catch {
        // Storage full or refused (a private window): the other window just stays where it is.
      }
    },
    destroy: () => window.removeEventListener('storage', onStorage),
  };
}
