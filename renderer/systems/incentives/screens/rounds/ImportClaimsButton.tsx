import { useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  CLAIM_ALIASES,
  CLAIM_HEADER_ALIASES,
  CLAIM_HEADERS,
  missingClaimHeaders,
  planClaimImport,
  type PreparedClaim,
  TEMPLATE_EXAMPLE,
} from '../../../../../shared/systems/incentives/claimImport';
import type { BonusRound } from '../../../../../shared/systems/incentives/round';
import { getHost } from '../../../../core/host';
import { writeXlsx } from '../../../../core/sheets/writeXlsx';
import { SheetImportModal, type SheetImportSpec } from '../../../../core/sheets/SheetImportModal';
import { useErrorText } from '../../../../core/ui/useErrorText';
import { unitsRepo } from '../../../registry';
import { claimImportRepo } from '../../data/claimImportRepo';

type Row = PreparedClaim & { row: number };

/** 激励奖励申报表 from .xlsx/.csv: every row checked first, then all applications or none. */
function importSpec(t: TFunction, round: BonusRound): SheetImportSpec<Row> {
  return {
    title: t('incentives.claim.import'),
    intro: t('incentives.claim.importIntro'),
    aliases: CLAIM_ALIASES,
    fieldLabel: (field) => CLAIM_HEADER_ALIASES[field as 'unit']?.[0] ?? field,
    missingColumns: (sheet) => missingClaimHeaders(sheet.headers).map((f) => CLAIM_HEADER_ALIASES[f as 'unit'][0]),
    async plan(sheet) {
      const names = new Map<string, string>();
      for (const u of await unitsRepo.listAll()) {
        if (u.isActive !== 1) continue;
        names.set(u.name, u.id);
        if (u.shortName) names.set(u.shortName, u.id);
      }
      const plan = planClaimImport(sheet.rows, names);
      return { good: plan.good.map((p) => ({ ...p, row: p.rows[0] })), bad: plan.bad };
    },
    previewColumns: [
      { header: t('incentives.claim.unit'), value: (p) => p.unitName },
      { header: t('incentives.claim.receivedOn'), value: (p) => p.input.receivedOn },
      {
        header: t('incentives.claim.lines'),
        value: (p) => t('incentives.claim.lineCount', { count: p.input.lines.length }),
      },
      { header: t('incentives.claim.declaredBy'), value: (p) => p.input.declaration.signedBy },
    ],
    write: (good) => claimImportRepo.importClaims(round.id, good),
    doneText: (count) => t('incentives.claim.importDone', { count }),
    allOrNothing: true,
  };
}

/** The template (headers and one example per rule) and the import of filled-in sheets. */
export function ImportClaimsButton({ round }: { round: BonusRound }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [spec, setSpec] = useState<SheetImportSpec<Row> | null>(null);
  const template = async () => {
    try {
      const headers = CLAIM_HEADERS.map((h) => CLAIM_HEADER_ALIASES[h][0]);
      const bytes = await writeXlsx(
        t('incentives.claim.templateFile'),
        headers,
        TEMPLATE_EXAMPLE.map((r) => [...r]),
      );
      await getHost().saveFile({
        suggestedName: `${t('incentives.claim.templateFile')}.xlsx`,
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
        bytes,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };
  return (
    <>
      <Button variant="default" onClick={() => void template()}>
        {t('incentives.claim.template')}
      </Button>
      <Button variant="default" onClick={() => setSpec(importSpec(t, round))}>
        {t('incentives.claim.import')}
      </Button>
      {spec && <SheetImportModal spec={spec} onClose={() => setSpec(null)} />}
    </>
  );
}
