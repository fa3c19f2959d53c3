"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { contextVariables } from "@/lib/domain/access-log-format";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

const options = contextVariables.map((variable) => ({ value: variable.name, label: variable.name, description: variable.meaning }));

/** Picks a $context variable (each with what it holds) and inserts it into the format at the cursor. */
export function ContextVariablePicker({ onInsert }: { onInsert: (variable: string) => void }) {
  const [choice, setChoice] = useState(contextVariables[0]!.name);
  const meaning = contextVariables.find((variable) => variable.name === choice)?.meaning;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <Select aria-label="Context variable" value={choice} onValueChange={setChoice} options={options} className="w-72 font-mono text-xs" />
        <Button size="sm" onClick={() => onInsert(choice)}>
          <Plus aria-hidden /> Insert variable
        </Button>
      </div>
      <p className="text-xs text-muted-foreground">{meaning}</p>
    </div>
  );
}
