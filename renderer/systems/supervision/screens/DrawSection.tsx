import { useState } from 'react';
import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/core/common/localDate';
import type { Check } from '../../../../shared/systems/supervision/check';
import { buildDrawRecordDocument } from '../../../../shared/systems/supervision/documents/drawRecordDocument';
import { describeFilter } from '../../../../shared/systems/supervision/documents/terms';
import { type DrawExclusion, seedFromBytes, verifyDraw } from '../../../../shared/systems/supervision/randomDraw';
import { checkRunRepo } from '../data/checkRunRepo';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { unitsRepo } from '../../registry';
import { useErrorText } from '../../../core/ui/useErrorText';
import { ExclusionsEditor } from './ExclusionsEditor';
import { OutputButtons } from './OutputButtons';
import type { useIssuedOutput } from './useIssuedOutput';

/**
 * 随机抽查 draw (draw-v1, docs/draw-v1.md): after the leader's approval, from the candidates the
 * plan names, minus 回避 exclusions with reasons, by a seed anyone can re-run.
 */
export function DrawSection({ check, out }: { check: Check; out: ReturnType<typeof useIssuedOutput> }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const plan = check.drawPlan!;
  const town = useLiveQuery(
    () => (plan.filter.townId ? unitsRepo.get(plan.filter.townId) : Promise.resolve(undefined)),
    [plan.filter.townId],
  );
  const candidates = useLiveQuery(() => checkRunRepo.candidates(plan.filter), [JSON.stringify(plan.filter)]) ?? [];
  const office = useLiveQuery(() => settingsRepo.office(), []);
  const [seed, setSeed] = useState('');
  const [exclusions, setExclusions] = useState<DrawExclusion[]>([]);
  const canDraw = check.status === 'approved' && !check.draw;
  const kinds = plan.filter.kinds.map((k) => t(`registry.kinds.${k}`)).join(t('supervision.joiner'));
  const range = town
    ? t('supervision.draw.rangeInTown', { kinds, town: town.name })
    : t('supervision.draw.range', { kinds });
  const amount =
    plan.mode === 'percent'
      ? t('supervision.draw.percent', { value: plan.value })
      : t('supervision.draw.count', { value: plan.value });

  const draw = async () => {
    try {
      // Left empty, the seed is generated as the draw runs (one click, not two); the record keeps it either way.
      await checkRunRepo.draw(check.id, {
        seed: seed.trim() || seedFromBytes(crypto.getRandomValues(new Uint8Array(8))),
        exclusions,
        filterText: describeFilter(plan.filter.kinds, town?.name),
      });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };
  const verify = () =>
    notifications.show(
      verifyDraw(check.draw!)
        ? { color: 'green', message: t('supervision.draw.verified') }
        : { color: 'red', message: t('supervision.draw.mismatch') },
    );
  const record = () =>
    office &&
    check.draw &&
    buildDrawRecordDocument({
      checkTitle: check.title,
      draw: check.draw,
      drawnOn: localDate(new Date(check.draw.drawnAt)),
      office,
      secrecy: check.secrecy,
    });
  const name = (id: string) => check.draw?.candidates.find((c) => c.unitId === id)?.name ?? id;

  return (
    <Stack gap="xs">
      <Text size="sm">{t('supervision.draw.plan', { range, amount, candidates: candidates.length })}</Text>
      {!check.draw && check.status !== 'approved' && (
        <Text size="sm" c="dimmed">
          {t('supervision.draw.afterApproval')}
        </Text>
      )}
      {canDraw && (
        <>
          <ExclusionsEditor candidates={candidates} value={exclusions} onChange={setExclusions} />
          <Group align="flex-end">
            <TextInput
              label={t('supervision.draw.seed')}
              description={t('supervision.draw.seedHint')}
              value={seed}
              onChange={(e) => setSeed(e.currentTarget.value)}
              w={260}
            />
            <Button variant="default" onClick={() => setSeed(seedFromBytes(crypto.getRandomValues(new Uint8Array(8))))}>
              {t('supervision.draw.newSeed')}
            </Button>
            <Button onClick={() => void draw()}>{t('supervision.draw.run')}</Button>
          </Group>
        </>
      )}
      {check.draw && (
        <Alert color="blue" title={t('supervision.draw.result', { count: check.draw.count })}>
          <List size="sm" type="ordered" aria-label={t('supervision.draw.resultList')}>
            {check.draw.result.map((id) => (
              <List.Item key={id}>{name(id)}</List.Item>
            ))}
          </List>
          <Text size="xs" mt="xs">
            {t('supervision.draw.facts', {
              seed: check.draw.seed,
              algorithm: check.draw.algorithm,
              candidates: check.draw.candidates.length,
              excluded: check.draw.exclusions.length,
              by: check.draw.drawnBy,
            })}
          </Text>
          <Group mt="xs">
            <Button size="xs" variant="light" onClick={verify}>
              {t('supervision.draw.verify')}
            </Button>
            <OutputButtons
              label={t('supervision.draw.recordName')}
              onOutput={(f) => {
                const doc = record();
                if (doc) out.output.request(f, doc, { entity: 'checks', id: check.id });
              }}
            />
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
