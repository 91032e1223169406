import { useState } from 'react';
import { Badge, Button, Group, Menu, Stack, Table, Tabs, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { IssuedDocument } from '../../../shared/core/documents/register';
import { documentsRepo } from '../data/documentsRepo';
import { PagerControls } from '../ui/PagerControls';
import { useKeysetPager } from '../ui/useKeysetPager';
import { ComposeModal } from './ComposeModal';
import { useDocumentOutput } from './output/useDocumentOutput';
import { DocumentOutputModals } from './output/DocumentOutputModals';
import { VoidModal } from './VoidModal';
import { RecordTable } from '../ui/RecordTable';
import { FocusedDocument } from './FocusedDocument';
import type { PageProps } from '../manifest';
import { PrintRegisterPanel } from './register/PrintRegisterPanel';
import { RegisterFilters } from './register/RegisterFilters';
import { RegisterLineText } from './register/RegisterLineText';
import { isFiltered, registerMatcher, type RegisterFilter } from './register/registerLine';

/**
 * The register: every issued document, reprinted or re-exported exactly as issued, and the print register.
 * #/documents/<id> also shows that document above the list (as search opens it).
 */
export function DocumentsPage({ sub: focusId }: PageProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('shell.nav.documents')}</Title>
      <Tabs defaultValue="issued" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="issued">{t('documents.printRegister.registerTab')}</Tabs.Tab>
          <Tabs.Tab value="prints">{t('documents.printRegister.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="issued" pt="md">
          <IssuedDocuments focusId={focusId} />
        </Tabs.Panel>
        <Tabs.Panel value="prints" pt="md">
          <PrintRegisterPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function IssuedDocuments({ focusId }: { focusId?: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RegisterFilter>({});
  const filterKey = JSON.stringify(filter);
  const pager = useKeysetPager<string>(filterKey);
  const page = useLiveQuery(
    () =>
      documentsRepo.listPage({ before: pager.after, match: isFiltered(filter) ? registerMatcher(filter) : undefined }),
    [pager.after, filterKey],
  );
  const output = useDocumentOutput();
  const [voiding, setVoiding] = useState<IssuedDocument | null>(null);
  const [composing, setComposing] = useState(false);

  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setComposing(true)}>{t('documents.compose.open')}</Button>
      </Group>
      {focusId && <FocusedDocument id={focusId} output={output} />}
      <RegisterFilters value={filter} onChange={setFilter} />
      <RecordTable
        label={t('documents.register')}
        columns={[
          t('documents.columns.number'),
          t('documents.columns.line'),
          t('documents.columns.secrecy'),
          t('documents.columns.issuedAt'),
          t('common.status'),
          '',
        ]}
        isEmpty={!!page && page.rows.length === 0}
      >
        {page?.rows.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.number}</Table.Td>
            <Table.Td>
              <RegisterLineText doc={d} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`documents.secrecy.${d.secrecy}`)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.issuedAt.slice(0, 10)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {d.status === 'voided' ? (
                <Badge color="gray" title={d.voidReason}>
                  {t('documents.status.voided')}
                </Badge>
              ) : (
                <Badge color="green">{t('documents.status.issued')}</Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button size="compact-xs" variant="subtle">
                    {t('documents.actions.menu')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => output.request('print', d.document, d.id)}>
                    {t('documents.actions.print')}
                  </Menu.Item>
                  <Menu.Item onClick={() => output.request('pdf', d.document, d.id)}>
                    {t('documents.actions.pdf')}
                  </Menu.Item>
                  <Menu.Item onClick={() => output.request('docx', d.document, d.id)}>
                    {t('documents.actions.docx')}
                  </Menu.Item>
                  {d.status === 'issued' && (
                    <Menu.Item color="red" onClick={() => setVoiding(d)}>
                      {t('documents.actions.void')}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            </Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
      <PagerControls
        pageNumber={pager.pageNumber}
        hasNext={!!page?.nextBefore}
        onPrevious={pager.previous}
        onNext={() => page?.nextBefore && pager.next(page.nextBefore)}
      />
      <DocumentOutputModals output={output} />
      {voiding && <VoidModal doc={voiding} onClose={() => setVoiding(null)} />}
      {composing && <ComposeModal onClose={() => setComposing(false)} />}
    </Stack>
  );
}
