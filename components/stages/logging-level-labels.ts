import type { LoggingLevel } from "@/lib/domain/stage-logging";

/** How the console names each execution logging level. */
export const loggingLevelOptions: readonly { value: LoggingLevel; label: string }[] = [
  { value: "OFF", label: "Off" },
  { value: "ERROR", label: "Errors only" },
  { value: "INFO", label: "Errors and info" },
];

export const loggingLevelLabel = (level: LoggingLevel) => loggingLevelOptions.find((option) => option.value === level)?.label ?? level;
