/**
 * Keeps the audience window and the presenter window on the same slide, both ways, without a
 * server: a BroadcastChannel between same-origin windows, or the storage event where that is
 * missing. A window never hears its own messages, so a received move is never sent back.
 */
export interface SyncMessage {
  slide: string;
  blank: boolean;
}

const CHANNEL = 'switched-off-present';

export function createSync(onMessage: (message: SyncMessage) => void): {
  send(message: SyncMessage): void;
  destroy(): void;
} {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<SyncMessage>) => onMessage(event.data);
    return { send: (message) => channel.postMessage(message), destroy: () => channel.close() };
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === CHANNEL && event.newValue) onMessage(JSON.parse(event.newValue));
  };
  window.addEventListener('storage', onStorage);
  return {
    // The time stamp makes every write a change, so the same slide twice still fires the event.
    send: (message) =>
      localStorage.setItem(CHANNEL, JSON.stringify({ ...message, at: Date.now() })),
    destroy: () => window.removeEventListener('storage', onStorage),
  };
}
