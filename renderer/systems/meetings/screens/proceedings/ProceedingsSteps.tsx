import type { MeetingData } from '../useMeetingData';
import { useUnitNames } from '../useMeetingData';
import { ProceedingsModal } from './ProceedingsModal';

/** The topic after `id` (or the first) whose proceedings are not yet recorded, in agenda order. */
export function unrecordedTopicAfter(data: MeetingData, id: string | null): string | null {
  const from = id ? data.topics.findIndex((topic) => topic.id === id) + 1 : 0;
  return data.topics.slice(from).find((topic) => !topic.proceedings)?.id ?? null;
}

/**
 * 记录会议情况 from the next-step bar: the form opens at the first topic not yet recorded and, once saved,
 * goes on to the next one, as 登记到会情况 goes row by row (no tab to open, no 记录 to find per topic).
 */
export function ProceedingsSteps({
  data,
  topicId,
  onStep,
}: {
  data: MeetingData;
  topicId: string;
  onStep: (next: string | null) => void;
}) {
  const unitName = useUnitNames();
  const topic = data.topics.find((one) => one.id === topicId);
  if (!topic) return null;
  return (
    <ProceedingsModal
      key={topic.id}
      topic={topic}
      attendance={data.attendance}
      deployed={data.items.filter((item) => item.topicId === topic.id)}
      unitName={unitName}
      onClose={() => onStep(null)}
      onSaved={() => onStep(unrecordedTopicAfter(data, topic.id))}
    />
  );
}
