import { Badge, Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/systems/registry/person';

/** 类别 column: an invitee's kind, or a talent's category with its sector. */
function useCategoryText(): (person: Person) => string {
  const { t } = useTranslation();
  return (p) => {
    if (p.role === 'invitee' && p.inviteeKind) return t(`people.inviteeKinds.${p.inviteeKind}`);
    if (p.role !== 'talent' || !p.talentCategory) return '';
    const category = t(`people.talentCategories.${p.talentCategory}`);
    return p.sector ? t('people.categoryWithSector', { category, sector: t(`people.sectors.${p.sector}`) }) : category;
  };
}

export function PersonRow({
  person,
  unitName,
  onEdit,
  onToggleActive,
}: {
  person: Person;
  unitName: string;
  onEdit: () => void;
  onToggleActive: () => void;
}) {
  const { t } = useTranslation();
  const categoryText = useCategoryText();
  const isActive = person.isActive === 1;
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{person.name}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`people.roles.${person.role}`)}</Table.Td>
      {/* Talents have no registry unit; their employer (工作单位) is free text, so it stands in. */}
      <Table.Td>{unitName || person.employer}</Table.Td>
      <Table.Td>{person.post}</Table.Td>
      <Table.Td>{person.phone}</Table.Td>
      <Table.Td>{categoryText(person)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {isActive ? (
          <Badge color="green" style={{ overflow: 'visible' }}>
            {t('common.active')}
          </Badge>
        ) : (
          <Badge color="gray" style={{ overflow: 'visible' }}>
            {t('common.inactive')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button size="compact-xs" variant="subtle" onClick={onEdit}>
            {t('common.edit')}
          </Button>
          <Button size="compact-xs" variant="subtle" color={isActive ? 'gray' : 'green'} onClick={onToggleActive}>
            {isActive ? t('common.deactivate') : t('common.reactivate')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
