import { useEffect, useState } from 'react';
import { Button, Group, Modal, Radio, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Printer } from '../../../../shared/core/bridge/schemas';
import { getHost } from '../../host';

export interface PrintOptions {
  mode: 'preview' | 'dialog' | 'silent';
  printerName?: string;
}

/** How to print: a preview window, the system dialog, or straight to a chosen printer. */
export function PrintOptionsModal({
  onConfirm,
  onCancel,
}: {
  onConfirm: (options: PrintOptions) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [printers, setPrinters] = useState<Printer[]>([]);
  const [mode, setMode] = useState<PrintOptions['mode']>('dialog');
  const [printerName, setPrinterName] = useState<string | null>(null);

  useEffect(() => {
    void getHost()
      .listPrinters()
      .then(setPrinters)
      .catch(() => setPrinters([]));
  }, []);

  // A browser offers only its own dialog; printers are listed by the desktop app.
  const modes: PrintOptions['mode'][] = printers.length > 0 ? ['preview', 'dialog', 'silent'] : ['dialog'];
  const canPrint = mode !== 'silent' || !!printerName;

  return (
    <Modal opened onClose={onCancel} title={t('documents.print.title')}>
      <Stack>
        <Radio.Group value={mode} onChange={(v) => setMode(v as PrintOptions['mode'])} label={t('documents.print.how')}>
          <Stack gap="xs" mt="xs">
            {modes.map((m) => (
              <Radio key={m} value={m} label={t(`documents.print.modes.${m}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {mode === 'silent' && (
          <Select
            label={t('documents.print.printer')}
            data={printers.map((p) => p.name)}
            value={printerName}
            onChange={setPrinterName}
            allowDeselect={false}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!canPrint} onClick={() => onConfirm({ mode, printerName: printerName ?? undefined })}>
            {t('documents.print.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
