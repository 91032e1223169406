import { z } from 'zod';
import { INVITEE_KINDS, PERSON_ROLES, TALENT_CATEGORIES, TALENT_SECTORS } from './person';

/** What a user enters for a person; validated at every boundary (form, import, repository). */
export const personInputSchema = z
  .object({
    role: z.enum(PERSON_ROLES),
    name: z.string().trim().min(1).max(40),
    gender: z.enum(['', 'male', 'female']).default(''),
    unitId: z.string().nullable().default(null),
    post: z.string().trim().max(60).default(''),
    phone: z
      .string()
      .trim()
      .max(40)
      .regex(/^[0-9+\-()\s]*$/, { message: 'phone' })
      .default(''),
    inviteeKind: z.enum(INVITEE_KINDS).nullable().default(null),
    talentCategory: z.enum(TALENT_CATEGORIES).nullable().default(null),
    sector: z.enum(TALENT_SECTORS).nullable().default(null),
    employer: z.string().trim().max(100).default(''),
  })
  .superRefine((p, ctx) => {
    if (p.role === 'invitee' && !p.inviteeKind) {
      ctx.addIssue({ code: 'custom', path: ['inviteeKind'], message: 'invitee-needs-kind' });
    }
    if (p.role === 'talent' && !p.talentCategory) {
      ctx.addIssue({ code: 'custom', path: ['talentCategory'], message: 'talent-needs-category' });
    }
    if (p.role === 'contact' && !p.unitId) {
      ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'contact-needs-unit' });
    }
  });

export type PersonInput = z.input<typeof personInputSchema>;
export type ValidPersonInput = z.output<typeof personInputSchema>;
