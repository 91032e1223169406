import { useEffect, useState } from 'react';
import { Button, Checkbox, Group, Modal, Radio, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Printer } from '../../../../shared/core/bridge/schemas';
import { getHost } from '../../host';
import { letterheadKey, rememberedLetterhead, rememberLetterhead } from './letterheadChoice';

export interface PrintOptions {
  mode: 'preview' | 'dialog' | 'silent';
  printerName?: string;
  /** 套打: onto pre-printed letterhead, without the 发文机关标志 and the red rule. */
  onLetterhead?: boolean;
}

/** How to print: a preview window, the system dialog, or straight to a chosen printer. */
export function PrintOptionsModal({
  canUseLetterhead,
  onConfirm,
  onCancel,
}: {
  /** The document has a red head that letterhead stock carries (not a form). */
  canUseLetterhead: boolean;
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
  // 套打 as last chosen for this printer (or for the dialog, which does not say which it picks).
  const key = letterheadKey(mode, printerName ?? undefined);
  const [letterheads, setLetterheads] = useState<Record<string, boolean>>({});
  const onLetterhead = letterheads[key] ?? rememberedLetterhead(key);
  const confirm = () => {
    if (canUseLetterhead) rememberLetterhead(key, onLetterhead);
    onConfirm({ mode, printerName: printerName ?? undefined, onLetterhead: canUseLetterhead && onLetterhead });
  };

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
        {canUseLetterhead && (
          <Stack gap={4}>
            <Checkbox
              label={t('documents.print.letterhead')}
              checked={onLetterhead}
              onChange={(e) => setLetterheads({ ...letterheads, [key]: e.currentTarget.checked })}
            />
            <Text size="xs" c="dimmed">
              {t(mode === 'silent' ? 'documents.print.letterheadPrinter' : 'documents.print.letterheadDialog')}
            </Text>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!canPrint} onClick={confirm}>
            {t('documents.print.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
