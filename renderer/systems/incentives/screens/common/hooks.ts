import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { localDate } from '../../../../../shared/core/common/localDate';
import { unitsRepo } from '../../../registry';

/** Today's local date, re-read every minute. */
export function useToday(): string {
  const [today, setToday] = useState(() => localDate(new Date()));
  useEffect(() => {
    const timer = window.setInterval(() => setToday(localDate(new Date())), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}

/** Every unit's current name by id (the registry holds a few hundred), and the active ones to pick from. */
export function useUnits() {
  const units = useLiveQuery(() => unitsRepo.listAll(), []);
  const names = new Map((units ?? []).map((u) => [u.id, u.name]));
  const options = (units ?? []).filter((u) => u.isActive === 1).map((u) => ({ value: u.id, label: u.name }));
  return { isLoaded: units !== undefined, name: (id: string) => names.get(id) ?? '…', options };
}
