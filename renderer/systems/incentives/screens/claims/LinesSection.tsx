import { useState } from 'react';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { BonusClaim, ClaimLine } from '../../../../../shared/systems/incentives/claim';
import { findDuplicates, yearLines } from '../../../../../shared/systems/incentives/duplicates';
import { ineligibility } from '../../../../../shared/systems/incentives/lines';
import { RecordTable } from '../../../../core/ui/RecordTable';
import { useActionError } from '../../../../core/ui/useActionError';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { claimsRepo } from '../../data/claimsRepo';
import { reviewRepo } from '../../data/reviewRepo';
import { useUnits } from '../common/hooks';
import { lineLabel } from '../common/lineLabel';
import { EvidenceCell } from './EvidenceCell';
import { LineFormModal } from './LineFormModal';
import { LineReviewModal } from './LineReviewModal';
import { ReviewCell } from './ReviewCell';

/**
 * The application's items, each with its evidence and the reviewer's decision (S3-3.2). An item
 * that may be the same person or article as another this year is flagged with where the other is.
 */
export function LinesSection({ claim, isEditable }: { claim: BonusClaim; isEditable: boolean }) {
  const { t } = useTranslation();
  const units = useUnits();
  const { error, run } = useActionError();
  const year = useLiveQuery(() => reviewRepo.yearClaims(claim.year), [claim.year, claim]);
  const [editing, setEditing] = useState<ClaimLine | 'new' | null>(null);
  const [reviewing, setReviewing] = useState<ClaimLine | null>(null);
  const twins = findDuplicates(yearLines(year ?? [claim]));
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} />
      <RecordTable
        label={t('incentives.claim.lines')}
        columns={[
          t('incentives.line.rule'),
          t('incentives.line.facts'),
          t('incentives.line.evidence'),
          t('incentives.line.review'),
          '',
        ]}
        isEmpty={claim.lines.length === 0}
      >
        {claim.lines.map((line) => {
          const why = ineligibility(line);
          const others = twins.get(line.id) ?? [];
          return (
            <Table.Tr key={line.id} data-line-id={line.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`incentives.ruleShort.${line.rule}`)}</Table.Td>
              <Table.Td>
                <Text size="sm">{lineLabel(t, line)}</Text>
                {why && (
                  <Text size="xs" c="orange.8">
                    {t(`incentives.line.ineligible.${why as 'not-full-time'}`)}
                  </Text>
                )}
                {others.map((o) => (
                  <Text key={o.line.id} size="xs" fw={500} c="orange.9" bg="orange.0" px={6} data-duplicate>
                    {t('incentives.review.duplicateOf', { unit: units.name(o.unitId), what: lineLabel(t, o.line) })}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>
                <EvidenceCell claimId={claim.id} line={line} isEditable={isEditable} />
              </Table.Td>
              <Table.Td>
                <ReviewCell line={line} />
              </Table.Td>
              <Table.Td>
                {isEditable && (
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => setReviewing(line)}>
                      {t('incentives.line.review')}
                    </Button>
                    <Button size="xs" variant="subtle" onClick={() => setEditing(line)}>
                      {t('incentives.claim.editLine')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        if (window.confirm(t('incentives.claim.removeConfirm')))
                          void run(() => claimsRepo.removeLine(claim.id, line.id));
                      }}
                    >
                      {t('incentives.claim.removeLine')}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </RecordTable>
      {isEditable && (
        <Button variant="default" w="fit-content" onClick={() => setEditing('new')}>
          {t('incentives.claim.addLine')}
        </Button>
      )}
      {editing && (
        <LineFormModal claimId={claim.id} line={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {reviewing && (
        <LineReviewModal
          claimId={claim.id}
          line={reviewing}
          hasTwins={(twins.get(reviewing.id) ?? []).length > 0}
          onClose={() => setReviewing(null)}
        />
      )}
    </Stack>
  );
}
