import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);

/** 会议情况 of one topic as staff record it after the meeting (S1-3.2). */
export const proceedingsInputSchema = z
  .object({
    reported: text(5000),
    problems: text(3000),
    resolvers: text(200),
    decisions: text(3000),
    /** 听取汇报: per reporting unit (S1-1.4). */
    reports: z
      .array(
        z.object({
          unitId: z.string(),
          progress: text(3000),
          plan: text(3000),
          problems: text(3000),
          resolver: text(200),
        }),
      )
      .max(100),
    /** 征求意见: per invitee (S1-1.5). */
    inviteeOpinions: z
      .array(z.object({ attendanceId: z.string(), opinion: text(3000), followUp: text(3000) }))
      .max(100),
  })
  .superRefine((p, ctx) => {
    // Something must have happened on the topic: the minutes are drafted from it.
    if (
      !p.reported &&
      !p.decisions &&
      !p.reports.some((r) => r.progress) &&
      !p.inviteeOpinions.some((o) => o.opinion)
    ) {
      ctx.addIssue({ code: 'custom', path: ['decisions'], message: 'meetings.rules.proceedingsEmpty' });
    }
    // A problem raised names who resolves it (S1-1.4 帮助发现和解决困难问题).
    if (p.problems && !p.resolvers)
      ctx.addIssue({ code: 'custom', path: ['resolvers'], message: 'meetings.rules.problemNeedsResolver' });
    p.reports.forEach((r, i) => {
      if (r.problems && !r.resolver)
        ctx.addIssue({
          code: 'custom',
          path: ['reports', i, 'resolver'],
          message: 'meetings.rules.problemNeedsResolver',
        });
    });
  });
export type ProceedingsInput = z.input<typeof proceedingsInputSchema>;
