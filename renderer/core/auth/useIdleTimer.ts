import { useEffect, useRef, useState } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * True once no input arrived for `idleMs`; `reset` starts counting again. Idle time is read from the
 * monotonic clock (`performance.now`), not the wall clock: a change of the PC's date or time (by hand,
 * by the time service, at a daylight-saving switch) neither locks the screen nor keeps it open.
 */
export function useIdleTimer(idleMs: number): { isIdle: boolean; reset: () => void } {
  const [isIdle, setIdle] = useState(false);
  const last = useRef(performance.now());

  useEffect(() => {
    const touch = () => {
      last.current = performance.now();
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (performance.now() - last.current >= idleMs) setIdle(true);
    }, 1000);
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, touch);
      window.clearInterval(timer);
    };
  }, [idleMs]);

  return {
    isIdle,
    reset: () => {
      last.current = performance.now();
      setIdle(false);
    },
  };
}
