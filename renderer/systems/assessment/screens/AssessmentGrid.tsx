import { Anchor, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { figureText, gridRows, type FigurePart, type GridUnit } from '../../../../shared/systems/assessment';
import type { AssessmentLink } from '../../../core/manifest';
import { navigate } from '../../../core/shell/routes';
import { changeKey } from './useAssessment';

interface Props {
  parts: FigurePart[];
  units: GridUnit[];
  links: (partId: string, unitId: string, columnId: string) => AssessmentLink | undefined;
  changed: Map<string, number | null>;
  onUnit: (unit: GridUnit) => void;
}

/**
 * Every unit of a kind with each system's figures side by side: a heading per system over its
 * columns; every figure opens the records behind it, the unit's name opens its year on one card.
 * On a frozen year a figure that has changed since shows today's value beside it.
 */
export function AssessmentGrid({ parts, units, links, changed, onUnit }: Props) {
  const { t } = useTranslation();
  const tk = t as unknown as (key: string, o?: object) => string;
  const rows = gridRows(parts, units);
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table withTableBorder withColumnBorders striped fz="sm" data-testid="assessment-grid">
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2}>{t('assessment.unit')}</Table.Th>
            {parts.map((p) => (
              <Table.Th key={p.id} colSpan={p.columns.length} ta="center">
                {tk(p.titleKey)}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {parts.flatMap((p) =>
              p.columns.map((c) => (
                <Table.Th key={`${p.id}.${c.id}`} fz="xs" ta="center" miw={56}>
                  {tk(c.labelKey)}
                </Table.Th>
              )),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.unit.id} data-testid={`assessment-row-${r.unit.id}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component="button" type="button" onClick={() => onUnit(r.unit)}>
                  {r.unit.name}
                </Anchor>
              </Table.Td>
              {parts.flatMap((p) =>
                p.columns.map((c) => {
                  const value = r.cells[p.id][c.id];
                  const link = links(p.id, r.unit.id, c.id);
                  const key = changeKey(p.id, r.unit.id, c.id);
                  const text = figureText(value, c.format);
                  const label = tk('assessment.openRecords', { unit: r.unit.name, figure: tk(c.labelKey) });
                  const shown = c.isStruck && value ? <s>{text}</s> : text;
                  return (
                    <Table.Td key={`${p.id}.${c.id}`} ta="center" data-figure={`${p.id}.${c.id}`}>
                      {link ? (
                        <Anchor
                          component="button"
                          type="button"
                          c="inherit"
                          underline="always"
                          aria-label={label}
                          title={label}
                          onClick={() => navigate(link.path, link.sub)}
                        >
                          {shown}
                        </Anchor>
                      ) : (
                        shown
                      )}
                      {changed.has(key) && (
                        <Text span size="xs" c="red.7" ml={4}>
                          → {figureText(changed.get(key), c.format)}
                        </Text>
                      )}
                    </Table.Td>
                  );
                }),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
