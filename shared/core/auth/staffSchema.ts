import { z } from 'zod';

export const newStaffSchema = z.object({
  username: z
    .string()
    .trim()
    .min(2)
    .max(32)
    .regex(/^[A-Za-z0-9_.-]+$/),
  displayName: z.string().trim().min(1).max(40),
  password: z.string().min(8).max(128),
});
export type NewStaff = z.input<typeof newStaffSchema>;
