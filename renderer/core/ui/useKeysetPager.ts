import { useState } from 'react';

/** Keyset paging: a stack of the keys each page started after. Reset when the filter changes. */
export function useKeysetPager<K>(resetKey: string) {
  const [state, setState] = useState<{ resetKey: string; stack: (K | null)[] }>({ resetKey, stack: [null] });
  const stack = state.resetKey === resetKey ? state.stack : [null];
  return {
    after: stack[stack.length - 1],
    pageNumber: stack.length,
    next: (key: K) => setState({ resetKey, stack: [...stack, key] }),
    previous: () => setState({ resetKey, stack: stack.length > 1 ? stack.slice(0, -1) : stack }),
  };
}
