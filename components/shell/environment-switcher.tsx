"use client";

import { lazy } from "react";
import { DeferredMenu } from "@/components/ui/deferred-menu";
import { describeEnvironment, EnvironmentTriggerContent, environmentTriggerClassName } from "./environment-label";
import type { EnvironmentSwitcherProps } from "./environment-menu";

export { EnvironmentLabel } from "./environment-label";

// The menu (Radix, popper) loads on first use: the switcher is on every page but rarely opened.
const EnvironmentMenu = lazy(() => import("./environment-menu"));

/** Always visible so nobody edits production thinking it is the sandbox. */
export function EnvironmentSwitcher(props: EnvironmentSwitcherProps) {
  return (
    <DeferredMenu className={environmentTriggerClassName} aria-label={describeEnvironment(props.current)} menu={(opening) => <EnvironmentMenu {...props} opening={opening} />}>
      <EnvironmentTriggerContent current={props.current} />
    </DeferredMenu>
  );
}
