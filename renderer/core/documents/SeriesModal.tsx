import { useState } from 'react';
import { Badge, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { documentsSeries, type SeriesPlace } from '../data/documentsSeries';
import { numberingFor } from '../data/documentsRepo';
import { localDate } from '../../../shared/core/common/localDate';

const keyOf = (s: { prefix: string; year: number }) => `${s.year}|${s.prefix}`;

function PlaceState({ place }: { place: SeriesPlace }) {
  const { t } = useTranslation();
  const doc = place.doc;
  if (!doc)
    return (
      <Badge color="red" variant="outline">
        {t('documents.series.gap')}
      </Badge>
    );
  return (
    <>
      {doc.enteredAfter && (
        <Badge color="violet" variant="light" mr={4}>
          {t('documents.backfill.badge')}
        </Badge>
      )}
      <Badge color={doc.status === 'voided' ? 'gray' : 'green'}>{t(`documents.status.${doc.status}`)}</Badge>
      {doc.status === 'voided' && (
        <Text span size="sm" ml={6}>
          {doc.voidReason}
        </Text>
      )}
    </>
  );
}

/** A year's 发文字号 series, number by number: gaps and 补录 entries shown plainly. */
export function SeriesModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const all = useLiveQuery(() => documentsSeries.list(), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const current = all?.find((s) => keyOf(s) === chosen) ?? all?.[0];
  const places = useLiveQuery(
    () => (current ? documentsSeries.places(current.prefix, current.year) : Promise.resolve([])),
    [current?.prefix, current?.year],
  );
  const style = places?.some((p) => p.doc?.number.endsWith('期')) ? 'issue' : 'docNumber';
  const count = (test: (p: SeriesPlace) => boolean) => places?.filter(test).length ?? 0;
  return (
    <Modal opened onClose={onClose} title={t('documents.series.title')} size="xl">
      <Stack>
        <Select
          label={t('documents.series.choose')}
          allowDeselect={false}
          value={current ? keyOf(current) : null}
          onChange={setChosen}
          data={(all ?? []).map((s) => ({ value: keyOf(s), label: `${s.prefix}〔${s.year}〕` }))}
        />
        {current && places && (
          <Text size="sm">
            {t('documents.series.summary', {
              highest: places.length,
              issued: count((p) => !!p.doc && !p.doc.enteredAfter && p.doc.status === 'issued'),
              entered: count((p) => !!p.doc?.enteredAfter),
              voided: count((p) => p.doc?.status === 'voided'),
              gaps: count((p) => !p.doc),
            })}
          </Text>
        )}
        {places && places.length === 0 && <Text c="dimmed">{t('documents.series.empty')}</Text>}
        {current && places && places.length > 0 && (
          <Table striped aria-label={t('documents.series.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('documents.series.columns.number')}</Table.Th>
                <Table.Th>{t('documents.series.columns.title')}</Table.Th>
                <Table.Th>{t('documents.series.columns.date')}</Table.Th>
                <Table.Th>{t('documents.series.columns.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {places.map((place) => (
                <Table.Tr key={place.sequence}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {place.doc?.number ??
                      numberingFor({ prefix: current.prefix, style }, current.year, place.sequence).number}
                  </Table.Td>
                  <Table.Td>{place.doc?.title ?? ''}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {place.doc ? localDate(new Date(place.doc.issuedAt)) : ''}
                  </Table.Td>
                  <Table.Td>
                    <PlaceState place={place} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Modal>
  );
}
