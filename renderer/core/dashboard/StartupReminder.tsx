import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../shared/core/common/localDate';
import { navigate } from '../shell/routes';
import { countToday, loadTodayTasks } from './todayTasks';

const SHOWN = 4;

/** At start-up (sign-in), what waits today in one notice; it opens the Dashboard. Shows nothing when nothing waits. */
export function StartupReminder() {
  const { t } = useTranslation();
  const tk = t as unknown as (key: string, o?: object) => string;
  useEffect(() => {
    let isLive = true;
    void (async () => {
      const counts = (await countToday(await loadTodayTasks(), localDate(new Date()))).filter((c) => c.count > 0);
      if (!isLive || counts.length === 0) return;
      const lines = counts.slice(0, SHOWN).map((c) => `${tk(c.task.labelKey)} ${c.count}`);
      notifications.show({
        id: 'today-reminder',
        // Below, not over the header's buttons.
        position: 'bottom-right',
        color: counts.some((c) => c.task.tone === 'red') ? 'red' : 'blue',
        title: t('today.reminderTitle', { count: counts.length }),
        message: `${lines.join('；')}${counts.length > SHOWN ? t('today.reminderMore') : ''}`,
        autoClose: 15_000,
        onClick: () => navigate('dashboard'),
        style: { cursor: 'pointer' },
      });
    })().catch(() => undefined);
    return () => {
      isLive = false;
    };
    // Once per sign-in: the texts are loaded before the signed-in app renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
