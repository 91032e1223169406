import { useState } from 'react';
import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Check } from '../../../../shared/systems/supervision/check';
import { checksRepo } from '../data/checksRepo';
import { DocumentOutputModals } from '../../../core/documents/output/DocumentOutputModals';
import { navigate } from '../../../core/shell/routes';
import { CheckApprovalSection } from './CheckApprovalSection';
import { CheckFormModal } from './CheckFormModal';
import { CheckRunSection } from './CheckRunSection';
import { CHECK_STATUS_COLORS } from './checkStatusColors';
import { DetailSection } from './DetailSection';
import { DrawSection } from './DrawSection';
import { FindingsSection } from './FindingsSection';
import { NoticeSection } from './NoticeSection';
import { placeSub } from './supervisionRoute';
import { useIssuedOutput } from './useIssuedOutput';
import { useUnitLabels } from './useUnitNames';
import { Fact } from './Fact';

/** One check from definition to findings: the seed's steps in order (S2-4.1 … S2-4.4, S2-5.1). */
export function CheckDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const check = useLiveQuery(() => checksRepo.get(id), [id]);
  const out = useIssuedOutput();
  const [editing, setEditing] = useState(false);
  if (check === undefined) return null;
  const isRandom = check.method === 'random' && !!check.drawPlan;
  // Steps are numbered as shown: a check without a draw has three.
  let n = 0;
  const step = (title: string) => t('supervision.steps.numbered', { n: ++n, cn: '一二三四'[n - 1], title });
  return (
    <Stack>
      <Anchor
        component="button"
        type="button"
        size="sm"
        w="fit-content"
        onClick={() => navigate('supervision', placeSub({ page: 'checks' }))}
      >
        {t('supervision.checks.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={3}>{check.title}</Title>
        <Badge size="lg" color={CHECK_STATUS_COLORS[check.status]}>
          {t(`supervision.checkStatus.${check.status}`)}
        </Badge>
      </Group>
      <CheckFacts check={check} />
      {check.status === 'draft' && (
        <Button variant="default" w="fit-content" onClick={() => setEditing(true)}>
          {t('common.edit')}
        </Button>
      )}
      <DetailSection title={step(t('supervision.steps.approval'))}>
        <CheckApprovalSection check={check} out={out} />
      </DetailSection>
      {isRandom && (
        <DetailSection title={step(t('supervision.steps.draw'))}>
          <DrawSection check={check} out={out} />
        </DetailSection>
      )}
      <DetailSection title={step(t('supervision.steps.notice'))}>
        <NoticeSection check={check} out={out} />
      </DetailSection>
      <DetailSection title={step(t('supervision.steps.onSite'))}>
        <CheckRunSection check={check} />
        <FindingsSection check={check} out={out} />
      </DetailSection>
      <DocumentOutputModals output={out.output} />
      {editing && <CheckFormModal check={check} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

function CheckFacts({ check }: { check: Check }) {
  const { t } = useTranslation();
  const labels = useUnitLabels(check.targetUnitIds);
  return (
    <SimpleGrid cols={3}>
      <Fact label={t('supervision.fields.category')}>{t(`supervision.category.${check.category}`)}</Fact>
      <Fact label={t('supervision.fields.method')}>
        {t(`supervision.method.${check.method}`)}
        {check.method === 'thirdParty' ? t('supervision.checks.thirdParty', { name: check.thirdPartyName }) : ''}
      </Fact>
      <Fact label={t('supervision.fields.period')}>
        {t('supervision.checks.periodText', { from: check.startOn, to: check.endOn })}
      </Fact>
      <Fact label={t('supervision.fields.targets')}>
        {check.targetUnitIds.length
          ? check.targetUnitIds.map((id) => labels.get(id) ?? '…').join(t('supervision.joiner'))
          : t('supervision.checks.targetsByDraw')}
      </Fact>
      <Fact label={t('supervision.fields.secrecy')}>{t(`documents.secrecy.${check.secrecy}`)}</Fact>
      <Fact label={t('supervision.fields.content')}>{check.content}</Fact>
    </SimpleGrid>
  );
}
