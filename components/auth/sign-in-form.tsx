"use client";

import { useState } from "react";
import { signInAction } from "@/lib/actions/auth/sign-in";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";

export function SignInForm({ next }: { next: string | null }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { submit, pending, fieldErrors, formError } = useActionSubmit(signInAction, ({ redirectTo }) => {
    // A full load starts the signed-in shell fresh, with no router cache from before the session.
    window.location.assign(redirectTo);
  });

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit({ email, password, ...(next ? { next } : {}) });
      }}
    >
      <FormAlert message={formError} />
      <Field label="Email" errors={fieldErrors.email}>
        {(control) => <Input {...control} type="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} autoFocus />}
      </Field>
      <Field label="Password" errors={fieldErrors.password}>
        {(control) => (
          <Input {...control} type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
        )}
      </Field>
      <Button type="submit" variant="primary" pending={pending} className="mt-1 w-full">
        Sign in
      </Button>
    </form>
  );
}
