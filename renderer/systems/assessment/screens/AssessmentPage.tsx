import { useState } from 'react';
import { Alert, Button, Group, Loader, NumberInput, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/core/common/localDate';
import { UNIT_KINDS } from '../../../../shared/systems/registry';
import type { GridUnit } from '../../../../shared/systems/assessment';
import type { PageProps } from '../../../core/manifest';
import { DocumentOutputModals } from '../../../core/documents/output/DocumentOutputModals';
import { navigate } from '../../../core/shell/routes';
import { localDateTime } from '../../../core/ui/localDateTime';
import { AssessmentGrid } from './AssessmentGrid';
import { FreezeModal } from './FreezeModal';
import { UnitYearModal } from './UnitYearModal';
import { useAssessment } from './useAssessment';
import { useAssessmentOutput } from './useAssessmentOutput';

/** #/assessment/<year>: the year's assessment, every unit of a kind with each system's figures side by side. */
export function AssessmentPage({ sub }: PageProps) {
  const { t } = useTranslation();
  const today = localDate(new Date());
  const year = /^\d{4}$/.test(sub) ? Number(sub) : Number(today.slice(0, 4));
  const [kind, setKind] = useState<string>('town');
  const [snapshotId, setSnapshotId] = useState<string | null>(null);
  const [unit, setUnit] = useState<GridUnit | null>(null);
  const [freezing, setFreezing] = useState(false);
  const view = useAssessment(year, today, snapshotId);
  const out = useAssessmentOutput();
  const links = (partId: string, unitId: string, columnId: string) =>
    view.live?.links.get(partId)?.get(unitId)?.[columnId];
  const shown = view.parts &&
    view.units && {
      year,
      countedOn: view.snapshot?.countedOn ?? today,
      parts: view.parts,
      units: view.units,
      snapshot: view.snapshot ?? null,
    };
  const ofKind = (view.units ?? []).filter((u) => u.kind === kind);
  return (
    <Stack>
      <Title order={2}>{t('assessment.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('assessment.hint')}
      </Text>
      <Group align="flex-end">
        <NumberInput
          label={t('assessment.year')}
          value={year}
          min={2021}
          max={2100}
          w={110}
          onChange={(v) => {
            if (typeof v !== 'number' || v < 2021 || v > 2100) return;
            setSnapshotId(null);
            navigate('assessment', String(v));
          }}
        />
        <Select
          label={t('assessment.viewing')}
          w={320}
          allowDeselect={false}
          data={[
            { value: '', label: t('assessment.live') },
            ...(view.snapshots ?? []).map((s) => ({
              value: s.id,
              label: t('assessment.snapshotLine', { by: s.takenBy, at: localDateTime(s.takenAt), on: s.countedOn }),
            })),
          ]}
          value={snapshotId ?? ''}
          onChange={(v) => setSnapshotId(v || null)}
        />
        <Button variant="light" onClick={() => setFreezing(true)} disabled={!view.live}>
          {t('assessment.freeze')}
        </Button>
        <Button variant="default" disabled={!shown} onClick={() => shown && void out.sheet(shown)}>
          {t('assessment.exportXlsx')}
        </Button>
        <Group gap="xs" role="group" aria-label={t('assessment.document')}>
          {(['print', 'pdf', 'docx'] as const).map((f) => (
            <Button key={f} variant="default" disabled={!shown} onClick={() => shown && void out.document(f, shown)}>
              {t(`assessment.${f}`)}
            </Button>
          ))}
        </Group>
      </Group>
      {view.snapshot && (
        <Alert color={view.changed.size ? 'yellow' : 'blue'} data-testid="assessment-compare">
          {view.changed.size ? t('assessment.changes', { count: view.changed.size }) : t('assessment.noChanges')}
        </Alert>
      )}
      <SegmentedControl
        value={kind}
        onChange={setKind}
        data={UNIT_KINDS.map((k) => ({ value: k, label: t(`registry.kinds.${k}`) }))}
      />
      {!view.parts || !view.units ? (
        <Group>
          <Loader size="sm" />
          <Text size="sm">{t('assessment.loading')}</Text>
        </Group>
      ) : ofKind.length === 0 ? (
        <Text c="dimmed">{t('assessment.noUnits')}</Text>
      ) : (
        <AssessmentGrid parts={view.parts} units={ofKind} links={links} changed={view.changed} onUnit={setUnit} />
      )}
      <Text size="xs" c="dimmed">
        {t('assessment.struckHint')}
      </Text>
      <UnitYearModal
        unit={unit}
        year={year}
        parts={view.parts ?? []}
        links={links}
        changed={view.snapshot ? view.changed : null}
        onClose={() => setUnit(null)}
      />
      <FreezeModal
        year={year}
        today={today}
        opened={freezing}
        onClose={() => setFreezing(false)}
        onFrozen={(id) => {
          setFreezing(false);
          setSnapshotId(id);
        }}
      />
      <DocumentOutputModals output={out.output} />
    </Stack>
  );
}
