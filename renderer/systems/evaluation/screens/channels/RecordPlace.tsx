import { useLiveQuery } from 'dexie-react-hooks';
import { navigate } from '../../../../core/shell/routes';
import { recordsRepo } from '../../data/recordsRepo';
import { placeSub } from '../evaluationRoute';
import { useNames } from '../useNames';
import { ChannelsPanel } from './ChannelsPanel';
import { RecordDetailModal } from './RecordDetailModal';

/**
 * One record by its address (evaluation/record.<id>, where the header search opens it): its
 * channel's list with the record open over it; closing it leaves the list. An unknown id shows the list.
 */
export function RecordPlace({ id }: { id: string }) {
  const names = useNames();
  const record = useLiveQuery(() => recordsRepo.get(id).then((r) => r ?? null), [id]);
  if (record === undefined) return null;
  if (!record) return <ChannelsPanel channel="hotline" />;
  const close = () => navigate('evaluation', placeSub({ page: 'channels', channel: record.channel }));
  return (
    <>
      <ChannelsPanel channel={record.channel} />
      <RecordDetailModal id={id} names={names} onClose={close} />
    </>
  );
}
