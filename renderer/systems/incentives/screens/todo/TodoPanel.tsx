import { Anchor, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { currentSlip } from '../../../../../shared/systems/incentives/round';
import { pendingChange } from '../../../../../shared/systems/incentives/change';
import { navigate } from '../../../../core/shell/routes';
import { RecordTable } from '../../../../core/ui/RecordTable';
import { claimsRepo } from '../../data/claimsRepo';
import { incentivesDashboardRepo } from '../../data/dashboardRepo';
import { FOLLOW_UP_SOON_DAYS, followUpsRepo } from '../../data/followUpsRepo';
import { useToday, useUnits } from '../common/hooks';
import { placeSub, TODO_VIEWS, type TodoView } from '../incentivesRoute';

const go = (page: 'claim' | 'round', id: string) => navigate('incentives', placeSub({ page, id }));

/** What waits, each list the very query the Dashboard counts: review, the leader, follow-up. */
export function TodoPanel({ view }: { view: TodoView }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <SegmentedControl
        w="fit-content"
        value={view}
        onChange={(v) => navigate('incentives', placeSub({ page: 'todo', view: v as TodoView }))}
        data={TODO_VIEWS.map((v) => ({
          value: v,
          label: t(
            `incentives.dashboard.${v === 'review' ? 'awaitingReview' : v === 'leader' ? 'awaitingLeader' : 'followUpsDue'}`,
          ),
        }))}
      />
      {view === 'review' && <ReviewList />}
      {view === 'leader' && <LeaderList />}
      {view === 'followUps' && <FollowUpsList />}
    </Stack>
  );
}

function Link({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <Anchor component="button" type="button" size="sm" ta="left" onClick={onClick}>
      {children}
    </Anchor>
  );
}

function ReviewList() {
  const { t } = useTranslation();
  const units = useUnits();
  const claims = useLiveQuery(() => claimsRepo.listAwaitingReview(), []);
  return (
    <RecordTable
      label={t('incentives.dashboard.awaitingReview')}
      columns={[t('incentives.claim.unit'), t('incentives.claim.receivedOn'), t('incentives.claim.lines')]}
      isEmpty={!!claims && claims.length === 0}
    >
      {claims?.map((c) => (
        <Table.Tr key={c.id}>
          <Table.Td>
            <Link onClick={() => go('claim', c.id)}>{units.name(c.unitId)}</Link>
          </Table.Td>
          <Table.Td>{c.receivedOn}</Table.Td>
          <Table.Td>
            {t('incentives.claim.accepted', {
              count: c.lines.length,
              reviewed: c.lines.filter((l) => l.review).length,
              accepted: c.lines.filter((l) => l.review && l.review.decision !== 'rejected').length,
            })}
          </Table.Td>
        </Table.Tr>
      ))}
    </RecordTable>
  );
}

function LeaderList() {
  const { t } = useTranslation();
  const units = useUnits();
  const waiting = useLiveQuery(() => incentivesDashboardRepo.awaitingLeader(), []);
  const empty = !!waiting && waiting.rounds.length + waiting.claims.length === 0;
  return (
    <RecordTable
      label={t('incentives.dashboard.awaitingLeader')}
      columns={[t('incentives.leaderList.what'), t('incentives.approval.slipName')]}
      isEmpty={empty}
    >
      {waiting?.rounds.map((r) => (
        <Table.Tr key={r.id}>
          <Table.Td>
            <Link onClick={() => go('round', r.id)}>{t('incentives.leaderList.roundText', { title: r.title })}</Link>
          </Table.Td>
          <Table.Td>{currentSlip(r)?.number}</Table.Td>
        </Table.Tr>
      ))}
      {waiting?.claims.map((c) => {
        const change = pendingChange(c);
        return (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Link onClick={() => go('claim', c.id)}>
                {t('incentives.change.subject', {
                  unit: units.name(c.unitId),
                  kind: t(`incentives.change.kinds.${change?.kind ?? 'revocation'}`),
                })}
              </Link>
            </Table.Td>
            <Table.Td>{change?.slip?.number}</Table.Td>
          </Table.Tr>
        );
      })}
    </RecordTable>
  );
}

function FollowUpsList() {
  const { t } = useTranslation();
  const units = useUnits();
  const today = useToday();
  const claims = useLiveQuery(() => followUpsRepo.listDue(today), [today]);
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('incentives.followUp.soonRule', { soon: FOLLOW_UP_SOON_DAYS })}
      </Text>
      <RecordTable
        label={t('incentives.dashboard.followUpsDue')}
        columns={[t('incentives.claim.unit'), t('incentives.followUp.awardedOn'), t('incentives.followUp.dueOn')]}
        isEmpty={!!claims && claims.length === 0}
      >
        {claims?.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Link onClick={() => go('claim', c.id)}>{units.name(c.unitId)}</Link>
            </Table.Td>
            <Table.Td>{c.awardedOn}</Table.Td>
            <Table.Td c={c.followUpDueOn && c.followUpDueOn < today ? 'red.7' : undefined}>{c.followUpDueOn}</Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
    </Stack>
  );
}
