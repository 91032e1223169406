// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage, initI18n } from '../../i18n';
import { DateField } from './DateField';
import { DatesLocale } from './DatesLocale';
import { parseTypedDate } from './parseDate';
import { stubMatchMedia } from '../../../../tests/support/jsdomMedia';

function Field({ initial, onChange }: { initial: string; onChange: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <MantineProvider>
      <DatesLocale>
        <DateField
          label="日期"
          value={value}
          onChange={(v) => {
            setValue(v);
            onChange(v);
          }}
        />
      </DatesLocale>
    </MantineProvider>
  );
}

describe('DateField', () => {
  beforeAll(async () => {
    stubMatchMedia();
    await initI18n('zh-CN');
  });
  afterEach(cleanup);

  it('reads the dates people type, and refuses impossible ones', () => {
    expect(parseTypedDate('2026-12-20')).toBe('2026-12-20');
    expect(parseTypedDate(' 2026/1/5 ')).toBe('2026-01-05');
    expect(parseTypedDate('2026.12.20')).toBe('2026-12-20');
    expect(parseTypedDate('2026年12月20日')).toBe('2026-12-20');
    expect(parseTypedDate('20261220')).toBe('2026-12-20');
    expect(parseTypedDate('2026-02-30')).toBeNull();
    expect(parseTypedDate('2026-13-01')).toBeNull();
    expect(parseTypedDate('12/20/2026')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });

  it('shows a date as 2026年12月20日 in Chinese and keeps what is typed as YYYY-MM-DD', () => {
    const onChange = vi.fn();
    render(<Field initial="2026-12-20" onChange={onChange} />);
    const input = screen.getByLabelText('日期');
    expect(input).toHaveProperty('value', '2026年12月20日');
    fireEvent.change(input, { target: { value: '2027年1月5日' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-01-05');
    fireEvent.blur(input);
    expect(input).toHaveProperty('value', '2027年1月5日');
  });

  it('shows the same date in English words under the English interface', async () => {
    await changeLanguage('en');
    try {
      render(<Field initial="2026-12-20" onChange={() => undefined} />);
      expect(screen.getByLabelText('日期')).toHaveProperty('value', 'Dec 20, 2026');
    } finally {
      await changeLanguage('zh-CN');
    }
  });
});
