import type { MethodDefinition, MethodPickerLists } from "@/lib/domain/method-definition";

/** What every part of the method editor receives: the edited method, how to change it, and the server's field errors. */
export type MethodPartProps = {
  value: MethodDefinition;
  onChange: (next: MethodDefinition) => void;
  pickers: MethodPickerLists;
  readOnly: boolean;
  /** Field errors from the save action, keyed by path inside the edited method (e.g. "integration.uri"). */
  errors: Record<string, string[]>;
};

/** Radix Select cannot hold an empty value; this stands for "none". */
export const noneValue = "__none";
