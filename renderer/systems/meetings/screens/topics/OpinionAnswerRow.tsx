import { useState } from 'react';
import { Button, Group, Table, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../../shared/core/common/localDate';
import type { UnitOpinion } from '../../../../../shared/systems/meetings/topic';
import { DateField } from '../../../../core/ui/dates/DateField';

/** A unit's answer typed in: the day it came and the opinion (left empty: 无意见). */
export function OpinionAnswerRow({
  opinion,
  onSave,
  onCancel,
}: {
  opinion: UnitOpinion;
  onSave: (answer: { answeredOn: string; opinion: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [answeredOn, setAnsweredOn] = useState(opinion.answeredOn ?? localDate(new Date()));
  const [text, setText] = useState(opinion.opinion);
  return (
    <Table.Tr>
      <Table.Td>{opinion.unitName}</Table.Td>
      <Table.Td>{opinion.askedOn}</Table.Td>
      <Table.Td>
        <DateField
          aria-label={t('meetings.fields.answeredOn')}
          value={answeredOn}
          onChange={(v) => setAnsweredOn(v)}
          w={150}
        />
      </Table.Td>
      <Table.Td>
        <Textarea
          aria-label={t('meetings.fields.opinion')}
          placeholder={t('meetings.deliberation.noObjection')}
          autosize
          minRows={1}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button size="compact-xs" onClick={() => onSave({ answeredOn, opinion: text })}>
            {t('common.save')}
          </Button>
          <Button size="compact-xs" variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
