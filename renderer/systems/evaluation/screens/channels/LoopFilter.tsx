import { Badge, Group, UnstyledButton } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { LoopStatus } from '../../../../../shared/systems/evaluation';
import { hotlineRepo } from '../../data/hotlineRepo';

export const LOOP_COLORS: Record<LoopStatus, string> = {
  logged: 'blue',
  forwarded: 'orange',
  answered: 'grape',
  closed: 'gray',
};

const OPEN: Array<Exclude<LoopStatus, 'closed'>> = ['logged', 'forwarded', 'answered'];

/** The loop's open steps with how many entries wait at each (all channels of the loop together). */
export function LoopFilter({ value, onChange }: { value?: string; onChange: (status?: string) => void }) {
  const { t } = useTranslation();
  const counts = useLiveQuery(() => Promise.all(OPEN.map((s) => hotlineRepo.countOpen(s))), []);
  return (
    <Group gap="xs">
      <UnstyledButton onClick={() => onChange(undefined)}>
        <Badge variant={value ? 'outline' : 'filled'} color="dark">
          {t('evaluation.loop.all')}
        </Badge>
      </UnstyledButton>
      {[...OPEN, 'closed' as const].map((s, i) => (
        <UnstyledButton key={s} onClick={() => onChange(s)}>
          <Badge variant={value === s ? 'filled' : 'outline'} color={LOOP_COLORS[s]}>
            {t(`evaluation.loop.statuses.${s}`)}
            {i < OPEN.length && counts ? ` ${counts[i]}` : ''}
          </Badge>
        </UnstyledButton>
      ))}
    </Group>
  );
}
