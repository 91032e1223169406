import { useEffect, useState } from 'react';
import { Badge, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FONT_ROLES, OFFICIAL_FACE, type FontChoice, type FontPlan } from '../../../shared/core/documents/fonts';
import { detectFontPlan, loadFontPlan } from '../documents/output/fontDetection';

const HOW = ['license', 'windows', 'linux', 'restart'] as const;

function stateOf(choice: FontChoice): 'standard' | 'substitute' | 'missing' {
  if (choice.isStandard) return 'standard';
  return choice.isInstalled ? 'substitute' : 'missing';
}

const STATE_COLOR = { standard: 'green', substitute: 'orange', missing: 'red' } as const;

/** The plan as print gets it; until its local() faces have loaded, what the canvas probe saw. */
function useFontPlan(): FontPlan {
  const [plan, setPlan] = useState(detectFontPlan);
  useEffect(() => {
    let live = true;
    void loadFontPlan().then((loaded) => live && setPlan(loaded));
    return () => void (live = false);
  }, []);
  return plan;
}

/**
 * Each role's face: the official one, the one this PC prints with, and whether that is the official
 * one — then how to install the official faces (the .docx names them whatever is installed here).
 */
export function DocumentFontsPanel() {
  const { t } = useTranslation();
  const plan = useFontPlan();
  return (
    <>
      <Text size="sm">{t('settings.fonts.intro')}</Text>
      <Table aria-label={t('settings.fonts.title')}>
        <Table.Thead>
          <Table.Tr>
            {(['role', 'official', 'used', 'state'] as const).map((c) => (
              <Table.Th key={c}>{t(`settings.fonts.columns.${c}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {FONT_ROLES.map((role) => {
            const state = stateOf(plan[role]);
            return (
              <Table.Tr key={role}>
                <Table.Td>{t(`documents.fonts.roles.${role}`)}</Table.Td>
                <Table.Td>{OFFICIAL_FACE[role]}</Table.Td>
                <Table.Td>
                  {plan[role].isInstalled ? plan[role].family : '—'}
                  {plan[role].localSource && (
                    <Text size="xs" c="dimmed">
                      {t('settings.fonts.viaLocal', { source: plan[role].localSource })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={STATE_COLOR[state]} variant="light">
                    {t(`settings.fonts.states.${state}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={600}>
        {t('settings.fonts.howTitle')}
      </Text>
      <List size="sm" spacing={4}>
        {HOW.map((step) => (
          <List.Item key={step}>{t(`settings.fonts.how.${step}`)}</List.Item>
        ))}
      </List>
    </>
  );
}
