import { useState } from 'react';
import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { type BonusRound, mayCommend } from '../../../../../shared/systems/incentives/round';
import { claimsRepo } from '../../data/claimsRepo';
import { DocumentButtons } from '../common/DocumentButtons';
import { useUnits } from '../common/hooks';
import type { Output } from '../common/useOutput';
import { CeremonyModal } from './CeremonyModal';
import { CircularModal } from './CircularModal';
import { PublicityModal } from './PublicityModal';

/**
 * 宣传表彰 (S3-2.1) after the leader's approval: the 表扬通报 (office), the 成果表彰会 (Leading
 * Group) and new-media publicity. A unit whose award was revoked since stays named, struck through.
 */
export function CommendationSection({ round, out }: { round: BonusRound; out: Output }) {
  const { t } = useTranslation();
  const units = useUnits();
  const claims = useLiveQuery(() => claimsRepo.listRound(round.id), [round.id]);
  const [dialog, setDialog] = useState<'circular' | 'ceremony' | 'publicity' | null>(null);
  if (!mayCommend(round))
    return (
      <Text size="sm" c="dimmed">
        {t('incentives.commend.afterApproval')}
      </Text>
    );
  const revoked = new Set((claims ?? []).filter((c) => c.status === 'revoked').map((c) => c.unitId));
  const awarded = (claims ?? []).filter((c) => c.status === 'awarded').map((c) => c.unitId);
  const unitList = (ids: readonly string[]) =>
    ids.map((id, i) => (
      <span key={id}>
        {i > 0 && t('incentives.joiner')}
        <span style={revoked.has(id) ? { textDecoration: 'line-through' } : undefined}>{units.name(id)}</span>
        {revoked.has(id) && t('incentives.commend.revoked')}
      </span>
    ));
  return (
    <Stack gap="sm">
      <Group>
        <Text size="sm" fw={500}>
          {t('incentives.commend.circular')}
        </Text>
        {round.circular ? (
          <DocumentButtons
            label={t('incentives.commend.issued', { number: round.circular.number })}
            onOutput={(f) => void out.registered(f, round.circular!.documentId)}
          />
        ) : (
          <Button size="xs" onClick={() => setDialog('circular')}>
            {t('incentives.commend.issueCircular')}
          </Button>
        )}
      </Group>
      <Group align="flex-start">
        <Text size="sm" fw={500}>
          {t('incentives.commend.ceremony')}
        </Text>
        {round.ceremony && (
          <Text size="sm" component="div">
            {t('incentives.commend.ceremonyPrefix', {
              on: round.ceremony.heldOn,
              place: round.ceremony.place,
              title: round.ceremony.title,
              decision: round.ceremony.decision,
            })}
            {unitList(round.ceremony.unitIds)}
          </Text>
        )}
        <Button size="xs" variant="default" onClick={() => setDialog('ceremony')}>
          {t('incentives.commend.recordCeremony')}
        </Button>
      </Group>
      <Stack gap={4}>
        <Group>
          <Text size="sm" fw={500}>
            {t('incentives.commend.publicity')}
          </Text>
          <Button size="xs" variant="default" onClick={() => setDialog('publicity')}>
            {t('incentives.commend.addPublicity')}
          </Button>
        </Group>
        <List size="sm" aria-label={t('incentives.commend.publicity')}>
          {round.publicity.map((p) => (
            <List.Item key={p.id}>
              {p.publishedOn}{' '}
              {p.platform === 'other' ? p.platformName : t(`incentives.commend.platforms.${p.platform}`)}
              {t('incentives.commend.pieceText', { title: p.title, link: p.linkText || '—' })}
              {unitList(p.unitIds)}
            </List.Item>
          ))}
        </List>
      </Stack>
      {dialog === 'circular' && <CircularModal round={round} onClose={() => setDialog(null)} out={out} />}
      {dialog === 'ceremony' && (
        <CeremonyModal round={round} unitIds={awarded} unitName={units.name} onClose={() => setDialog(null)} />
      )}
      {dialog === 'publicity' && (
        <PublicityModal round={round} unitIds={awarded} unitName={units.name} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
