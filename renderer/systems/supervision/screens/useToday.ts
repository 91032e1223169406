import { useEffect, useState } from 'react';
import { localDate } from '../../../../shared/core/common/localDate';

/** Today's local date, re-read every minute: an item turns overdue at midnight without a reload. */
export function useToday(): string {
  const [today, setToday] = useState(() => localDate(new Date()));
  useEffect(() => {
    const timer = window.setInterval(() => setToday(localDate(new Date())), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}
