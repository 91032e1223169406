import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../ui/useErrorText';

/** Runs a save, then says "saved" or the translated reason it failed. */
export function useSaveAction() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return async (work: () => Promise<unknown>, successMessage = t('common.saved')): Promise<boolean> => {
    try {
      await work();
      notifications.show({ color: 'green', message: successMessage });
      return true;
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e), autoClose: false });
      return false;
    }
  };
}
