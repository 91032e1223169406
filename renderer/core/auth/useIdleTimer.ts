import { useEffect, useRef, useState } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** True once no input arrived for `idleMs`; `reset` starts counting again. */
export function useIdleTimer(idleMs: number): { isIdle: boolean; reset: () => void } {
  const [isIdle, setIdle] = useState(false);
  const last = useRef(Date.now());

  useEffect(() => {
    const touch = () => {
      last.current = Date.now();
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last.current >= idleMs) setIdle(true);
    }, 1000);
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, touch);
      window.clearInterval(timer);
    };
  }, [idleMs]);

  return {
    isIdle,
    reset: () => {
      last.current = Date.now();
      setIdle(false);
    },
  };
}
