import { useState } from 'react';
import { MultiSelect, type MultiSelectProps } from '@mantine/core';

/**
 * Mantine's MultiSelect with its list closing once a choice is made: left open it sat over the
 * fields and the 保存 button below it, and a click meant for 保存 picked an option. Clicking the
 * box or typing opens it again for the next choice.
 */
export function ClosingMultiSelect({ onChange, onDropdownOpen, onDropdownClose, ...props }: MultiSelectProps) {
  const [opened, setOpened] = useState(false);
  return (
    <MultiSelect
      {...props}
      dropdownOpened={opened}
      onDropdownOpen={() => {
        setOpened(true);
        onDropdownOpen?.();
      }}
      onDropdownClose={() => {
        setOpened(false);
        onDropdownClose?.();
      }}
      onChange={(value) => {
        onChange?.(value);
        setOpened(false);
      }}
    />
  );
}
