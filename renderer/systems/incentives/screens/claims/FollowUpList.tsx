import { useState } from 'react';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { BonusClaim } from '../../../../../shared/systems/incentives/claim';
import { followUpDueOn } from '../../../../../shared/systems/incentives/followUp';
import { ruleSetsRepo } from '../../data/ruleSetsRepo';
import { FollowUpModal } from './FollowUpModal';

/** 事后跟踪问效 of an award: each check with its finding; a false claim points to the revocation. */
export function FollowUpList({ claim }: { claim: BonusClaim }) {
  const { t } = useTranslation();
  const set = useLiveQuery(() => ruleSetsRepo.forYear(claim.year), [claim.year]);
  const [recording, setRecording] = useState(false);
  const due = set ? followUpDueOn(claim, set) : null;
  return (
    <Stack gap="xs">
      {claim.followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incentives.followUp.none')}
          {due ? t('incentives.followUp.dueText', { on: due }) : ''}
        </Text>
      ) : (
        <List size="sm">
          {claim.followUps.map((f) => (
            <List.Item key={f.id}>
              {t('incentives.followUp.line', {
                on: f.on,
                method: t(`incentives.followUp.methods.${f.method}`),
                finding: t(`incentives.followUp.findings.${f.finding}`),
                note: f.note || '',
                by: f.recordedBy,
              })}
            </List.Item>
          ))}
        </List>
      )}
      {claim.followUps.some((f) => f.finding === 'falseClaim') && claim.status === 'awarded' && (
        <Alert color="red">{t('incentives.followUp.falseHint')}</Alert>
      )}
      <Button size="xs" variant="default" w="fit-content" onClick={() => setRecording(true)}>
        {t('incentives.followUp.record')}
      </Button>
      {recording && <FollowUpModal claimId={claim.id} onClose={() => setRecording(false)} />}
    </Stack>
  );
}
