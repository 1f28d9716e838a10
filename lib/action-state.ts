// What a server action's form shows after a submission (safe to import in client components).

export interface ActionState {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string[]>;
  /** shown once, e.g. a new API key */
  secret?: string;
  /** what was typed (never a password), shown again when the submission is refused */
  values?: Record<string, string>;
}

export const INITIAL_ACTION_STATE: ActionState = { ok: false, message: null, fieldErrors: {} };
