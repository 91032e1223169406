import { Anchor, Modal, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { figureText, gridRows, type FigurePart, type GridUnit } from '../../../../shared/systems/assessment';
import type { AssessmentLink } from '../../../core/manifest';
import { navigate } from '../../../core/shell/routes';
import { changeKey } from './useAssessment';

interface Props {
  unit: GridUnit | null;
  year: number;
  parts: FigurePart[];
  links: (partId: string, unitId: string, columnId: string) => AssessmentLink | undefined;
  /** Set when a frozen year is shown: today's value of each figure that changed since. */
  changed: Map<string, number | null> | null;
  onClose: () => void;
}

/** One unit's year on one card: each system's figures, each opening the records behind it. */
export function UnitYearModal({ unit, year, parts, links, changed, onClose }: Props) {
  const { t } = useTranslation();
  const tk = t as unknown as (key: string, o?: object) => string;
  const row = unit ? gridRows(parts, [unit])[0] : null;
  return (
    <Modal
      opened={!!unit}
      onClose={onClose}
      size="lg"
      title={unit ? t('assessment.unitTitle', { unit: unit.name, year }) : ''}
    >
      {row && unit && (
        <Stack>
          {parts.map((p) => (
            <Stack key={p.id} gap={4}>
              <Title order={5}>{tk(p.titleKey)}</Title>
              <Table withTableBorder fz="sm" data-testid={`unit-part-${p.id}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('assessment.figure')}</Table.Th>
                    <Table.Th>{changed ? t('assessment.frozenValue') : t('assessment.value')}</Table.Th>
                    {changed && <Table.Th>{t('assessment.liveValue')}</Table.Th>}
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.columns.map((c) => {
                    const value = row.cells[p.id][c.id];
                    const key = changeKey(p.id, unit.id, c.id);
                    const link = links(p.id, unit.id, c.id);
                    const text = figureText(value, c.format);
                    return (
                      <Table.Tr key={c.id}>
                        <Table.Td>{tk(c.labelKey)}</Table.Td>
                        <Table.Td>{c.isStruck && value ? <s>{text}</s> : text}</Table.Td>
                        {changed && (
                          <Table.Td c={changed.has(key) ? 'red.7' : undefined}>
                            {changed.has(key) ? figureText(changed.get(key), c.format) : text}
                          </Table.Td>
                        )}
                        <Table.Td>
                          {link && (
                            <Anchor
                              component="button"
                              type="button"
                              size="sm"
                              aria-label={tk('assessment.openRecords', { unit: unit.name, figure: tk(c.labelKey) })}
                              onClick={() => {
                                onClose();
                                navigate(link.path, link.sub);
                              }}
                            >
                              {t('assessment.open')}
                            </Anchor>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Stack>
          ))}
        </Stack>
      )}
    </Modal>
  );
}
