import { Box, Image, Text } from '@mantine/core';
import { useObjectUrl } from './useObjectUrl';

/** A straightened image of an area of a scanned page, framed; a line of text when there is none. */
export function ScanImage({ png, alt, missing }: { png: Blob | undefined; alt: string; missing: string }) {
  const url = useObjectUrl(png);
  if (!url) return <Text c="dimmed">{missing}</Text>;
  return (
    <Box style={{ border: '1px solid var(--mantine-color-gray-4)', maxWidth: 760 }}>
      <Image src={url} alt={alt} />
    </Box>
  );
}
